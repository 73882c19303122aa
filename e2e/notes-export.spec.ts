import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { buildEdition, FIELD_GUIDE } from './fixtures/content'
import { noteOnAnotherReport, notesFile } from './fixtures/notes-files'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const CVE = 'countering-violent-extremism-p1'

/** Highlights in three colours, one of them tagged, then the Notes tab open. */
async function threeHighlights(page: Page): Promise<void> {
  await selectText(page, P1, 'abolishing the death penalty')
  await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New highlight' })
  await dialog.getByRole('radio', { name: 'Evidence' }).check()
  await dialog.getByRole('textbox', { name: 'Note' }).fill('# Not a heading, *stars* & AT&T')
  await dialog.getByRole('textbox', { name: /Tags/ }).fill('law')
  await dialog.getByRole('button', { name: 'Save' }).click()
  // Each save clears the selection when it is done: wait for it before selecting again.
  const marks = page.locator('mark[data-annotation-id]')
  await expect(marks).toHaveCount(1)
  await selectText(page, P1, 'comprehensive CT legal framework')
  await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
  await expect(marks).toHaveCount(2)
  await selectText(page, CVE, 'nationwide hotline')
  await page.getByRole('toolbar').getByRole('button', { name: 'Follow up' }).click()
  await expect(marks).toHaveCount(3)
  await showSidebar(page)
  await page.getByRole('tab', { name: 'Notes (3)' }).click()
}

const notesPanel = (page: Page) => page.getByRole('region', { name: 'Notes and highlights' })
const transfer = (page: Page) => page.getByRole('group', { name: 'Export and import' })

