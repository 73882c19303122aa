import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { editedBundledReport } from './fixtures/content'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const QUOTE = 'abolishing the death penalty'

test.describe('highlights and notes', () => {
  test('a highlight with a note survives a restart', async ({ startApp }) => {
    const first = await startApp()
    const { page } = first
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(page, P1, QUOTE)
    const toolbar = page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })
    await toolbar.getByRole('button', { name: 'Add note…' }).click()
    const dialog = page.getByRole('dialog', { name: 'New highlight' })
    await dialog.getByRole('radio', { name: 'Evidence' }).check()
    await dialog
      .getByRole('textbox', { name: 'Note' })
      .fill('Check the date of the amendment.\nSecond line.')
    await dialog.getByRole('textbox', { name: /Tags/ }).fill('law, follow-up')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.locator(`#${P1} mark.hl-green`)).toHaveText(QUOTE)
    await first.close()

    const second = await startApp()
    await expect(second.page.locator(`#${P1} mark.hl-green`)).toHaveText(QUOTE)
    await second.page.getByRole('tab', { name: /Notes/ }).click()
    const item = second.page.locator('.note-item')
    await expect(item).toHaveCount(1)
    await expect(item.locator('.note-quote')).toHaveText(QUOTE)
    await expect(item.locator('.note-text')).toHaveText(
      'Check the date of the amendment.\nSecond line.'
    )
    await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
      'law',
      'follow-up'
    ])
    await expect(item).toContainText('Evidence')
  })

  test('recolour from the text, delete, and undo for 10 seconds', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(page, P1, QUOTE)
    await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    const mark = page.locator(`#${P1} mark[data-annotation-id]`)
    await expect(mark).toHaveClass(/hl-yellow/)

    await mark.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Highlight' })
    await dialog.getByRole('radio', { name: 'Question' }).check()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(mark).toHaveClass(/hl-blue/)

    // Undo is offered for 10 s of the page's time: its clock stands still while the test clicks,
    // however long a busy machine takes, and moves only when the test moves it.
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 1_000)
    const undo = page
      .getByRole('status')
      .filter({ hasText: 'Highlight deleted.' })
      .getByRole('button', { name: 'Undo' })
    const deleteHighlight = async () => {
      await mark.click()
      await page
        .getByRole('dialog', { name: 'Highlight' })
        .getByRole('button', { name: 'Delete' })
        .click()
    }
    await deleteHighlight()
    await expect(mark).toHaveCount(0)
    await page.clock.runFor(9_900)
    await undo.click()
    await expect(mark).toHaveClass(/hl-blue/)
    await expect(mark).toHaveText(QUOTE)

    // Ten seconds later the offer is gone, and so is the highlight.
    await deleteHighlight()
    await expect(undo).toBeVisible()
    await page.clock.runFor(10_000)
    await expect(undo).toHaveCount(0)
    await expect(mark).toHaveCount(0)
    await page.clock.resume()
  })

  test('a note with HTML or script in it is shown as text and never run', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>'
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Add a note to the section Overview' }).click()
    const dialog = page.getByRole('dialog', { name: 'Note on this section' })
    await dialog.getByRole('textbox', { name: 'Note' }).fill(payload)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(
      page.getByRole('complementary', { name: 'Section note' }).locator('.note-text')
    ).toHaveText(payload)
    await expect(page.locator('.report-text img, .report-text b')).toHaveCount(0)
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
    ).toBeUndefined()
    expect(app.requests.filter((url) => url.endsWith('/x'))).toEqual([])
  })

  test('notes panel: filter by colour and tag, rename a colour, go to a note', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(page, P1, QUOTE)
    await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    // As a reader would: the next selection once the first highlight shows (saving it clears the
    // selection, so a selection made while it saves would be cleared with it).
    await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1)
    await selectText(page, 'countering-violent-extremism-p1', 'nationwide hotline')
    await page.getByRole('toolbar').getByRole('button', { name: 'Follow up' }).click()
    await expect(page.locator('mark[data-annotation-id]')).toHaveCount(2)

    await page.getByRole('tab', { name: 'Notes (2)' }).click()
    const panel = page.getByRole('region', { name: 'Notes and highlights' })
    await panel.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Follow up' })
    await expect(panel.locator('.note-quote')).toHaveText(['nationwide hotline'])
    await panel.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'All colours' })
    await panel.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'In reading order' })
    await expect(panel.locator('.note-quote')).toHaveText([QUOTE, 'nationwide hotline'])

    await panel.getByRole('button', { name: 'Rename colours' }).click()
    await panel
      .getByRole('textbox', { name: 'Meaning of the yellow highlight' })
      .fill('Key finding')
    await panel.getByRole('button', { name: 'Save colour names' }).click()
    await expect(panel.locator('.note-item').first()).toContainText('Key finding')

    await panel.locator('.note-item').nth(1).getByRole('button', { name: 'Go to' }).click()
    await expect(page.locator('mark.hl-pink')).toBeInViewport()
  })

  test('the search box finds notes beside the report results', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Add a note to the section Overview' }).click()
    const dialog = page.getByRole('dialog', { name: 'Note on this section' })
    await dialog
      .getByRole('textbox', { name: 'Note' })
      .fill('Ask the trainer about repatriation numbers')
    await dialog.getByRole('button', { name: 'Save' }).click()
    // Search once the note shows: what is typed while it is still being saved searches without it.
    await expect(page.locator('.section-note')).toContainText('repatriation numbers')
    await page.getByRole('combobox', { name: 'Search the reports' }).fill('repatriation')
    const notes = page.getByRole('region', { name: /In your notes/ })
    await expect(notes.locator('mark')).toHaveText(['repatriation'])
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    ).toHaveCount(2)
  })

  test('export to JSON and import it elsewhere: duplicates are skipped', async ({ startApp }) => {
    const exportDir = mkdtempSync(join(tmpdir(), 'reader-export-'))
    const file = join(exportDir, 'notes.json')
    const first = await startApp()
    await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(first.page, P1, QUOTE)
    await first.page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
    await first.page.getByRole('button', { name: 'Add a note to the section Overview' }).click()
    await first.page.getByRole('textbox', { name: 'Note' }).fill('Overview note')
    await first.page.getByRole('button', { name: 'Save' }).click()
    await first.page.getByRole('tab', { name: 'Notes (2)' }).click()
    await first.answerFileDialogs({ save: file })
    await first.page.getByRole('button', { name: 'Export JSON…' }).click()
    await expect(first.page.getByText(`Exported 2 notes to ${file}.`)).toBeVisible()
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('AnnotationCollection')
    await first.answerFileDialogs({ save: join(exportDir, 'notes.md') })
    await first.page.getByRole('button', { name: 'Export Markdown…' }).click()
    await expect(first.page.getByText(/Exported 2 notes to .*notes\.md\./)).toBeVisible()
    expect(readFileSync(join(exportDir, 'notes.md'), 'utf8')).toContain(QUOTE)
    await first.close()

    const second = await startApp({
      userDataDir: mkdtempSync(join(tmpdir(), 'reader-other-user-'))
    })
    await second.page.getByRole('tab', { name: 'Notes (0)' }).click()
    await second.answerFileDialogs({ open: file })
    await second.page.getByRole('button', { name: 'Import JSON…' }).click()
    await expect(second.page.getByText('Imported 2 notes.')).toBeVisible()
    await expect(second.page.locator(`#${P1} mark.hl-green`)).toHaveText(QUOTE)
    await second.page.getByRole('button', { name: 'Import JSON…' }).click()
    await expect(
      second.page.getByText('Nothing new was imported. 2 were already here, so they were skipped.')
    ).toBeVisible()

    // An unreadable file changes nothing.
    await second.answerFileDialogs({ open: join(exportDir, 'notes.md') })
    await second.page.getByRole('button', { name: 'Import JSON…' }).click()
    await expect(second.page.getByText(/Nothing was imported/)).toBeVisible()
    await expect(second.page.getByRole('tab', { name: 'Notes (2)' })).toBeVisible()
  })

  test('a failed save is shown, kept, and saved once the disk works again', async ({
    startApp,
    userDataDir
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The report's notes go to notes/<report>/1.json: a folder in its place makes every write
    // fail, as on a locked disk.
    const file = join(userDataDir, 'notes', 'crt2021-kazakhstan', '1.json')
    rmSync(file, { force: true })
    mkdirSync(file, { recursive: true })
    await selectText(page, P1, QUOTE)
    await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    const banner = page.getByRole('alert').filter({ hasText: 'Your notes could not be saved.' })
    await expect(banner).toBeVisible()
    await expect(page.locator(`#${P1} mark.hl-yellow`)).toHaveText(QUOTE)

    rmSync(file, { recursive: true, force: true })
    await banner.getByRole('button', { name: 'Retry now' }).click()
    await expect(banner).toHaveCount(0)
    expect(readFileSync(file, 'utf8')).toContain(QUOTE)
  })
})

