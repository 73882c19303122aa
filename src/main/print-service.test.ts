import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { IpcError } from '../shared/ipc-contract'
import type { FileDialogs } from './annotation-service'
import { PrintService, type Printer } from './print-service'

const PDF = new TextEncoder().encode('%PDF-1.7 fake')

function setup(options: { save?: string | null; printer?: Partial<Printer> } = {}) {
  const dialogs: FileDialogs = {
    chooseSavePath: vi.fn(async () => options.save ?? null),
    chooseOpenPath: async () => null
  }
  const printer: Printer = {
    toPdf: vi.fn(async () => PDF),
    print: vi.fn(async () => undefined),
    ...options.printer
  }
  return {
    dialogs,
    printer,
    service: new PrintService(printer, dialogs, () => 'crt2021-kazakhstan')
  }
}

describe('PrintService', () => {
  it('asks where to save, named after the report, and writes the PDF there', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'reader-pdf-')), 'out.pdf')
    const { service, dialogs, printer } = setup({ save: path })
    expect(await service.exportPdf()).toEqual({ status: 'saved', path })
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('crt2021-kazakhstan.pdf', 'pdf')
    expect(printer.toPdf).toHaveBeenCalledOnce()
    expect(readFileSync(path)).toEqual(Buffer.from(PDF))
  })

  it('makes no PDF when the save dialog is cancelled', async () => {
    const { service, printer } = setup({ save: null })
    expect(await service.exportPdf()).toEqual({ status: 'cancelled' })
    expect(printer.toPdf).not.toHaveBeenCalled()
  })

  it('falls back to report.pdf when no report is known', async () => {
    const { dialogs, printer } = setup()
    await new PrintService(printer, dialogs, () => null).exportPdf()
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('report.pdf', 'pdf')
  })

  it('says clearly when the PDF cannot be made or written', async () => {
    const failing = setup({
      save: '/tmp/x.pdf',
      printer: { toPdf: async () => Promise.reject(new Error('renderer gone')) }
    })
    await expect(failing.service.exportPdf()).rejects.toThrow(/could not be made: renderer gone/)
    const unwritable = setup({ save: join(tmpdir(), 'no-such-folder-for-reader', 'x.pdf') })
    const error = await unwritable.service.exportPdf().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IpcError)
    expect((error as IpcError).message).toMatch(/could not be written to .*x\.pdf/)
  })

  it('prints through the printer and reports failures', async () => {
    const { service, printer } = setup()
    expect(await service.print()).toEqual({ status: 'done' })
    expect(printer.print).toHaveBeenCalledOnce()
    const broken = setup({
      printer: { print: async () => Promise.reject(new Error('no printer')) }
    })
    await expect(broken.service.print()).rejects.toThrow(/could not be printed: no printer/)
  })
})
