import { Worker } from 'node:worker_threads'
import { app, dialog, type BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-protocol'
import { AnnotationStore } from './annotation-store'
import { resolveAppPaths } from './app-paths'
import { chooseFolderDialog, electronDialogs } from './dialogs'
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
import notesWorkerPath from './notes-store/notes-worker?modulePath'
import type { StartNotesWorker } from './notes-store/notes-worker-client'
import { trustedOrigins } from './trust'
import { createReaderWindow } from './window'
import { systemLanguages } from './system-languages'
import { say, speakAsChosen } from './words'
import { FOLLOW_THE_SYSTEM } from '../shared/i18n/language-tags'
// The comparison worker, bundled by electron-vite as a file of its own beside this one.
import comparisonWorkerPath from './comparison-worker?modulePath'
import teamWorkerPath from './team/team-worker?modulePath'
import { TeamSettingsStore } from './team/team-settings-store'
import { courseNotesFileIn } from './team/course-layer'

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

// Until the preferences are read, main speaks the system's language (words.ts).
const systemTags = systemLanguages({
  preferred: () => app.getPreferredSystemLanguages(),
  isPackaged: app.isPackaged,
  env: process.env
})
speakAsChosen({ choice: FOLLOW_THE_SYSTEM, editionDefault: null, systemLanguages: systemTags })

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

  // The notes worker as electron-vite built it (out/main/…): reads notes files off main's thread.
  const startNotesWorker: StartNotesWorker = (job) =>
    new Worker(notesWorkerPath, { workerData: job })

  void app.whenReady().then(async () => {
    const origins = trustedOrigins(devServerUrl)
    lockDownWebContents(app, origins)
    handleAppScheme(paths.rendererDir)

    // The table of contents only: the window opens at once; the search index loads meanwhile.
    const library = openLibrary(paths.generatedDir)
    // What the stores say as they open is in the edition's default language, then in the
    // reader's own choice once the preferences are read (before the notes are).
    const speakFor = (choice: string) =>
      speakAsChosen({
        choice,
        editionDefault: library.ok ? (library.library.edition.language ?? null) : null,
        systemLanguages: systemTags
      })
    speakFor(FOLLOW_THE_SYSTEM)
    const preferences = PreferencesStore.open(paths.userDataDir)
    speakFor(preferences.get().reading.language)
    // The notes are read after the window opens (the store's `loaded`): the report is shown at
    // once, and the notes panel fills once they are all read.
    const annotations = AnnotationStore.start(paths.userDataDir, {
      startWorker: startNotesWorker
    })
    keepUnsavedChangesOnQuit(annotations, preferences)
    const installMenu = () =>
      installAppMenu({
        appName: library.ok ? library.library.edition.appName : app.name,
        platform: process.platform,
        send: (command) => mainWindow && sendEvent(mainWindow.webContents, 'menuCommand', command)
      })
    const handlers = createIpcHandlers({
      library,
      preferences,
      annotations,
      readEditions: ReadEditionsStore.open(paths.userDataDir),
      dialogs: electronDialogs(() => mainWindow),
      printer: electronPrinter(() => mainWindow),
      appVersion: app.getVersion(),
      systemLanguages: systemTags,
      sendToWindow: (event, payload) =>
        mainWindow && sendEvent(mainWindow.webContents, event, payload),
      // The menus speak the language the reader chose in Display.
      onLanguageChanged: () => installMenu(),
      startNotesWorker,
      comparisonWorker: { file: comparisonWorkerPath },
      team: {
        settings: TeamSettingsStore.open(paths.userDataDir),
        chooseFolder: () => chooseFolderDialog(mainWindow),
        courseNotesFile: courseNotesFileIn(paths.generatedDir),
        startWorker: (init) => new Worker(teamWorkerPath, { workerData: init })
      }
    })
    registerIpc(handlers, origins, (event) => event.sender === mainWindow?.webContents)

    installMenu()
    mainWindow = createReaderWindow(paths.preloadFile, devServerUrl ?? APP_ENTRY_URL)
    mainWindow.on('closed', () => (mainWindow = null))
  })
}

/**
 * Before the app quits: writes what is not on disk yet and waits for it. Changes that still cannot
 * be saved (a full disk) are not lost in silence: the user is told, and may make room and try
 * again, or quit without them.
 */
function keepUnsavedChangesOnQuit(annotations: AnnotationStore, preferences: PreferencesStore) {
  let settled = false
  app.on('before-quit', (event) => {
    if (settled) return
    event.preventDefault()
    void (async () => {
      for (;;) {
        const notes = await annotations.flush()
        const unsaved =
          (notes.state === 'saved' ? 0 : notes.unsavedChanges) + (await preferences.flush())
        if (unsaved === 0) break
        const answer = dialog.showMessageBoxSync({
          type: 'warning',
          buttons: [say('quit.tryAgain'), say('quit.loseThem')],
          defaultId: 0,
          cancelId: 0,
          message: say('quit.unsaved', { count: unsaved }),
          detail: say('quit.detail', {
            count: unsaved,
            reason: notes.state === 'saved' ? say('quit.preferencesNotWritten') : notes.message
          })
        })
        if (answer === 1) break
      }
      settled = true
      annotations.close()
      preferences.close()
      app.quit()
    })()
  })
}
