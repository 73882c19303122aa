import { app, BrowserWindow, dialog } from 'electron'
import { say } from './words'

export const WINDOW_TITLE = 'Offline Reference Reader'

/**
 * The reading window, with every renderer safeguard on (checklist items 2, 3, 4, 6, 8, 9, 10), and
 * no developer tools when packaged.
 */
export function createReaderWindow(preloadFile: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 480,
    minHeight: 400,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#fbfaf7',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadFile,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // No developer tools in an installed app: nobody reads or changes the page from inside.
      devTools: !app.isPackaged,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.on('did-fail-load', (_event, code, description, failedUrl, isMainFrame) => {
    if (!isMainFrame) return
    dialog.showErrorBox(
      say('window.loadFailed.title'),
      say('window.loadFailed.message', { description, code, url: failedUrl })
    )
  })
  void window.loadURL(url)
  return window
}
