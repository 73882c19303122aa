import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { caretPoint, dragSelect, selectedText } from './fixtures/drag-select'
import { MainGate } from './fixtures/main-gate'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test, type StartApp } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const P2 = 'legislation-law-enforcement-and-border-security-p2'

async function open(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Highlights `text` in paragraph P1 in the colour named `color` (its label). */
async function highlight(page: Page, text: string, color: string) {
  const highlights = () =>
    page
      .locator(`#${P1} mark[data-annotation-id]`)
      .evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-annotation-id'))).size)
  const before = await highlights()
  await selectText(page, P1, text)
  await page
    .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
    .getByRole('button', { name: color })
    .click()
  await expect.poll(highlights).toBe(before + 1)
}

/** Starts the app and highlights "wide discretion" in P1 as Important, its save held by main. */
async function highlightHeldOnItsWay(startApp: StartApp, size: { width: number; height: number }) {
  const mainGate = new MainGate()
  const { page } = await startApp({ mainGate })
  await open(page, size)
  const toolbar = page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })
  const saving = () => mainGate.waiting.filter((c) => c === 'annotations:create').length
  await selectText(page, P1, 'wide discretion')
  mainGate.hold()
  await toolbar.getByRole('button', { name: 'Important' }).click()
  await expect.poll(saving).toBe(1)
  return { page, mainGate, toolbar, saving }
}

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  test.describe(`highlights and notes that behave, at ${size.width}×${size.height}`, () => {
    test('Esc in the note dialog asks before throwing away what was typed', async ({
      startApp
    }) => {
      const { page } = await startApp()
      await open(page, size)
      await selectText(page, P1, 'wide discretion')
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      const dialog = page.getByRole('dialog', { name: 'New highlight' })
      const note = dialog.getByRole('textbox', { name: 'Note' })
      await note.fill('An hour of careful thought.')
      await page.keyboard.press('Escape')
      await expect(dialog.getByRole('alert')).toHaveText('Discard what you changed in this note?')
      await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
      await dialog.getByRole('button', { name: 'Keep editing' }).click()
      await expect(note).toHaveValue('An hour of careful thought.')
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await dialog.getByRole('button', { name: 'Discard' }).click()
      await expect(dialog).toHaveCount(0)
      // With nothing typed, Esc just closes.
      await selectText(page, P1, 'wide discretion')
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      await expect(dialog).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(dialog).toHaveCount(0)
      // Notes are written in their own direction.
      await expect(page.locator('mark[data-annotation-id]')).toHaveCount(0)
    })

    test('an overlapping highlight leaves the older one visible, reachable and with its note', async ({
      startApp
    }) => {
      const { page } = await startApp()
      await open(page, size)
      await selectText(page, P1, 'abolishing the death penalty')
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      const dialog = page.getByRole('dialog', { name: 'New highlight' })
      await dialog.getByRole('radio', { name: 'Evidence' }).check()
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Older note.')
      await dialog.getByRole('button', { name: 'Save' }).click()
      // The dialog closes once the note is on disk.
      await expect(dialog).toHaveCount(0)
      // A newer highlight over its end and beyond.
      await highlight(page, 'death penalty, including', 'Question')
      const older = page.locator(`#${P1} mark.hl-green`)
      const newer = page.locator(`#${P1} mark.hl-blue`)
      await expect(older.first()).toBeVisible()
      // Every piece of the older one is still there, its note marker on its last piece.
      expect((await older.allTextContents()).join('')).toBe('abolishing the death penalty')
      await expect(older.last()).toHaveClass(/has-note/)
      // The overlap shows both: the newer one inside the older, striped with its colour.
      await expect(older.locator('mark.hl-blue.over-green')).toHaveText('death penalty')
      // Both can be reached from the keyboard, each opening its own.
      const focusable = page.locator(`#${P1} mark[data-annotation-id][tabindex="0"]`)
      await expect(focusable).toHaveCount(2)
      await focusable.nth(0).focus()
      await page.keyboard.press('Enter')
      await expect(
        page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' })
      ).toHaveValue('Older note.')
      await page.keyboard.press('Escape')
      await focusable.nth(1).focus()
      await page.keyboard.press('Enter')
      await expect(
        page.getByRole('dialog', { name: 'Highlight' }).getByRole('radio', { name: 'Question' })
      ).toBeChecked()
      await expect(newer.first()).toBeVisible()
    })

    test('a passage selected while the last highlight is still being saved stays selected', async ({
      startApp,
      appTarget
    }) => {
      test.skip(
        appTarget === 'electron',
        'Only the browser harness can hold a save on its way to disk; real Electron answers at its own pace.'
      )
      // A highlight whose save waits for the disk, and the next passage selected meanwhile.
      const { page, mainGate, toolbar, saving } = await highlightHeldOnItsWay(startApp, size)
      await selectText(page, P2, 'foreign wars')
      mainGate.release()
      await expect(page.locator(`#${P1} mark.hl-yellow`)).toHaveText('wide discretion')
      await expect.poll(() => selectedText(page)).toBe('foreign wars')
      await expect(toolbar).toBeVisible()

      // The same with a note: the next passage is selected while the note is being saved.
      await toolbar.getByRole('button', { name: 'Add note…' }).click()
      const dialog = page.getByRole('dialog', { name: 'New highlight' })
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Saved while I read on.')
      mainGate.hold()
      await dialog.getByRole('button', { name: 'Save' }).click()
      await expect.poll(saving).toBe(1)
      await selectText(page, P1, 'abolishing')
      mainGate.release()
      await expect(dialog).toHaveCount(0)
      await expect(page.locator(`#${P2} mark.hl-yellow`)).toHaveText('foreign wars')
      await expect.poll(() => selectedText(page)).toBe('abolishing')
      await toolbar.getByRole('button', { name: 'Question' }).click()
      await expect(page.locator(`#${P1} mark.hl-blue`)).toHaveText('abolishing')
      // Once saved, the passage highlighted is no longer selected.
      await expect.poll(() => selectedText(page)).toBe('')
    })

    test('a passage selected in the same paragraph while its highlight is being saved stays selected', async ({
      startApp,
      appTarget
    }) => {
      test.skip(
        appTarget === 'electron',
        'Only the browser harness can hold a save on its way to disk; real Electron answers at its own pace.'
      )
      // The new mark is drawn into the paragraph the reader is selecting in meanwhile.
      const { page, mainGate, toolbar } = await highlightHeldOnItsWay(startApp, size)
      await selectText(page, P1, 'abolishing')
      mainGate.release()
      await expect(page.locator(`#${P1} mark.hl-yellow`)).toHaveText('wide discretion')
      await expect.poll(() => selectedText(page)).toBe('abolishing')
      await expect(toolbar).toBeVisible()
      await toolbar.getByRole('button', { name: 'Question' }).click()
      await expect(page.locator(`#${P1} mark.hl-blue`)).toHaveText('abolishing')
    })

    test('Ctrl+Z takes back the last changes to the notes, one by one', async ({ startApp }) => {
      const { page } = await startApp()
      await open(page, size)
      await highlight(page, 'wide discretion', 'Important')
      const mark = page.locator(`#${P1} mark[data-annotation-id]`)
      // Recolour, then write a note.
      await mark.click()
      const dialog = page.getByRole('dialog', { name: 'Highlight' })
      await dialog.getByRole('radio', { name: 'Follow up' }).check()
      await dialog.getByRole('button', { name: 'Save' }).click()
      await expect(mark).toHaveClass(/hl-pink/)
      await mark.click()
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Check the 2022 chapter.')
      // In a text field, Ctrl+Z undoes the typing, not the notes.
      await page.keyboard.press('Control+z')
      await expect(mark).toHaveClass(/hl-pink/)
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Check the 2022 chapter.')
      await dialog.getByRole('button', { name: 'Save' }).click()
      await expect(mark).toHaveClass(/has-note/)
      // Delete it.
      await mark.click()
      await dialog.getByRole('button', { name: 'Delete' }).click()
      await expect(mark).toHaveCount(0)

      const said = page.locator('.toast span')
      await page.keyboard.press('Control+z')
      await expect(said.last()).toHaveText('Undone: the deletion.')
      await expect(mark).toHaveClass(/has-note/)
      await page.keyboard.press('Control+z')
      await expect(said.last()).toHaveText('Undone: the change to the note.')
      await expect(mark).not.toHaveClass(/has-note/)
      await page.keyboard.press('Control+z')
      await expect(said.last()).toHaveText('Undone: the colour change.')
      await expect(mark).toHaveClass(/hl-yellow/)
      await page.keyboard.press('Control+z')
      await expect(said.last()).toHaveText('Undone: the new highlight.')
      await expect(mark).toHaveCount(0)
      await page.keyboard.press('Control+z')
      await expect(said.last()).toHaveText('Nothing to undo.')
    })

    test('tags are one tag whatever their case, with the reader’s own tags suggested', async ({
      startApp
    }) => {
      const { page } = await startApp()
      await open(page, size)
      await selectText(page, P1, 'wide discretion')
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      const first = page.getByRole('dialog', { name: 'New highlight' })
      await first.getByRole('textbox', { name: /Tags/ }).fill('Numbers, law')
      await first.getByRole('button', { name: 'Save' }).click()
      await expect(first).toHaveCount(0)

      await selectText(page, P1, 'abolishing the death penalty')
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      const second = page.getByRole('dialog', { name: 'New highlight' })
      const tags = second.getByRole('textbox', { name: /Tags/ })
      await tags.fill('num')
      await second
        .getByRole('group', { name: 'Your tags' })
        .getByRole('button', { name: 'Numbers' })
        .click()
      await expect(tags).toHaveValue('Numbers, ')
      await tags.fill('numbers, LAW')
      await second.getByRole('button', { name: 'Save' }).click()
      await showSidebar(page)
      await page.getByRole('tab', { name: /Notes/ }).click()
      const tagLists = page.locator('.note-item').getByRole('list', { name: 'Tags' })
      await expect(tagLists.nth(0).getByRole('listitem')).toHaveText(['Numbers', 'law'])
      await expect(tagLists.nth(1).getByRole('listitem')).toHaveText(['Numbers', 'law'])
    })

    test('the notes panel: long notes shortened, find by words, delete, notes in their own direction', async ({
      startApp
    }) => {
      const { page } = await startApp()
      await open(page, size)
      const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
      for (const [text, note] of [
        ['wide discretion', long],
        ['abolishing the death penalty', 'ملاحظة بالعربية عن القانون'],
        ['Committee for National Security', 'Ask about the KNB.']
      ] as const) {
        await selectText(page, P1, text)
        await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
        const dialog = page.getByRole('dialog', { name: 'New highlight' })
        await dialog.getByRole('textbox', { name: 'Note' }).fill(note)
        await dialog.getByRole('button', { name: 'Save' }).click()
        await expect(dialog).toHaveCount(0)
      }
      await showSidebar(page)
      await page.getByRole('tab', { name: 'Notes (3)' }).click()
      const items = page.locator('.note-item')
      await expect(items).toHaveCount(3)
      // The 2,600-character note is shortened: the panel stays the height of a few notes.
      const longItem = items.filter({ hasText: 'word399' })
      const shortHeight = await longItem.evaluate((el) => el.getBoundingClientRect().height)
      expect(shortHeight).toBeLessThan(400)
      await longItem.getByRole('button', { name: 'Show more' }).click()
      expect(await longItem.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(
        shortHeight
      )
      await longItem.getByRole('button', { name: 'Show less' }).click()
      // A note in Arabic reads right to left.
      const arabic = items.filter({ hasText: 'ملاحظة' }).locator('.note-text')
      await expect(arabic).toHaveCSS('direction', 'rtl')
      // Find by words of the quote or the note.
      const find = page.getByRole('searchbox', { name: 'Find' })
      await find.fill('knb')
      await expect(items).toHaveCount(1)
      await find.fill('')
      await expect(items).toHaveCount(3)
      // Delete from the panel, with Undo.
      await items
        .filter({ hasText: 'Ask about the KNB.' })
        .getByRole('button', { name: 'Delete' })
        .click()
      await expect(items).toHaveCount(2)
      await page
        .getByRole('status')
        .filter({ hasText: 'Highlight deleted.' })
        .getByRole('button', { name: 'Undo' })
        .click()
      await expect(items).toHaveCount(3)
    })

    test('a highlight over two paragraphs: made by dragging, shown in both, kept and exported', async ({
      startApp,
      userDataDir
    }) => {
      const first = await startApp()
      const { page } = first
      await open(page, size)
      const P2 = 'legislation-law-enforcement-and-border-security-p2'
      const text = (id: string) => page.locator(`#${id}`).evaluate((el) => el.textContent ?? '')
      const [t1, t2] = [await text(P1), await text(P2)]
      const start = t1.indexOf('President Tokayev')
      const from = await caretPoint(page, P1, start, { scroll: true })
      const to = await caretPoint(page, P2, 'Kazakhstani law'.length, { side: 'after' })
      await dragSelect(page, from, to)
      const toolbar = page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })
      await toolbar.getByRole('button', { name: 'Add note…' }).click()
      const dialog = page.getByRole('dialog', { name: 'New highlight' })
      await expect(dialog.locator('.dialog-subject')).toContainText('Kazakhstani law')
      await dialog.getByRole('textbox', { name: 'Note' }).fill('Spans two paragraphs.')
      await dialog.getByRole('button', { name: 'Save' }).click()
      const inFirst = page.locator(`#${P1} mark[data-annotation-id]`)
      const inSecond = page.locator(`#${P2} mark[data-annotation-id]`)
      await expect(inFirst).toHaveText(t1.slice(start))
      await expect(inSecond).toHaveText('Kazakhstani law')
      // One highlight: reached once from the keyboard, its note marker at its end.
      const id = await inFirst.getAttribute('data-annotation-id')
      await expect(page.locator(`mark[data-annotation-id="${id}"][tabindex="0"]`)).toHaveCount(1)
      await expect(inFirst).not.toHaveClass(/has-note/)
      await expect(inSecond).toHaveClass(/has-note/)
      expect(t2.startsWith('Kazakhstani law')).toBe(true)
      // Exported and imported elsewhere, it is the same passage.
      const file = join(userDataDir, 'notes.json')
      await showSidebar(page)
      await page.getByRole('tab', { name: /Notes/ }).click()
      await first.answerFileDialogs({ save: file })
      await page.getByRole('button', { name: 'Export JSON…' }).click()
      await expect.poll(() => existsSync(file)).toBe(true)
      await first.close()

      const other = await startApp({ userDataDir: mkdtempSync(join(tmpdir(), 'reader-range-')) })
      await open(other.page, size)
      await showSidebar(other.page)
      await other.page.getByRole('tab', { name: /Notes/ }).click()
      await other.answerFileDialogs({ open: file })
      await other.page.getByRole('button', { name: 'Import JSON…' }).click()
      await expect(other.page.locator(`#${P1} mark[data-annotation-id]`)).toHaveText(
        t1.slice(start)
      )
      await expect(other.page.locator(`#${P2} mark[data-annotation-id]`)).toHaveText(
        'Kazakhstani law'
      )
    })
  })
}
