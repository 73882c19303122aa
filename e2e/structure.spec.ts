import type { Page, TestInfo } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { buildEdition, exampleEdition } from './fixtures/content'
import { caretPoint, clearSelection, dragSelect, selectedText } from './fixtures/drag-select'
import type { LaunchedApp, LaunchOptions } from './fixtures/launch-app'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * A report with structure (issue 11 §1): the example edition's field guide, built from Markdown
 * by the real content pipeline, has nested sections, ordered and unordered nested lists, a table
 * with a header row, a quote and footnotes. The reader draws each as what it is, and search
 * marks, highlights and selections work in a list item or a table cell as in a paragraph.
 */

const TABLE = 'what-a-query-can-say'
const STEPS = 'stepping-through-the-hits'
const COLOURS = 'the-four-colours'

/** Starts the app on the example edition at `size`, opened on the field guide. */
async function openFieldGuide(
  startApp: (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>,
  size: { width: number; height: number },
  generatedDir: string
): Promise<LaunchedApp> {
  const app = await startApp({ generatedDir })
  await app.page.setViewportSize(size)
  const title = app.page.getByRole('heading', { level: 1 })
  await expect(title).toBeVisible()
  if ((await title.textContent()) !== 'Field Guide to the Reader') {
    await app.page
      .getByRole('combobox', { name: 'Report', exact: true })
      .selectOption({ label: 'Field Guide to the Reader' })
  }
  await expect(title).toHaveText('Field Guide to the Reader')
  return app
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const pane = document.querySelector('.reading-pane') as HTMLElement
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      pane: pane.scrollWidth - pane.clientWidth
    }
  })
  expect(widths).toEqual({ page: 0, pane: 0 })
}

