import { IpcError, type IpcResults } from '../shared/ipc-contract'
import type { FileDialogs } from './annotation-service'
import { USER_FILE_MODE, writeFileDurably } from './durable-write'
import { whyFileFailed } from './file-problems'
import { say } from './words'

/**
 * Prints the reader's page as it is laid out for print (the renderer has already chosen, with a
 * class on <html>, whether highlights and notes show). Electron's webContents in the app,
 * Playwright's page in the e2e harness, a fake in tests.
 */
export interface Printer {
  /** The page as a PDF, with background colours (highlights) kept. */
  toPdf(): Promise<Uint8Array>
  /** The system print dialog; resolves when it closes, printed or cancelled. */
  print(): Promise<void>
}

/** Print and PDF export of the report the reader has open. No Electron imports. */
export class PrintService {
  constructor(
    private readonly printer: Printer,
    private readonly dialogs: FileDialogs,
    /** The report on screen, for the PDF's default file name. */
    private readonly currentReportId: () => string | null
  ) {}

  async exportPdf(): Promise<IpcResults['exportPdf']> {
    const path = await this.dialogs.chooseSavePath(
      `${this.currentReportId() ?? 'report'}.pdf`,
      'pdf'
    )
    if (!path) return { status: 'cancelled' }
    let pdf: Uint8Array
    try {
      pdf = await this.printer.toPdf()
    } catch (error) {
      throw new IpcError('failed', say('print.pdfNotMade', { reason: (error as Error).message }))
    }
    try {
      await writeFileDurably(path, pdf, { mode: USER_FILE_MODE })
    } catch (error) {
      throw new IpcError(
        'failed',
        say('print.pdfNotWritten', { path, reason: whyFileFailed(error, 'writing') })
      )
    }
    return { status: 'saved', path }
  }

  async print(): Promise<IpcResults['printReport']> {
    try {
      await this.printer.print()
    } catch (error) {
      throw new IpcError('failed', say('print.failed', { reason: (error as Error).message }))
    }
    return { status: 'done' }
  }
}