for (const size of WINDOW_SIZES) {
  test.describe(`export and import at ${size.width}×${size.height}`, () => {
    test('exports only the notes shown, with citations and local times, and says so beside the buttons', async ({
      startApp
    }) => {
      const app = await startAppAt(startApp, size)
      await threeHighlights(app.page)
      const { page } = app
      const panel = notesPanel(page)
      await panel.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Evidence' })
      await transfer(page).getByRole('combobox', { name: 'Export' }).selectOption('shown')
      await expect(transfer(page).getByRole('combobox', { name: 'Export' })).toHaveText(
        /the 1 note shown/
      )

      const file = join(mkdtempSync(join(tmpdir(), 'reader-export-')), 'evidence.md')
      await app.answerFileDialogs({ save: file })
      await transfer(page).getByRole('button', { name: 'Export Markdown…' }).click()
      const message = transfer(page).getByRole('status')
      await expect(message).toHaveText(`Exported 1 note to ${file}.`)

      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
      const md = readFileSync(file, 'utf8')
      expect(md).toContain('These are the notes coloured Evidence.')
      expect(md).toContain(
        zone === 'UTC' ? 'Times are in UTC.' : `Times are local times in ${zone}.`
      )
      expect(md).toContain(
        [
          '> abolishing the death penalty',
          '>',
          '> — *Country Reports on Terrorism 2021: Kazakhstan*, section “Legislation, Law Enforcement, and Border Security”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. <https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/>'
        ].join('\n')
      )
      expect(md).toContain('\\# Not a heading, \\*stars* & AT&T')
      expect(md).not.toContain('comprehensive CT legal framework')
      expect(md).not.toContain('nationwide hotline')

      // "All notes" exports every one, whatever the list shows.
      await transfer(page).getByRole('combobox', { name: 'Export' }).selectOption('all')
      await app.answerFileDialogs({ save: join(file, '..', 'all.json') })
      await transfer(page).getByRole('button', { name: 'Export JSON…' }).click()
      await expect(message).toHaveText(/^Exported 3 notes to .*all\.json\.$/)
    })

    test('writes nothing when no note matches, and says why a save failed in plain words', async ({
      startApp
    }) => {
      const app = await startAppAt(startApp, size)
      await threeHighlights(app.page)
      const { page } = app
      const dir = mkdtempSync(join(tmpdir(), 'reader-export-'))
      await notesPanel(page).getByRole('combobox', { name: 'Colour' }).selectOption({
        label: 'Question'
      })
      await transfer(page).getByRole('combobox', { name: 'Export' }).selectOption('shown')
      await app.answerFileDialogs({ save: join(dir, 'none.md') })
      await transfer(page).getByRole('button', { name: 'Export Markdown…' }).click()
      const message = transfer(page).getByRole('status')
      await expect(message).toHaveText(
        'Nothing to export: you have no notes coloured Question. Nothing was written; choose other notes to export.'
      )
      expect(existsSync(join(dir, 'none.md'))).toBe(false)

      const missing = join(dir, 'no-such-folder', 'notes.md')
      await notesPanel(page).getByRole('combobox', { name: 'Colour' }).selectOption({
        label: 'All colours'
      })
      await app.answerFileDialogs({ save: missing })
      await transfer(page).getByRole('button', { name: 'Export Markdown…' }).click()
      await expect(message).toHaveText(
        `The notes could not be saved to ${missing}: that folder does not exist. Nothing was written; choose another folder.`
      )
      // Whole, on screen, above the notes: not below them, off the bottom of the window.
      await expect(message).toBeInViewport({ ratio: 1 })
      const firstNote = notesPanel(page).locator('.note-item').first()
      const [messageBox, noteBox] = [await message.boundingBox(), await firstNote.boundingBox()]
      expect(messageBox && noteBox && messageBox.y + messageBox.height).toBeLessThan(
        noteBox?.y ?? 0
      )
    })

    test('an import says what it took and, item by item, what it could not, in plain words', async ({
      startApp
    }) => {
      const app = await startAppAt(startApp, size)
      const { page } = app
      await showSidebar(page)
      await page.getByRole('tab', { name: 'Notes (0)' }).click()
      await app.answerFileDialogs({ open: notesFile('[]') })
      await transfer(page).getByRole('button', { name: 'Import JSON…' }).click()
      const message = transfer(page).getByRole('status')
      await expect(message).toHaveText('The file holds no notes. Nothing was imported.')

      const purple = { type: 'TextualBody', purpose: 'classifying', value: 'purple' }
      const mixed = notesFile([
        noteOnAnotherReport(),
        { ...noteOnAnotherReport('x2'), body: [purple] }
      ])
      await app.answerFileDialogs({ open: mixed })
      await transfer(page).getByRole('button', { name: 'Import JSON…' }).click()
      await expect(message.getByRole('paragraph')).toHaveText(
        'Imported 1 note. 1 could not be imported:'
      )
      await expect(message.getByRole('listitem')).toHaveText([
        'Item 2: its colour “purple” is not one of the app’s colours (yellow, green, blue, pink).'
      ])
      await expect(message).not.toContainText(/Invalid|Expected|received/)

      // The note of a report this app does not have: listed as unanchored, saying so.
      const panel = notesPanel(page)
      await expect(panel.getByRole('heading', { name: 'Unanchored (1)' })).toBeVisible()
      const item = panel.locator('.note-item')
      await expect(item.locator('.note-reason')).toHaveText(
        'Its report, “old-course-report”, is not in this app.'
      )
      await expect(panel).not.toContainText('The text these were made on changed')
      // It cannot be re-attached in another report; it can be deleted.
      await expect(item.getByRole('button', { name: 'Re-attach to selection' })).toHaveCount(0)
      await expect(item.getByRole('button', { name: 'Delete' })).toBeVisible()
    })
  })
}

test('with several reports, exports the notes of the report chosen', async ({ startApp }) => {
  const app = await startApp({ generatedDir: buildEdition({ extra: FIELD_GUIDE }) })
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await threeHighlights(page)
  await page
    .getByRole('main')
    .getByRole('combobox', { name: 'Report', exact: true })
    .selectOption({ label: 'Field Guide to the Reader' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field Guide to the Reader')
  await selectText(page, 'getting-started-p1', 'choose a section')
  await page.getByRole('toolbar').getByRole('button', { name: 'Question' }).click()

  await notesPanel(page)
    .getByRole('combobox', { name: 'In report' })
    .selectOption({ label: 'Field Guide to the Reader' })
  await expect(notesPanel(page).locator('.note-quote')).toHaveText(['choose a section'])
  await transfer(page).getByRole('combobox', { name: 'Export' }).selectOption('shown')
  const file = join(mkdtempSync(join(tmpdir(), 'reader-export-')), 'guide.md')
  await app.answerFileDialogs({ save: file })
  await transfer(page).getByRole('button', { name: 'Export Markdown…' }).click()
  await expect(transfer(page).getByRole('status')).toHaveText(`Exported 1 note to ${file}.`)
  const md = readFileSync(file, 'utf8')
  expect(md).toContain('These are the notes in “Field Guide to the Reader”.')
  expect(md).toContain(
    '> choose a section\n>\n> — *Field Guide to the Reader*, section “Getting Started”. Training Team, 2026 edition. <https://example.org/field-guide>'
  )
  expect(md).not.toContain('Kazakhstan')
})
