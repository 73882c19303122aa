import { app, dialog, type BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-protocol'
import { AnnotationStore } from './annotation-store'
import { resolveAppPaths } from './app-paths'
import { electronDialogs } from './dialogs'
import { electronPrinter } from './electron-printer'
import { registerIpc, sendEvent } from './ipc'
import { createIpcHandlers } from './ipc-handlers'
import { launchRefusal } from './launch-flags'
import { openLibrary } from './library-service'
import { installAppMenu } from './menu'
import { PreferencesStore } from './preferences-store'
import { ReadEditionsStore } from './read-editions-store'
import { handleAppScheme, registerAppScheme } from './protocol'
import { lockDownWebContents } from './security'
import { trustedOrigins } from './trust'
import { createReaderWindow } from './window'
// The comparison worker, bundled by electron-vite as a file of its own beside this one.
import comparisonWorkerPath from './comparison-worker?modulePath'

// Thin shell: everything with logic lives in Electron-free modules that tests run directly.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const paths = resolveAppPaths({
  appPath: app.getAppPath(),
  defaultUserDataDir: app.getPath('userData'),
  isPackaged: app.isPackaged,
  argv: process.argv,
  env: process.env
})
app.setPath('userData', paths.userDataDir)
app.enableSandbox()
registerAppScheme()

// A packaged app never runs with debugging switched on (launch-flags.ts): say so and quit at once.
// One instance owns the store file; a second launch focuses the first window instead.
const refusal = launchRefusal({ argv: process.argv, isPackaged: app.isPackaged })
if (refusal) {
  dialog.showErrorBox(refusal.title, refusal.message)
  app.exit(1)
} else if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(() => {
    const origins = trustedOrigins(devServerUrl)
    lockDownWebContents(app, origins)
    handleAppScheme(paths.rendererDir)

    // The table of contents only: the window opens at once; the search index loads meanwhile.
    const library = openLibrary(paths.generatedDir)
    const handlers = createIpcHandlers({
      library,
      preferences: PreferencesStore.open(paths.userDataDir),
      annotations: AnnotationStore.open(paths.userDataDir),
      readEditions: ReadEditionsStore.open(paths.userDataDir),
      dialogs: electronDialogs(() => mainWindow),
      printer: electronPrinter(() => mainWindow),
      appVersion: app.getVersion(),
      comparisonWorker: { file: comparisonWorkerPath }
    })
    registerIpc(handlers, origins, (event) => event.sender === mainWindow?.webContents)

    installAppMenu({
      appName: library.ok ? library.library.edition.appName : app.name,
      platform: process.platform,
      send: (command) => mainWindow && sendEvent(mainWindow.webContents, 'menuCommand', command)
    })
    mainWindow = createReaderWindow(paths.preloadFile, devServerUrl ?? APP_ENTRY_URL)
    mainWindow.on('closed', () => (mainWindow = null))
  })
}
