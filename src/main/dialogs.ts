import { dialog, type BrowserWindow } from 'electron'
import type { FileDialogs } from './annotation-service'
import { say } from './words'

/** Each format the app writes: its files' name in the dialog, and their extension. */
const FORMATS = {
  markdown: { name: 'fileDialog.markdown', extensions: ['md'] },
  json: { name: 'fileDialog.json', extensions: ['json'] },
  pdf: { name: 'fileDialog.pdf', extensions: ['pdf'] }
} as const

const filterFor = (format: keyof typeof FORMATS) => ({
  name: say(FORMATS[format].name),
  extensions: [...FORMATS[format].extensions]
})

/** Electron's native file dialogs, attached to the reader window. */
export function electronDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath(defaultName, format) {
      const options = {
        title: say(format === 'pdf' ? 'fileDialog.exportPdf' : 'fileDialog.exportNotes'),
        defaultPath: defaultName,
        filters: [filterFor(format)]
      }
      const owner = window()
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath() {
      const options = {
        title: say('fileDialog.importNotes'),
        properties: ['openFile' as const],
        filters: [filterFor('json')]
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
    title: say('fileDialog.teamFolder'),
    properties: ['openDirectory' as const, 'createDirectory' as const]
  }
  const result = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
