import type { MainServices } from '../../src/main/ipc-handlers'
import type { LibraryLoad } from '../../src/main/library-service'
import { AnnotationStore } from '../../src/main/annotation-store'
import { PreferencesStore } from '../../src/main/preferences-store'
import { ReadEditionsStore } from '../../src/main/read-editions-store'
import { comparisonWorkerScript } from './comparison-worker'

/**
 * Main's services as index.ts makes them, over a library and a user-data folder: the real stores
 * and comparison worker; file dialogs that are always cancelled and a printer that prints nothing.
 */
export function mainServices(library: LibraryLoad, userDataDir: string): MainServices {
  return {
    library,
    preferences: PreferencesStore.open(userDataDir),
    annotations: AnnotationStore.open(userDataDir),
    readEditions: ReadEditionsStore.open(userDataDir),
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    printer: { toPdf: async () => new Uint8Array(), print: async () => undefined },
    appVersion: '1.2.3',
    comparisonWorker: comparisonWorkerScript()
  }
}
