import type { Page } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { piledNotes, webAnnotationFile } from './fixtures/many-notes'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

// Importing 10,000–20,000 notes goes through main's real store; on a busy 2-core machine that is
// minutes. These bounds catch a hang, never a slow machine.
test.describe.configure({ timeout: 900_000 })
const IMPORT_BOUND_MS = 600_000

/** Imports `file` with the notes panel's button and waits until its notes are listed. */
async function importNotes(
  page: Page,
  file: string,
  count: number,
  answer: (f: string) => Promise<void>
) {
  await showSidebar(page)
  await page.getByRole('tab', { name: /^Notes/ }).click()
  await answer(file)
  const transfer = page.getByRole('group', { name: 'Export and import' })
  await transfer.getByRole('button', { name: 'Import JSON…' }).click()
  // On its way, the import says how far it got (see notes-import-progress.spec.ts).
  await expect(transfer.getByRole('status')).toHaveText(
    `Imported ${count.toLocaleString('en')} notes.`,
    { timeout: IMPORT_BOUND_MS }
  )
  await expect(page.getByRole('tab', { name: `Notes (${count})` })).toBeVisible({
    timeout: IMPORT_BOUND_MS
  })
}

/** Each window size and theme, with no axe violation in `view`. */
async function checkEverySizeAndTheme(page: Page, view: string, check: () => Promise<void>) {
  for (const size of WINDOW_SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
      await check()
      await expectNoViolations(page, `${view} at ${size.width}×${size.height}, ${scheme}`)
    }
  }
}

test('10,000 notes on one passage are one mark with their count; the window answers and each note can be opened from the keyboard', async ({
  startApp
}) => {
  const app = await startAppAt(startApp, WINDOW_SIZES[0], { scheme: 'light' })
  const { page } = app
  const file = webAnnotationFile(piledNotes(10_000, 1, (i) => `Comment ${i + 1} on the overview.`))
  await importNotes(page, file, 10_000, (f) => app.answerFileDialogs({ open: f }))

  const marks = page.locator('mark[data-annotation-id]')
  await expect(marks).toHaveCount(1)
  await expect(marks).toHaveAttribute('data-count', '10,000')
  await expect(marks).toHaveAccessibleDescription(/^10,000 notes on this passage/)
  await checkEverySizeAndTheme(page, 'the text with a pile of 10,000 notes', async () => {
    await expect(marks).toHaveCount(1)
  })

  // From the keyboard: the mark, Enter, the list of its notes (newest first), Enter on one.
  await page.keyboard.press('Escape')
  await marks.focus()
  await page.keyboard.press('Enter')
  const chooser = page.getByRole('dialog', { name: '10,000 notes on this passage' })
  await expect(chooser).toBeVisible()
  await expect(chooser.getByRole('status')).toHaveText(
    '10,000 of 10,000 notes. Choose one to open it.'
  )
  const rows = chooser.getByRole('listitem')
  await expect(rows.first()).toContainText('Comment 10000 on the overview.')
  // Only what is in view is laid out.
  expect(await rows.count()).toBeLessThan(100)
  await checkEverySizeAndTheme(page, 'the list of a pile', async () => {
    await expect(chooser).toBeVisible()
  })
  await chooser.getByRole('searchbox', { name: 'Find in these notes' }).fill('4321')
  await expect(chooser.getByRole('status')).toHaveText('1 of 10,000 notes. Choose one to open it.')
  await page.keyboard.press('Tab')
  await expect(chooser.getByRole('button', { name: /Comment 4321 on the overview/ })).toBeFocused()
  await page.keyboard.press('Enter')
  const editor = page.getByRole('dialog', { name: 'Highlight' })
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Comment 4321 on the overview.'
  )
})

test('20,000 notes on ten passages are ten marks; the notes list scrolls to the last note, and a note is reached from the keyboard', async ({
  startApp
}) => {
  const app = await startAppAt(startApp, WINDOW_SIZES[1], { scheme: 'dark' })
  const { page } = app
  const file = webAnnotationFile(
    piledNotes(20_000, 10, (i) => `Finding ${i + 1}: the analyst's remark on this passage.`)
  )
  await importNotes(page, file, 20_000, (f) => app.answerFileDialogs({ open: f }))

  const marks = page.locator('mark[data-annotation-id]')
  await expect(marks).toHaveCount(10)
  for (const mark of await marks.all()) await expect(mark).toHaveAttribute('data-count', '2,000')

  const panel = page.getByRole('region', { name: 'Notes and highlights' })
  await expect(panel.getByRole('status').last()).toHaveText('20,000 of 20,000 notes')
  await panel.getByRole('combobox', { name: 'Sort' }).selectOption('newest')
  await expect(panel.locator('.note-item').first()).toContainText('Finding 20000:')
  // Only what is in view is laid out; the list scrolls to its end, the oldest note.
  expect(await panel.locator('.note-item').count()).toBeLessThan(100)
  await page.locator('#sidebar').evaluate((sidebar) => (sidebar.scrollTop = sidebar.scrollHeight))
  await expect(panel.locator('.note-item').filter({ hasText: 'Finding 1:' })).toBeVisible()
  await checkEverySizeAndTheme(page, 'the notes panel with 20,000 notes', async () => {
    await showSidebar(page)
    await expect(panel.locator('.note-item').first()).toBeVisible()
  })

  // Find narrows the list; Tab reaches the note's "Go to", which brings its pile's mark into view.
  await showSidebar(page)
  await panel.getByRole('searchbox').fill('12345')
  await expect(panel.getByRole('status').last()).toHaveText('1 of 20,000 notes')
  const item = panel.locator('.note-item')
  await expect(item).toHaveCount(1)
  await panel.getByRole('searchbox').focus()
  for (let i = 0; i < 10; i++) {
    if (
      await item
        .getByRole('button', { name: 'Go to' })
        .evaluate((b) => b === document.activeElement)
    )
      break
    await page.keyboard.press('Tab')
  }
  await expect(item.getByRole('button', { name: 'Go to' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('mark[data-annotation-id]:focus')).toHaveAttribute(
    'data-count',
    '2,000'
  )
})
