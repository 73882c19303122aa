import { dialog, type BrowserWindow } from 'electron'
import type { FileDialogs } from './annotation-service'

const SAVE_FILTERS = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'Web Annotation JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] }
}

/** Electron's native file dialogs, attached to the reader window. */
export function electronDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath(defaultName, format) {
      const options = {
        defaultPath: defaultName,
        filters: [SAVE_FILTERS[format]]
      }
      const owner = window()
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath() {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'Web Annotation JSON', extensions: ['json'] }]
      }
      const owner = window()
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}

/** The native folder chooser for the team folder (Display › Team). */
export async function chooseFolderDialog(owner: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: 'Choose the team folder',
    properties: ['openDirectory' as const, 'createDirectory' as const]
  }
  const result = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
