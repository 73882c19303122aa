import type { BrowserWindow } from 'electron'
import type { Printer } from './print-service'

/** Electron's printing of the reader window: the system print dialog, and PDF export. */
export function electronPrinter(window: () => BrowserWindow | null): Printer {
  const contents = () => {
    const owner = window()
    if (!owner || owner.isDestroyed()) throw new Error('the reader window is closed')
    return owner.webContents
  }
  return {
    toPdf: async () => contents().printToPDF({ printBackground: true }),
    print: () =>
      new Promise<void>((resolve, reject) => {
        contents().print({ printBackground: true }, (success, failureReason) => {
          // Cancelling the system dialog is not an error: nothing was asked to print.
          if (success || failureReason === 'cancelled') resolve()
          else reject(new Error(failureReason || 'printing failed'))
        })
      })
  }
}