test.describe('a corrected edition of the report', () => {
  test('highlights follow their text, and a deleted passage is listed as unanchored', async ({
    startApp
  }) => {
    const first = await startApp()
    await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
    await selectText(first.page, P1, 'comprehensive CT legal framework')
    await first.page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
    await expect(first.page.locator('mark[data-annotation-id]')).toHaveCount(1)
    await selectText(first.page, P1, QUOTE)
    await first.page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    await expect(first.page.locator('mark[data-annotation-id]')).toHaveCount(2)
    await first.close()

    // The trainer ships a corrected edition: a sentence inserted before the first highlight,
    // and the sentence with the second one removed.
    const generatedDir = editedBundledReport((source) =>
      source
        .replace(
          'Kazakhstan has a comprehensive',
          'This section was revised in 2023.  Kazakhstan has a comprehensive'
        )
        .replace(/President Tokayev signed amendments[^.]*\./, '')
    )
    const second = await startApp({ generatedDir })
    await expect(second.page.locator(`#${P1} mark.hl-green`)).toHaveText(
      'comprehensive CT legal framework'
    )
    await expect(second.page.locator('mark.hl-yellow')).toHaveCount(0)
    await second.page.getByRole('tab', { name: 'Notes (2)' }).click()
    const panel = second.page.getByRole('region', { name: 'Notes and highlights' })
    await expect(panel.getByRole('heading', { name: 'Unanchored (1)' })).toBeVisible()
    await expect(panel.locator('.note-item').last().locator('.note-quote')).toHaveText(QUOTE)

    // Re-attach it to a passage of the new edition.
    await selectText(second.page, P1, 'Law-enforcement officers and prosecutors')
    await panel.getByRole('button', { name: 'Re-attach to selection' }).click()
    await expect(panel.getByRole('heading', { name: /Unanchored/ })).toHaveCount(0)
    await expect(second.page.locator(`#${P1} mark.hl-yellow`)).toHaveText(
      'Law-enforcement officers and prosecutors'
    )
  })
})
