import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createTranslator } from '../src/shared/i18n/translator'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

const TITLE = 'Country Reports on Terrorism 2021: Kazakhstan'
const HEADINGS = [
  'Overview',
  '2021 Terrorist Incidents',
  'Legislation, Law Enforcement, and Border Security',
  'Countering Violent Extremism'
]
const SENTENCE = 'There were no reported terrorist incidents in Kazakhstan in 2021.'
const P1 = 'legislation-law-enforcement-and-border-security-p1'
const QUOTE = 'abolishing the death penalty'
const HIGHLIGHT_NOTE = 'Check the date of the amendment'
const SECTION_NOTE = 'Compare with the 2020 report'

/** The PDF's text, one space between words, by poppler's pdftotext (Debian: poppler-utils). */
function pdfText(path: string): string {
  let text: string
  try {
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pdftotext is not installed: the print specs read PDFs with it. Install poppler-utils ' +
          '(apt-get install poppler-utils; .ci/run does this).',
        { cause: error }
      )
    }
    throw error
  }
  return text.replace(/\s+/g, ' ')
}

async function exportPdf(page: Page, withNotes: boolean): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Print or export PDF' })
  await expect(dialog).toBeVisible()
  await dialog
    .getByRole('checkbox', { name: 'Include my highlights and notes' })
    .setChecked(withNotes)
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog).toHaveCount(0)
}

