import type { MainServices, SendToWindow } from '../../src/main/ipc-handlers'
import type { LibraryLoad } from '../../src/main/library-service'
import { AnnotationStore } from '../../src/main/annotation-store'
import { PreferencesStore } from '../../src/main/preferences-store'
import { ReadEditionsStore } from '../../src/main/read-editions-store'
import { comparisonWorkerScript } from './comparison-worker'

interface MainServicesOptions {
  /** What the open dialog answers (null: cancelled). */
  openPath?: string | null
  /** Where main's events go. */
  sendToWindow?: SendToWindow
}

/**
 * Main's services as index.ts makes them, over a library and a user-data folder: the real stores
 * and comparison worker; a save dialog that is always cancelled and a printer that prints nothing.
 */
export async function mainServices(
  library: LibraryLoad,
  userDataDir: string,
  { openPath = null, sendToWindow }: MainServicesOptions = {}
): Promise<MainServices> {
  return {
    library,
    preferences: PreferencesStore.open(userDataDir),
    annotations: await AnnotationStore.open(userDataDir),
    readEditions: ReadEditionsStore.open(userDataDir),
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => openPath },
    printer: { toPdf: async () => new Uint8Array(), print: async () => undefined },
    appVersion: '1.2.3',
    comparisonWorker: comparisonWorkerScript(),
    ...(sendToWindow && { sendToWindow })
  }
}