/** A screenshot in the test's output folder (test-results/…), attached to the report, to look at. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

for (const size of WINDOW_SIZES) {
  test.describe(`a report with structure at ${size.width}×${size.height}`, () => {
    test('a nested contents list, keyboard first, with the current section marked', async ({
      startApp
    }) => {
      const { page } = await openFieldGuide(startApp, size, exampleEdition())
      await showSidebar(page)
      const contents = page.getByRole('navigation', { name: 'Contents' })
      await expect(contents.locator(':scope > ol > li > a')).toHaveText([
        'Using this reader in the field',
        'Searching',
        'Highlights and notes',
        'Working offline',
        'Footnotes'
      ])
      // Subsections are lists inside their section's item, to the third level.
      const searching = contents.locator(':scope > ol > li').nth(1)
      await expect(searching.locator(':scope > ol > li > a')).toHaveText([
        'What a query can say',
        'Stepping through the hits'
      ])
      const highlights = contents.locator(':scope > ol > li').nth(2)
      await expect(highlights.locator(':scope > ol > li > a')).toHaveText(['The four colours'])
      await expect(highlights.locator(':scope > ol > li > ol > li > a')).toHaveText([
        'When a new edition arrives'
      ])
      await expect(contents.getByRole('list')).toHaveCount(4)

      // From the keyboard: Tab reaches a subsection's entry, Enter goes there.
      await contents.getByRole('link', { name: 'Searching' }).focus()
      await page.keyboard.press('Tab')
      await expect(contents.getByRole('link', { name: 'What a query can say' })).toBeFocused()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      const heading = page.getByRole('heading', { level: 3, name: 'Stepping through the hits' })
      await expect(heading).toBeFocused()
      await expect(heading).toBeInViewport()
      await showSidebar(page)
      await expect(
        contents.getByRole('link', { name: 'Stepping through the hits' })
      ).toHaveAttribute('aria-current', 'location')
      // The section it lies in is marked too, quietly (not as current).
      await expect(contents.getByRole('link', { name: 'Searching' })).toHaveClass(
        /toc-contains-current/
      )
      await expect(contents.locator('a[aria-current]')).toHaveCount(1)

      // The deepest level, by the keyboard too.
      await contents.getByRole('link', { name: 'When a new edition arrives' }).focus()
      await page.keyboard.press('Enter')
      await expect(
        page.getByRole('heading', { level: 4, name: 'When a new edition arrives' })
      ).toBeFocused()
      await showSidebar(page)
      await expect(
        contents.getByRole('link', { name: 'When a new edition arrives' })
      ).toHaveAttribute('aria-current', 'location')
      for (const name of ['Highlights and notes', 'The four colours']) {
        await expect(contents.getByRole('link', { name, exact: true })).toHaveClass(
          /toc-contains-current/
        )
      }
    })

    test('headings at their level, numbered nested lists, a table, a quote and footnotes', async ({
      startApp
    }) => {
      const { page } = await openFieldGuide(startApp, size, exampleEdition())
      const text = page.getByRole('main', { name: 'Report text' })
      for (const [level, name] of [
        [1, 'Searching'],
        [2, 'What a query can say'],
        [2, 'The four colours'],
        [3, 'When a new edition arrives']
      ] as const) {
        // Level 1 is h2 (the report's title is the h1), so a level n section is h(n+1).
        await expect(text.getByRole('heading', { level: level + 1, name })).toHaveCount(1)
      }

      // An ordered list keeps its numbers, and the list nested in its second item its own.
      const steps = page.locator(`#${STEPS} > ol`)
      await expect(steps.locator(':scope > li')).toHaveCount(3)
      await expect(steps.locator(':scope > li > p')).toHaveText([
        'Type the words and press Enter to open the first result.',
        'Press Enter again for the next hit, or Shift+Enter for the one before.',
        'Open the Contents tab to go back to where you were reading.'
      ])
      await expect(steps.locator(':scope > li').nth(2)).toHaveAttribute('value', '3')
      const nested = steps.locator(':scope > li').nth(1).locator(':scope > ol > li')
      await expect(nested).toHaveCount(2)
      await expect(nested.first()).toHaveAttribute('value', '1')
      // The numbers are drawn as numbers, not bullets.
      expect(await steps.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal')

      // An unordered list with an item nested under the third.
      const colours = page.locator(`#${COLOURS} > ul`)
      await expect(colours.locator(':scope > li')).toHaveCount(4)
      await expect(colours.locator(':scope > li').nth(2).locator('ul > li')).toHaveText([
        'Write the question itself in the note, so that you can find it again.'
      ])

      // The table: a header row of column headers, four rows of cells, in a labelled box.
      const region = page.getByRole('region', { name: 'Table 1 in “What a query can say”' })
      const table = region.getByRole('table')
      await expect(table.getByRole('columnheader')).toHaveText(
        ['You type', 'It finds', 'For example'],
        { useInnerText: true }
      )
      await expect(table.getByRole('row')).toHaveCount(5)
      await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(
        ['"a phrase"', 'the words side by side', '"illegal border crossing"'],
        { useInnerText: true }
      )
      // Each row is one block, whose text (separators included, though not shown) is the row's.
      await expect(page.locator(`#${TABLE}-p2`)).toHaveAttribute('data-paragraph', '')
      expect(await page.locator(`#${TABLE}-p2`).textContent()).toBe(
        'two words | paragraphs with both words | border security'
      )

      // A quote of two paragraphs.
      await expect(page.locator('blockquote p[data-paragraph]')).toHaveText([
        'Keep a note of where each passage comes from. A quotation without its source is only half an argument.',
        'From the course handbook, chapter two.'
      ])

      // A footnote reference leads to its footnote, and the footnote back to it.
      const reference = page.locator(`#${COLOURS}-p2`).getByRole('link', { name: 'Footnote 1' })
      await expect(reference).toHaveText('[1]')
      await reference.click()
      const footnote = page.locator('#footnotes-p1')
      await expect(footnote).toBeFocused()
      await expect(footnote).toBeInViewport()
      await expect(footnote).toHaveText(
        'Evidence is a passage you would quote word for word in your course report.'
      )
      await page.getByRole('link', { name: 'Back to the text of footnote 1' }).click()
      await expect(reference).toBeFocused()
      await expect(reference).toBeInViewport()
      // The same from the keyboard.
      await page
        .locator('#when-a-new-edition-arrives-p1')
        .getByRole('link', { name: 'Footnote 2' })
        .press('Enter')
      await expect(page.locator('#footnotes-p2')).toBeFocused()

      await expectNoSidewaysScroll(page)

      // On paper: the same structure, the table whole (no scroll box), no way back to click.
      await page.emulateMedia({ media: 'print' })
      await expect(table.getByRole('columnheader')).toHaveCount(3)
      expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible')
      await expect(page.locator('a.footnote-back').first()).toBeHidden()
      await expect(steps.locator(':scope > li')).toHaveCount(3)
    })

    test('a search hit in a table cell or a list item is marked there', async ({ startApp }) => {
      const { page } = await openFieldGuide(startApp, size, exampleEdition())
      const box = page.getByRole('combobox', { name: 'Search the reports' })
      // "headings" finds "heading" too: three hits, one in each cell of a row, each marked there.
      await box.fill('headings')
      await expect(
        page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
      ).toHaveCount(1)
      await box.press('Enter')
      const cells = page.locator(`#${TABLE}-p5`).getByRole('cell')
      await expect(cells.nth(0).locator('mark.hit')).toHaveText(['heading'])
      await expect(cells.nth(1).locator('mark.hit')).toHaveText(['headings'])
      await expect(cells.nth(2).locator('mark.hit')).toHaveText(['heading'])
      await expect(page.locator('.hit-counter')).toHaveText('1 of 3 hits')
      await expect(cells.nth(0).locator('mark.hit-active')).toBeInViewport()
      await box.press('Enter')
      await expect(page.locator('.hit-counter')).toHaveText('2 of 3 hits')
      await expect(cells.nth(1).locator('mark.hit')).toHaveAttribute('aria-current', 'true')
      await box.press('Enter')
      await expect(cells.nth(2).locator('mark.hit')).toHaveAttribute('aria-current', 'true')

      // Two hits in one cell.
      await box.fill('side')
      // In a narrow window the results closed when the first one opened.
      await showSidebar(page)
      await expect(
        page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
      ).toHaveCount(1)
      await box.press('Enter')
      const sideCell = page.locator(`#${TABLE}-p3`).getByRole('cell').nth(1)
      await expect(sideCell.locator('mark.hit')).toHaveText(['side', 'side'])
      await expect(page.locator('.hit-counter')).toHaveText(/ of 2 hits$/)

      // A nested list item.
      await box.fill('counter')
      await showSidebar(page)
      const option = page
        .getByRole('listbox', { name: 'Search results' })
        .getByRole('option')
        .filter({ hasText: 'says where you are' })
      await option.click()
      await expect(page.locator(`#${STEPS}-p3 mark.hit`)).toHaveText(['counter'])
      await expect(page.locator(`#${STEPS}-p3 mark.hit`)).toBeInViewport()
    })

    test('highlights in a list item and in a table cell, made by dragging, survive a restart', async ({
      startApp
    }) => {
      const generatedDir = exampleEdition()
      const first = await openFieldGuide(startApp, size, generatedDir)
      const { page } = first
      const toolbar = page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })

      // Drag over "side by side" in a cell: the offsets count in the row's text.
      const row = `${TABLE}-p3`
      const rowText = '"a phrase" | the words side by side | "illegal border crossing"'
      const start = rowText.indexOf('side by side')
      const end = start + 'side by side'.length
      const from = await caretPoint(page, row, start, { scroll: true })
      const to = await caretPoint(page, row, end, { side: 'after' })
      await dragSelect(page, from, to)
      expect(await selectedText(page)).toBe('side by side')
      await toolbar.getByRole('button', { name: 'Question' }).click()
      const cellMark = page.locator(`#${row}`).getByRole('cell').nth(1).locator('mark.hl-blue')
      await expect(cellMark).toHaveText('side by side')
      await clearSelection(page)

      // A nested list item.
      await selectText(page, `${STEPS}-p3`, 'says where you are')
      await toolbar.getByRole('button', { name: 'Evidence' }).click()
      await expect(page.locator(`#${STEPS}-p3 mark.hl-green`)).toHaveText('says where you are')
      await clearSelection(page)

      // A highlight over two cells is drawn in both, and not over the hidden separator.
      await selectText(page, `${TABLE}-p4`, 'word | paragraphs')
      await toolbar.getByRole('button', { name: 'Important' }).click()
      const cells = page.locator(`#${TABLE}-p4`).getByRole('cell')
      await expect(cells.nth(0).locator('mark.hl-yellow')).toHaveText('word')
      await expect(cells.nth(1).locator('mark.hl-yellow')).toHaveText('paragraphs')
      await clearSelection(page)

      await showSidebar(page)
      await page.getByRole('tab', { name: /Notes/ }).click()
      const quotes = page.locator('.note-item .note-quote')
      await expect(quotes).toHaveCount(3)
      await first.close()

      const second = await openFieldGuide(startApp, size, generatedDir)
      await expect(
        second.page.locator(`#${row}`).getByRole('cell').nth(1).locator('mark.hl-blue')
      ).toHaveText('side by side')
      await expect(second.page.locator(`#${STEPS}-p3 mark.hl-green`)).toHaveText(
        'says where you are'
      )
      const cellsAfter = second.page.locator(`#${TABLE}-p4`).getByRole('cell')
      await expect(cellsAfter.nth(0).locator('mark.hl-yellow')).toHaveText('word')
      await expect(cellsAfter.nth(1).locator('mark.hl-yellow')).toHaveText('paragraphs')
      await showSidebar(second.page)
      await second.page.getByRole('tab', { name: /Notes/ }).click()
      await expect(second.page.locator('.note-item .note-quote')).toHaveText(
        // In reading order: the table comes before the list.
        ['side by side', 'word | paragraphs', 'says where you are'],
        { useInnerText: true }
      )
      await expect(second.page.locator('.note-reason')).toHaveCount(0)
    })

    test('a table wider than the text scrolls in its own box, never the page', async ({
      startApp
    }, testInfo) => {
      const wide = Array.from({ length: 8 }, (_, i) => `Column-heading-number-${i + 1}`)
      const generatedDir = buildEdition({
        withBundledReport: false,
        extra: {
          'wide.md': [
            '# A wide table',
            '',
            'The table below has more columns than the text has room for.',
            '',
            `| ${wide.join(' | ')} |`,
            `| ${wide.map(() => '---').join(' | ')} |`,
            `| ${wide.map((_, i) => `value-without-spaces-${i + 1}`).join(' | ')} |`,
            '',
            'A paragraph after the table keeps to the width of the text.'
          ].join('\n'),
          'wide.meta.json': JSON.stringify({
            title: 'Wide',
            publisher: 'Training Team',
            sourceUrl: 'https://example.org/wide',
            edition: '2026'
          })
        }
      })
      const { page } = await startApp({ generatedDir })
      await page.setViewportSize(size)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wide')
      const region = page.getByRole('region', { name: 'Table 1 in “A wide table”' })
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(overflow).toBeGreaterThan(0)
      await expectNoSidewaysScroll(page)
      // The box keeps to the text's width.
      const [boxWidth, textWidth] = await page.evaluate(() => [
        (document.querySelector('.table-scroll') as HTMLElement).getBoundingClientRect().width,
        (document.querySelector('.report-text') as HTMLElement).getBoundingClientRect().width
      ])
      expect(boxWidth).toBeLessThanOrEqual(Math.ceil(textWidth as number))
      // It scrolls from the keyboard: focus it and press the right arrow.
      await region.focus()
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      await expectNoViolations(page, 'a wide table')
      await screenshot(page, testInfo, 'wide-table')
    })

    for (const scheme of ['light', 'dark'] as const) {
      test(`passes axe in the ${scheme} theme, with a hit, a highlight and a note in the structure`, async ({
        startApp
      }, testInfo) => {
        const { page } = await openFieldGuide(startApp, size, exampleEdition())
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        await selectText(page, `${COLOURS}-p2`, 'evidence[1] you may quote')
        await page
          .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
          .getByRole('button', { name: 'Evidence' })
          .click()
        await clearSelection(page)
        await selectText(page, `${TABLE}-p2`, 'both words')
        await page
          .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
          .getByRole('button', { name: 'Important' })
          .click()
        await clearSelection(page)
        await page.getByRole('combobox', { name: 'Search the reports' }).fill('side')
        await page.getByRole('combobox', { name: 'Search the reports' }).press('Enter')
        await expect(page.locator('.hit-counter')).toBeVisible()
        await expectNoViolations(page, `the field guide (${scheme})`)
        await page.locator(`#${TABLE}`).evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await screenshot(page, testInfo, `table-and-list-${scheme}`)
        await page
          .locator(`#${COLOURS}-heading`)
          .evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await screenshot(page, testInfo, `lists-quote-${scheme}`)
        await page.keyboard.press('Escape')
        await showSidebar(page)
        await page
          .getByRole('navigation', { name: 'Contents' })
          .getByRole('link', { name: 'The four colours' })
          .click()
        await showSidebar(page)
        await expectNoViolations(page, `the nested contents (${scheme})`)
        await screenshot(page, testInfo, `contents-${scheme}`)
        // In a narrow window the contents lie over the text: put them away to see the footnotes.
        if (size.width < 900) {
          await page.getByRole('button', { name: 'Hide contents and notes' }).click()
        }
        await page.locator('#footnotes').evaluate((el) => el.scrollIntoView({ block: 'end' }))
        await screenshot(page, testInfo, `footnotes-${scheme}`)
      })
    }
  })
}