test.describe('print and PDF', () => {
  let folder: string
  test.beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'reader-pdf-'))
  })
  test.afterEach(() => rmSync(folder, { recursive: true, force: true }))

  test('export a PDF with and without the reader’s highlights and notes', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // A highlight with a note, and a note on a section.
    await selectText(page, P1, QUOTE)
    await page
      .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
      .getByRole('button', { name: 'Add note…' })
      .click()
    const noteDialog = page.getByRole('dialog', { name: 'New highlight' })
    await noteDialog.getByRole('textbox', { name: 'Note' }).fill(HIGHLIGHT_NOTE)
    await noteDialog.getByRole('button', { name: 'Save' }).click()
    await expect(page.locator(`#${P1} mark.hl`)).toHaveText(QUOTE)
    await page.getByRole('button', { name: 'Add a note to the section Overview' }).click()
    const sectionDialog = page.getByRole('dialog', { name: 'Note on this section' })
    await sectionDialog.getByRole('textbox', { name: 'Note' }).fill(SECTION_NOTE)
    await sectionDialog.getByRole('button', { name: 'Save' }).click()
    await expect(sectionDialog).toHaveCount(0)

    // Without notes, from the toolbar.
    const plain = join(folder, 'plain.pdf')
    await app.answerFileDialogs({ save: plain })
    await page.getByRole('button', { name: 'Print / PDF…' }).click()
    await exportPdf(page, false)
    // Said in a message that goes away by itself.
    await expect(page.locator('.toast span')).toHaveText(`PDF saved: ${plain}`)
    await expect(page.locator('html')).not.toHaveClass(/print/)

    // With notes, from the File menu.
    const annotated = join(folder, 'annotated.pdf')
    await app.answerFileDialogs({ save: annotated })
    await app.sendMenuCommand('export-pdf')
    await exportPdf(page, true)
    await expect(page.locator('.toast span').last()).toHaveText(`PDF saved: ${annotated}`)
    await expect(page.locator('html')).not.toHaveClass(/print/)

    for (const path of [plain, annotated]) {
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
      const text = pdfText(path)
      expect(text).toContain(TITLE)
      for (const heading of HEADINGS) expect(text).toContain(heading)
      expect(text).toContain(SENTENCE)
      expect(text).toContain(QUOTE)
      // Only the report: no toolbar, sidebar or buttons.
      expect(text).not.toContain('Print / PDF')
      expect(text).not.toContain('Contents')
      expect(text).not.toContain('+ Note')
    }
    expect(pdfText(plain)).not.toContain(HIGHLIGHT_NOTE)
    expect(pdfText(plain)).not.toContain(SECTION_NOTE)
    expect(pdfText(annotated)).toContain(HIGHLIGHT_NOTE)
    expect(pdfText(annotated)).toContain(SECTION_NOTE)
    expect(app.consoleErrors).toEqual([])
  })

  test('in Arabic, the printed page runs right to left and its own words are Arabic', async ({
    startApp
  }, testInfo) => {
    const ar = createTranslator('ar')
    const app = await startApp({ locale: 'ar' })
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(page, P1, QUOTE)
    await page
      .getByRole('toolbar', { name: ar('selection.toolbar') })
      .getByRole('button', { name: ar('selection.addNote') })
      .click()
    const noteDialog = page.getByRole('dialog', { name: ar('dialog.newHighlight') })
    await noteDialog.getByRole('textbox', { name: ar('dialog.note') }).fill(HIGHLIGHT_NOTE)
    await noteDialog.getByRole('button', { name: ar('common.save') }).click()
    await expect(page.locator(`#${P1} mark.hl`)).toHaveText(QUOTE)
    await page
      .getByRole('button', { name: ar('sectionNote.add.label', { section: 'Overview' }) })
      .click()
    const sectionDialog = page.getByRole('dialog', { name: ar('dialog.sectionNote') })
    await sectionDialog.getByRole('textbox', { name: ar('dialog.note') }).fill(SECTION_NOTE)
    await sectionDialog.getByRole('button', { name: ar('common.save') }).click()
    await expect(sectionDialog).toHaveCount(0)

    // The page as main prints it with notes: chosen in the dialog, then print media and the
    // classes usePrinting sets while main prints.
    await page.getByRole('button', { name: ar('toolbar.print') }).click()
    const dialog = page.getByRole('dialog', { name: ar('print.title') })
    await dialog.getByRole('checkbox', { name: ar('print.withNotes') }).setChecked(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await page.evaluate(() =>
      document.documentElement.classList.add('printing', 'print-with-notes')
    )
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const note = page.locator('.print-note').first()
    await expect(note.locator('.print-note-label')).toHaveText(
      ar('print.noteOn', { label: ar('color.yellow'), quote: QUOTE })
    )
    // Notes stand in from the right, their colour bar on the right: the start of an Arabic line.
    const sides = await note.evaluate((box) => {
      const list = getComputedStyle(box.parentElement as HTMLElement)
      const own = getComputedStyle(box)
      return {
        indentLeft: parseFloat(list.marginLeft),
        indentRight: parseFloat(list.marginRight),
        barLeft: parseFloat(own.borderLeftWidth),
        barRight: parseFloat(own.borderRightWidth)
      }
    })
    expect(sides.indentLeft).toBe(0)
    expect(sides.indentRight).toBeGreaterThan(0)
    expect(sides.barRight).toBeGreaterThan(sides.barLeft)
    const sectionLabel = await page
      .locator('.section-note .link-button')
      .first()
      .evaluate((button) => getComputedStyle(button, '::before').content)
    expect(sectionLabel).toBe(`"${ar('sectionNote.label')} · "`)
    await page.screenshot({ path: testInfo.outputPath('print-ar.png'), fullPage: true })
    await page.emulateMedia({ media: null })
    await page.evaluate(() =>
      document.documentElement.classList.remove('printing', 'print-with-notes')
    )

    // A real PDF, from the Arabic dialog: made, and said in Arabic.
    const pdf = join(folder, 'ar.pdf')
    await app.answerFileDialogs({ save: pdf })
    await page.getByRole('button', { name: ar('toolbar.print') }).click()
    await dialog.getByRole('checkbox', { name: ar('print.withNotes') }).setChecked(true)
    await dialog.getByRole('button', { name: ar('print.exportPdf') }).click()
    await expect(page.locator('.toast span')).toHaveText(ar('print.saved', { path: pdf }))
    const text = pdfText(pdf)
    expect(text).toContain(HIGHLIGHT_NOTE)
    expect(text).toContain(SECTION_NOTE)
    expect(text).not.toMatch(/Section note|Note \(/)
    expect(app.consoleErrors).toEqual([])
  })

  test('a cancelled save writes nothing and says nothing', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await app.answerFileDialogs({ save: null })
    await app.sendMenuCommand('export-pdf')
    const dialog = page.getByRole('dialog', { name: 'Print or export PDF' })
    await expect(dialog.getByRole('button', { name: 'Export PDF…' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.locator('html')).not.toHaveClass(/print/)
    await expect(page.locator('.toast')).toHaveCount(0)
  })

  test('Ctrl+P opens the print dialog instead of the browser’s, and prints', async ({
    startApp
  }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('main', { name: 'Report text' }).focus()
    await page.keyboard.press('ControlOrMeta+P')
    const dialog = page.getByRole('dialog', { name: 'Print or export PDF' })
    await expect(dialog.getByRole('button', { name: 'Print…' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('main', { name: 'Report text' })).toBeFocused()

    await page.keyboard.press('ControlOrMeta+P')
    await dialog.getByRole('button', { name: 'Print…' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.locator('html')).not.toHaveClass(/print/)
    expect(app.consoleErrors).toEqual([])
  })
})
