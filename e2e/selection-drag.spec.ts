import type { Page } from '@playwright/test'
import {
  caretPoint,
  clearSelection,
  dragSelect,
  selectedText,
  wordsOf,
  type Word
} from './fixtures/drag-select'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * Selecting by dragging, as a reader does before highlighting: press, move in several steps,
 * release. A drag that selected only the space before "Committee" once froze the window (a render
 * loop); the fixture's render-loop guard and answer check run after every spec here too.
 */

const SCHEMES = ['light', 'dark'] as const

const toolbarOf = (page: Page) =>
  page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })

async function paragraphs(page: Page): Promise<{ id: string; text: string }[]> {
  return page
    .locator('p[data-paragraph]')
    .evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent ?? '' })))
}

const middleOf = (word: Word) => word.start + Math.max(1, Math.floor((word.end - word.start) / 2))

/**
 * Drags from caret offset `from` to `to` in one paragraph and checks what the reader sees: the
 * dragged text selected, and the toolbar offered for it.
 */
async function dragAndExpect(
  page: Page,
  paragraph: { id: string; text: string },
  from: number,
  to: number,
  how: string
): Promise<void> {
  await clearSelection(page)
  await expect(toolbarOf(page)).toHaveCount(0)
  // Backwards drags press after a character and release before one; forwards the other way.
  const start = await caretPoint(page, paragraph.id, from, {
    side: from > to ? 'after' : 'before',
    scroll: true
  })
  const end = await caretPoint(page, paragraph.id, to, { side: from > to ? 'before' : 'after' })
  await dragSelect(page, start, end)
  const expected = paragraph.text.slice(Math.min(from, to), Math.max(from, to))
  expect(await selectedText(page), `${how} in ${paragraph.id}`).toBe(expected)
  await expect(toolbarOf(page), `${how} in ${paragraph.id}`).toBeVisible()
}

for (const size of WINDOW_SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`dragging to select at ${size.width}×${size.height}, ${scheme}`, () => {
      test('in every paragraph: forwards and backwards, from the start, middle and end of words', async ({
        startApp
      }) => {
        const { page } = await startApp()
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

        for (const paragraph of await paragraphs(page)) {
          const words = wordsOf(paragraph.text)
          const last = words.length - 1
          const at = (i: number) => words[Math.max(0, Math.min(i, last))] as Word
          await dragAndExpect(page, paragraph, at(0).start, at(6).end, 'start → end of a word')
          await dragAndExpect(
            page,
            paragraph,
            at(last).end,
            at(last - 4).start,
            'backwards: end → start of a word'
          )
          await dragAndExpect(
            page,
            paragraph,
            middleOf(at(2)),
            middleOf(at(14)),
            'middle → middle of a word, across lines'
          )
          await dragAndExpect(
            page,
            paragraph,
            middleOf(at(last - 1)),
            middleOf(at(last - 10)),
            'backwards: middle → middle of a word'
          )

          // The gesture that froze the window: press at the start of a word, move about 10 px
          // left and down. Whatever it selects, the page answers and offers the toolbar exactly
          // when there is text to highlight.
          await clearSelection(page)
          const press = await caretPoint(page, paragraph.id, at(3).start, { scroll: true })
          await dragSelect(page, press, { x: press.x - 10, y: press.y + 10 })
          const selected = await selectedText(page)
          await expect(toolbarOf(page)).toHaveCount(selected.trim() === '' ? 0 : 1)
        }
      })

      test('over highlights and search marks, and across two paragraphs', async ({ startApp }) => {
        const { page } = await startApp()
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const [first, second] = (await paragraphs(page)).filter((p) =>
          p.id.startsWith('legislation-law-enforcement-and-border-security-')
        ) as [{ id: string; text: string }, { id: string; text: string }]

        // A highlight made by dragging, then drags that start and end inside it.
        const quote = 'abolishing the death penalty'
        const at = first.text.indexOf(quote)
        await dragAndExpect(page, first, at, at + quote.length, 'a new highlight')
        await toolbarOf(page).getByRole('button', { name: 'Evidence' }).click()
        await expect(page.locator(`#${first.id} mark.hl-green`)).toHaveText(quote)
        const death = first.text.indexOf('death')
        await dragAndExpect(
          page,
          first,
          death + 2,
          first.text.length - 1,
          'from inside a highlight'
        )
        await dragAndExpect(page, first, death + 2, at - 20, 'backwards out of a highlight')

        // An opened search result marks every "terrorism" in the text; drag across one of them.
        const box = page.getByRole('combobox', { name: 'Search the reports' })
        await box.fill('terrorism')
        await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
        await box.press('Enter')
        await expect(page.locator(`#${first.id} mark.hit`).first()).toBeVisible()
        // The reader brings the chosen hit into view after drawing the marks; measuring before
        // that scroll would press where the text used to be.
        await expect(page.locator('mark.hit-active')).toBeInViewport()
        const hit = first.text.indexOf('terrorism')
        await dragAndExpect(page, first, hit - 8, hit + 'terrorism'.length + 4, 'across a hit')
        await dragAndExpect(page, first, hit + 3, hit - 12, 'backwards from inside a hit')

        // Across two paragraphs: both parts selected, and the toolbar offered for them.
        await clearSelection(page)
        const from = await caretPoint(page, first.id, first.text.length - 5, { scroll: true })
        const to = await caretPoint(page, second.id, 6, { side: 'after' })
        await dragSelect(page, from, to)
        const selected = await selectedText(page)
        expect(selected).toContain(first.text.slice(-5))
        expect(selected).toContain(second.text.slice(0, 6))
        await expect(toolbarOf(page)).toBeVisible()
      })
    })
  }
}
