import { buildEdition, FIELD_GUIDE } from './fixtures/content'
import { selectText } from './fixtures/select-text'
import type { Page } from '@playwright/test'
import type { LaunchedApp } from './fixtures/launch-app'
import { MainGate } from './fixtures/main-gate'
import { expect, test } from './fixtures/test'

test.describe('search', () => {
  test('results appear as you type, grouped by section, with exactly the words marked', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Control+K')
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await expect(box).toBeFocused()
    await page.keyboard.type('Egmo')
    const results = page.getByRole('listbox', { name: 'Search results' })
    await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText(
      '1 matching paragraph'
    )
    await expect(
      results.getByRole('group', { name: 'Countering the Financing of Terrorism' })
    ).toBeVisible()
    await expect(results.locator('mark')).toHaveText(['Egmont'])
    // The contents give way to the results while searching.
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0)
  })

  test('a misspelled name is corrected and says so', async ({ startApp }) => {
    const { page } = await startApp()
    await page.getByRole('combobox', { name: 'Search the reports' }).fill('Tokaev ')
    await expect(page.getByText('Showing results for')).toContainText('Tokayev')
    await expect(page.getByRole('listbox', { name: 'Search results' }).locator('mark')).toHaveText([
      'Tokayev'
    ])
  })

  test('odd input gets a friendly message, never an error', async ({ startApp }) => {
    const app = await startApp()
    const box = app.page.getByRole('combobox', { name: 'Search the reports' })
    for (const [input, message] of [
      ['the ', /too common/],
      ['-terrorism ', /only leaves paragraphs out/],
      ['zzyzx ', /Nothing in the text matches/]
    ] as const) {
      await box.fill(input)
      // One message, alone: no "0 matching paragraphs" beside it.
      await expect(app.page.locator('.search-status')).toHaveText(message)
    }
    for (const input of ['Overview:', '*', '--help', 'foo:', '"', 'terror~', '+the']) {
      await box.fill(input)
      await expect(app.page.locator('.search-status')).toHaveText(/\S/)
    }
    expect(app.consoleErrors).toEqual([])
  })

  test('keyboard: arrows choose, Enter opens and steps through every hit, Esc clears', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Control+F')
    await page.keyboard.type('repatriated')
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    await expect(options).toHaveCount(2)
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowUp')
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')

    await page.keyboard.press('Enter')
    const text = page.getByRole('main', { name: 'Report text' })
    await expect(text.locator('mark')).toHaveText(['repatriated', 'repatriated'])
    const counter = page.locator('.hit-counter')
    await expect(counter).toHaveText(/^[12] of 2 hits$/)
    const active = text.locator('mark[aria-current="true"]')
    await expect(active).toBeInViewport()
    const first = await counter.textContent()

    await page.keyboard.press('Enter')
    await expect(counter).not.toHaveText(first ?? '')
    await page.keyboard.press('Enter') // wraps around
    await expect(counter).toHaveText(first ?? '')
    await page.keyboard.press('Shift+Enter')
    await expect(counter).not.toHaveText(first ?? '')
    await page.keyboard.press('F3')
    await expect(counter).toHaveText(first ?? '')
    await expect(active).toBeInViewport()

    await page.keyboard.press('Escape')
    await expect(text.locator('mark')).toHaveCount(0)
    await expect(page.getByRole('combobox', { name: 'Search the reports' })).toHaveValue('')
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible()
  })

  test('a quoted phrase marks the phrase, not its words elsewhere', async ({ startApp }) => {
    const { page } = await startApp()
    await page
      .getByRole('combobox', { name: 'Search the reports' })
      .fill('"illegal border crossing"')
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    ).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main', { name: 'Report text' }).locator('mark')).toHaveText([
      'illegal border crossing',
      'illegal border crossing'
    ])
  })

  test('with several reports: filter by report, and a result opens its report', async ({
    startApp
  }) => {
    const generatedDir = buildEdition({ extra: FIELD_GUIDE })
    const { page } = await startApp({ generatedDir })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Country Reports on Terrorism 2021: Kazakhstan'
    )
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await box.fill('notes ')
    await expect(page.getByRole('group', { name: 'Field Guide to the Reader' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Search in' }).selectOption({
      label: 'Country Reports on Terrorism 2021: Kazakhstan'
    })
    await expect(page.locator('.search-status')).toHaveText(
      /Nothing in the text matches|No matches/
    )
    await page.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'All reports' })
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field Guide to the Reader')
    // The section heading "Keeping Notes" is a hit too, before its paragraph.
    await expect(page.getByRole('main', { name: 'Report text' }).locator('mark')).toHaveText([
      'Notes',
      'notes'
    ])
    await expect(page.locator('.hit-counter')).toHaveText('2 of 2 hits')
  })

  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 }
  ]) {
    test.describe(`at ${size.width}×${size.height}`, () => {
      /** The app at this size with the report shown, its search box and the results' status. */
      const openAtSize = async (
        startApp: (options?: object) => Promise<LaunchedApp>,
        options?: object
      ) => {
        const { page } = await startApp(options)
        await page.setViewportSize(size)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        return {
          page,
          box: page.getByRole('combobox', { name: 'Search the reports' }),
          status: page.locator('.search-status')
        }
      }

      /** A note on a passage of the first paragraph, once it is on disk. */
      const addNote = async (page: Page, note: string) => {
        await selectText(page, 'overview-p1', 'Kazakhstan remained on guard')
        await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
        const dialog = page.getByRole('dialog', { name: 'New highlight' })
        await dialog.getByRole('textbox', { name: 'Note' }).fill(note)
        await dialog.getByRole('button', { name: 'Save' }).click()
        // The dialog closes once the note is on disk; until then the page behind it takes no typing.
        await expect(dialog).toHaveCount(0)
      }

      test('typing word by word never shows a failed word and never widens the results', async ({
        startApp
      }) => {
        const { page, box, status } = await openAtSize(startApp)
        const typed = 'law enforcement officers from'
        let wordTotal = Infinity
        for (let i = 1; i <= typed.length; i++) {
          const query = typed.slice(0, i)
          await box.fill(query)
          // The answer for this query (not the previous one) is on screen.
          await expect(status).toHaveText(/matching|Keep typing/)
          await expect(status).not.toHaveText(/Nothing in the text|Searching/)
          await expect(page.getByText(/some of them/)).toHaveCount(0)
          const total = Number(
            (await status.textContent())?.match(/^([\d,]+) matching/)?.[1]?.replaceAll(',', '') ?? 0
          )
          if (query.endsWith(' ')) wordTotal = total
          else expect(total, JSON.stringify(query)).toBeLessThanOrEqual(wordTotal)
        }
      })

      test('the arrow keys keep the chosen result in view', async ({ startApp }) => {
        const { page, box } = await openAtSize(startApp)
        await box.fill('Kazakhstan ')
        const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
        await expect(options.nth(7)).toBeAttached()
        for (let i = 0; i < 7; i++) await box.press('ArrowDown')
        await expect(options.nth(7)).toHaveAttribute('aria-selected', 'true')
        await expect(options.nth(7)).toBeInViewport({ ratio: 0.95 })
      })

      test('a heading: search marks the heading and steps to it', async ({ startApp }) => {
        const { page, box } = await openAtSize(startApp)
        await box.fill('heading:financing')
        await expect(
          page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
        ).toHaveCount(1)
        await box.press('Enter')
        await expect(page.locator('.hit-counter')).toHaveText('1 of 1 hit')
        const heading = page.getByRole('heading', { name: 'Countering the Financing of Terrorism' })
        await expect(heading.locator('mark.hit-active')).toHaveText('Financing')
        await expect(heading).toBeInViewport()
      })

      for (const scheme of ['light', 'dark'] as const) {
        test(`search hits and highlights never look alike (${scheme})`, async ({ startApp }) => {
          const { page } = await startApp()
          await page.setViewportSize(size)
          await page.emulateMedia({ colorScheme: scheme })
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          // A yellow highlight over "Committee", then a search that hits "Committee" too.
          await selectText(
            page,
            'countering-the-financing-of-terrorism-p1',
            'Committee on Financial'
          )
          await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
          const box = page.getByRole('combobox', { name: 'Search the reports' })
          await box.fill('committee ')
          await box.press('Enter')
          const text = page.getByRole('main', { name: 'Report text' })
          const look = (selector: string) =>
            text
              .locator(selector)
              .first()
              .evaluate((el) => {
                const style = getComputedStyle(el)
                return { background: style.backgroundColor, boxShadow: style.boxShadow }
              })
          const highlight = await look('mark.hl-yellow')
          const hit = await look('mark.hit:not(.hit-active)')
          const transparent = 'rgba(0, 0, 0, 0)'
          // A highlight is a fill without a box; a hit is a box without a fill of its own.
          expect(highlight.background).not.toBe(transparent)
          expect(highlight.boxShadow).toBe('none')
          expect(hit.background).toBe(transparent)
          expect(hit.boxShadow).toMatch(/inset/)
          // The hit inside the highlight shows both: its box, on the highlight's fill.
          await expect(text.locator('mark.hl-yellow mark.hit')).toHaveCount(1)
        })
      }

      test('the Notes tab stays while searching, and the search finds notes in any script', async ({
        startApp
      }) => {
        const { page, box } = await openAtSize(startApp)
        await addNote(page, 'مُكَافَحَة الإرهاب — قارن مع ٢٠٢٠')
        await box.fill('مكافحة ')
        const found = page.getByRole('region', { name: /In your notes/ })
        await expect(found.getByRole('button')).toHaveCount(1)
        await expect(page.getByRole('tab', { name: 'Results' })).toHaveAttribute(
          'aria-selected',
          'true'
        )
        await page.getByRole('tab', { name: 'Notes (1)' }).click()
        await expect(page.locator('.note-item')).toHaveCount(1)
        await expect(box).toHaveValue('مكافحة ')
        await box.press('Escape')
        await expect(page.getByRole('tab', { name: 'Results' })).toHaveCount(0)
        await expect(page.getByRole('tab', { name: 'Notes (1)' })).toHaveAttribute(
          'aria-selected',
          'true'
        )
      })

      test('a note saved while a search stands joins its results', async ({ startApp }) => {
        const { page, box } = await openAtSize(startApp)
        await box.fill('hotline ')
        const found = page.getByRole('region', { name: /In your notes/ })
        await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
        await expect(found.getByRole('button')).toHaveCount(0)
        await addNote(page, 'Ask about the hotline.')
        await expect(found.getByRole('button')).toHaveCount(1)
        await expect(box).toHaveValue('hotline ')
      })

      test("the report's results show while the notes are still being searched", async ({
        startApp,
        appTarget
      }) => {
        test.skip(
          appTarget === 'electron',
          'Only the browser harness can hold a call on its way; real Electron answers at its own pace.'
        )
        const mainGate = new MainGate()
        const { page, box } = await openAtSize(startApp, { mainGate })
        await addNote(page, 'Ask about the hotline.')

        // The notes' search waits (as it may for seconds right after a big import): the report's
        // results do not.
        mainGate.hold(['search:notes'])
        await box.fill('hotline ')
        await expect.poll(() => mainGate.waiting).toContain('search:notes')
        const results = page.getByRole('listbox', { name: 'Search results' })
        await expect(results.getByRole('option').first()).toBeVisible()
        const found = page.getByRole('region', { name: /In your notes/ })
        await expect(found.getByRole('button')).toHaveCount(0)
        mainGate.release()
        await expect(found.getByRole('button')).toHaveCount(1)
        await expect(results.getByRole('option').first()).toBeVisible()
      })

      test('a word nothing matches says so as it is typed, not "keep typing"', async ({
        startApp
      }) => {
        const { box, status } = await openAtSize(startApp)
        // Letter by letter, as typed: a letter alone waits, a start no word has is said at once.
        for (const [typed, message] of [
          ['F', 'Keep typing to search.'],
          ['FAT', 'No word in the text starts with “fat”.'],
          ['FATF', 'No word in the text starts with “fatf”.'],
          ['FATF ', 'Nothing in the text matches “fatf”.']
        ] as const) {
          await box.pressSequentially(typed.slice((await box.inputValue()).length))
          await expect(status, typed).toHaveText(message)
        }
        for (const [typed, message] of [
          ['heading:', 'Type a word after “heading:” to search the section headings only.'],
          ['"', 'Type the words of the phrase after the quote.']
        ] as const) {
          await box.fill('')
          await box.pressSequentially(typed)
          await expect(status, typed).toHaveText(message)
        }
      })

      test('a phrase being typed keeps its paragraph while its last word is typed', async ({
        startApp
      }) => {
        const { page, box, status } = await openAtSize(startApp)
        const phrase = '"illegal border crossing"'
        for (let i = '"illegal b'.length; i <= phrase.length; i++) {
          await box.fill(phrase.slice(0, i))
          await expect(status, phrase.slice(0, i)).toHaveText('1 matching paragraph')
        }
        // The phrase is marked whole wherever it stands, and nothing else is marked.
        const marks = page.getByRole('listbox', { name: 'Search results' }).locator('mark')
        await expect(marks.first()).toHaveText('illegal border crossing')
        expect(new Set(await marks.allTextContents())).toEqual(new Set(['illegal border crossing']))
      })

      test('a guess is not an answer: no correction beside the rest, no lone digit', async ({
        startApp
      }) => {
        const { page, box, status } = await openAtSize(startApp)
        const results = page.getByRole('listbox', { name: 'Search results' })
        await box.fill('Lessons of 1989 ')
        await expect(status).toHaveText('Nothing in the text matches “lessons” or “1989”.')
        await expect(page.getByText('Showing results for')).toHaveCount(0)
        await expect(results.getByRole('option')).toHaveCount(0)
        await box.fill('<script>alert(1)</script>')
        await expect(status).toHaveText('Nothing in the text matches “script” or “alert”.')
        await expect(results.getByRole('option')).toHaveCount(0)
      })

      test('the counts say what they count, and a heading match is marked', async ({
        startApp
      }) => {
        const { page, box, status } = await openAtSize(startApp)
        const results = page.getByRole('listbox', { name: 'Search results' })
        await box.fill('border')
        await expect(status).toHaveText('4 matching paragraphs')
        // Found by its heading alone ("… and Border Security"): the heading's word is marked.
        await expect(
          results.locator('.result-section mark', { hasText: 'Border' }).first()
        ).toBeAttached()
        await box.press('Enter')
        await expect(page.locator('.hit-counter')).toHaveText(/^\d+ of \d+ hits$/)
      })

      test('plain messages: a phrase quoted once, pasted noise in one line', async ({
        startApp
      }) => {
        const { box, status } = await openAtSize(startApp)
        await box.fill('"border terrorism" ')
        await expect(status).toHaveText('No paragraph has the phrase “border terrorism”.')
        await box.fill(
          Array.from({ length: 300 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(
            ''
          )
        )
        await expect(status).toHaveText(
          /^(Nothing in the text matches “[^”]*”(, “[^”]*”){0,2}( or (“[^”]*”|\d+ other words?))?\.|No matches for .*)$/
        )
      })
    })
  }
})
