import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderGeneratedContent } from '../src/content/generate-content'
import type { Section } from '../src/shared/report-model'
import { repoRoot } from './fixtures/paths'
import { expect, test } from './fixtures/test'

/** Text compared across formats: one space between words, a word broken at a line's end joined. */
const normalized = (text: string): string =>
  text
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()

const outline = (sections: readonly Section[]) =>
  sections.map((section) => ({
    heading: section.heading,
    paragraphs: section.paragraphs.map((paragraph) => normalized(paragraph.text))
  }))

test.describe('a PDF printed by the app', () => {
  let folder: string
  test.beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'reader-pdf-round-trip-'))
  })
  test.afterEach(() => rmSync(folder, { recursive: true, force: true }))

  test('builds back into the same six sections and paragraphs', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // The app's own print path: Print / PDF…, without notes, Export PDF….
    const pdf = join(folder, 'crt2021-kazakhstan.pdf')
    await app.answerFileDialogs({ save: pdf })
    await page.getByRole('button', { name: 'Print / PDF…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Print or export PDF' })
    await dialog
      .getByRole('checkbox', { name: 'Include my highlights and notes' })
      .setChecked(false)
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    await expect(page.locator('.toast span')).toHaveText(`PDF saved: ${pdf}`)

    // The PDF and the report's metadata, as a trainer would put them in a content folder.
    const reports = join(repoRoot, 'resources', 'reports')
    copyFileSync(
      join(reports, 'crt2021-kazakhstan.meta.json'),
      join(folder, 'crt2021-kazakhstan.meta.json')
    )
    const fromPdf = renderGeneratedContent(folder)
    const fromText = renderGeneratedContent(reports)
    const [printed] = fromPdf.library.reports
    const [original] = fromText.library.reports
    expect(printed?.format).toBe('pdf')
    expect(printed?.sections).toHaveLength(6)
    expect(outline(printed?.sections ?? [])).toEqual(outline(original?.sections ?? []))
    // Every block says which page it starts on, for citations: from the first page on, in order.
    const pages = (printed?.sections ?? []).flatMap((s) => s.paragraphs.map((p) => p.page))
    expect(pages[0]).toBe(1)
    expect(pages).toEqual([...pages].sort((a = 0, b = 0) => a - b))
    expect(new Set(pages).size).toBeGreaterThan(1)
    expect(app.consoleErrors).toEqual([])
  })

  test('printed with the browser’s date, title, address and page numbers, builds the same', async ({
    startApp
  }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // As a trainer's browser prints a page, with its headers and footers on.
    const pdf = await page.pdf({
      displayHeaderFooter: true,
      margin: { top: '20mm', bottom: '20mm', left: '16mm', right: '16mm' }
    })
    const reports = join(repoRoot, 'resources', 'reports')
    writeFileSync(join(folder, 'crt2021-kazakhstan.pdf'), pdf)
    copyFileSync(
      join(reports, 'crt2021-kazakhstan.meta.json'),
      join(folder, 'crt2021-kazakhstan.meta.json')
    )
    const fromPdf = renderGeneratedContent(folder)
    const [printed] = fromPdf.library.reports
    const [original] = renderGeneratedContent(reports).library.reports
    expect(outline(printed?.sections ?? [])).toEqual(outline(original?.sections ?? []))
    expect(fromPdf.notices.map((notice) => notice.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dropped the running heads and feet /),
        expect.stringMatching(/^dropped the page title /),
        expect.stringMatching(/^dropped the report's details /)
      ])
    )
    expect(app.consoleErrors).toEqual([])
  })
})
