import type { Page } from '@playwright/test'
import { exampleEdition } from './fixtures/content'
import {
  caretPoint,
  clearSelection,
  dragSelect,
  marksInText,
  selectedPlace,
  toolbarPlacementProblem,
  type MarkInText
} from './fixtures/drag-select'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * A drag may start anywhere in the text: on an acronym, a search hit, a highlight, a footnote
 * mark or a link, on its first, middle or last letter. Each drag is a real one (press, moves,
 * release) to a word end a little further on; it must select exactly from the letter pressed to
 * the place let go, and offer the toolbar beside the selection (in the text pane, over no
 * heading). Every config prints its count: "drag scan …: tried N, right N".
 */

const SCHEMES = ['light', 'dark'] as const

/** The marked elements a drag is tried from, by what a reader would call them. */
const MARKS = {
  acronym: 'abbr.glossary-term',
  hit: 'mark.hit',
  highlight: 'mark.hl',
  'footnote mark': 'a.footnote-ref',
  link: 'a[href]:not(.footnote-ref)'
}

const toolbarOf = (page: Page) =>
  page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })

/** The first, middle and last letter of a mark (once each for a short one), as text offsets. */
const lettersOf = (mark: MarkInText) => [
  ...new Set([mark.start, mark.start + Math.floor((mark.end - mark.start) / 2), mark.end - 1])
]

/**
 * Where a forward drag from inside `mark` lets go: the end of the first word ending at least
 * eight characters after the mark, in the same table cell (cells are joined by " | "), or the
 * end of the block.
 */
function releaseOffset(text: string, mark: MarkInText): number {
  const from = Math.min(text.length, mark.end + 8)
  const wordEnd = text.slice(from).search(/\s|$/)
  const cellEnd = text.indexOf(' | ', mark.end)
  const end = from + wordEnd
  return cellEnd >= 0 ? Math.min(end, cellEnd) : end
}

interface Scan {
  tried: number
  wrong: string[]
}

/** Drags from every letter of every mark found, and records what went wrong. */
async function scanMarks(page: Page, scan: Scan): Promise<void> {
  const marks = await marksInText(page, MARKS)
  const texts = new Map<string, string>(
    await page
      .locator('[data-paragraph]')
      .evaluateAll((els) => els.map((el) => [el.id, el.textContent ?? ''] as [string, string]))
  )
  for (const mark of marks) {
    const text = texts.get(mark.paragraphId) ?? ''
    for (const letter of lettersOf(mark)) {
      const to = releaseOffset(text, mark)
      const what = `${mark.kind} “${mark.text}” in ${mark.paragraphId}, letter ${letter - mark.start + 1}`
      scan.tried++
      await clearSelection(page)
      await expect(toolbarOf(page)).toHaveCount(0)
      const press = await caretPoint(page, mark.paragraphId, letter, { scroll: true })
      const release = await caretPoint(page, mark.paragraphId, to, { side: 'after' })
      await dragSelect(page, press, release)
      const place = await selectedPlace(page)
      const expected = { paragraphId: mark.paragraphId }
      const right =
        place?.from.paragraphId === expected.paragraphId &&
        place.from.offset === letter &&
        place.to.paragraphId === expected.paragraphId &&
        place.to.offset === to
      if (!right) {
        scan.wrong.push(`${what}: selected ${JSON.stringify(place)}, expected ${letter}–${to}`)
        continue
      }
      const toolbar = await toolbarOf(page)
        .waitFor({ timeout: 5_000 })
        .then(() => toolbarPlacementProblem(page))
        .catch(() => 'no toolbar')
      if (toolbar) scan.wrong.push(`${what}: toolbar ${toolbar}`)
    }
  }
}

/**
 * A footnote's way back ("↩", after the footnote's text): a drag from it back into the
 * footnote selects the footnote's words from there to their end.
 */
async function scanBackLinks(page: Page, scan: Scan): Promise<void> {
  const links = await page.locator('.report-text a.footnote-back').evaluateAll((els) =>
    els.map((el) => {
      const footnote = el.parentElement?.querySelector('[data-paragraph]')
      return { id: footnote?.id ?? '', text: footnote?.textContent ?? '' }
    })
  )
  for (const [i, footnote] of links.entries()) {
    scan.tried++
    const from = footnote.text.lastIndexOf(' ', footnote.text.length - 12) + 1
    await clearSelection(page)
    await expect(toolbarOf(page)).toHaveCount(0)
    await caretPoint(page, footnote.id, from, { scroll: true })
    const box = await page.locator('.report-text a.footnote-back').nth(i).boundingBox()
    if (!box) throw new Error('a footnote’s way back is not shown')
    const release = await caretPoint(page, footnote.id, from)
    await dragSelect(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, release)
    const place = await selectedPlace(page)
    const right =
      place?.from.paragraphId === footnote.id &&
      place.from.offset === from &&
      place.to.paragraphId === footnote.id &&
      place.to.offset === footnote.text.length
    if (!right) {
      scan.wrong.push(`link “↩” of ${footnote.id}: selected ${JSON.stringify(place)}`)
      continue
    }
    const toolbar = await toolbarOf(page)
      .waitFor({ timeout: 5_000 })
      .then(() => toolbarPlacementProblem(page))
      .catch(() => 'no toolbar')
    if (toolbar) scan.wrong.push(`link “↩” of ${footnote.id}: toolbar ${toolbar}`)
  }
}

/** Highlights a passage (a real selection, then a colour), and waits for it to be drawn. */
async function highlight(page: Page, paragraphId: string, passage: string): Promise<void> {
  const before = await page.locator('mark.hl').count()
  await selectText(page, paragraphId, passage)
  await toolbarOf(page).getByRole('button', { name: 'Evidence' }).click()
  await expect(page.locator('mark.hl')).not.toHaveCount(before)
}

/** Searches and opens the first result, so that the query's hits are marked in the text. */
async function markHits(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search the reports' })
  await box.fill(query)
  // In a narrow window the results may be behind the closed sidebar; Enter opens the first.
  await expect(
    page.locator('[role="listbox"][aria-label="Search results"] [role="option"]').first()
  ).toBeAttached()
  await box.press('Enter')
  await expect(page.locator('mark.hit-active')).toBeInViewport()
}

function report(label: string, scan: Scan): void {
  console.log(`drag scan ${label}: tried ${scan.tried}, right ${scan.tried - scan.wrong.length}`)
  expect(scan.wrong, `${label}: drags that went wrong`).toEqual([])
}

for (const size of WINDOW_SIZES) {
  for (const scheme of SCHEMES) {
    const config = `${size.width}×${size.height}, ${scheme}`
    test.describe(`a drag from a marked word selects text, at ${config}`, () => {
      // A scan of a hundred real drags: its time is the machine's, not the reader's.
      test.slow()
      test('in the bundled report: acronyms, hits and highlights', async ({ startApp }) => {
        const { page } = await startAppAt(startApp, size, { scheme })
        const P1 = 'legislation-law-enforcement-and-border-security-p1'
        await highlight(page, P1, 'Committee for National Security (KNB)')
        await highlight(page, 'overview-p1', 'FTFs and family members')
        await highlight(page, 'countering-the-financing-of-terrorism-p1', 'Egmont Group')
        await clearSelection(page)
        await markHits(page, 'terrorism')
        const scan: Scan = { tried: 0, wrong: [] }
        await scanMarks(page, scan)
        report(`bundled report, ${config}`, scan)
        expect(scan.tried).toBeGreaterThan(100)
      })

      test('in the example edition: footnote marks, links, acronyms and hits', async ({
        startApp
      }) => {
        const { page } = await startAppAt(startApp, size, {
          scheme,
          generatedDir: exampleEdition()
        })
        const scan: Scan = { tried: 0, wrong: [] }
        // The example's Kazakhstan chapter, with the acronyms of the edition's glossary.
        for (const [term, expansion] of [
          ['CT', 'counterterrorism'],
          ['FTFs', 'foreign terrorist fighters'],
          ['NGOs', 'non-governmental organizations'],
          ['EAG', 'Eurasian Group on Combating Money Laundering and Financing of Terrorism']
        ]) {
          await expect(
            page.locator(`abbr[data-term="${term}"]`).first()
          ).toHaveAccessibleDescription(expansion as string)
        }
        await markHits(page, 'Kazakhstan')
        await scanMarks(page, scan)
        await page
          .getByRole('combobox', { name: 'Report', exact: true })
          .selectOption('field-guide')
        await expect(page.locator('.report-text a.footnote-ref').first()).toBeVisible()
        await highlight(page, 'highlights-and-notes-p1', 'highlight it in a colour')
        await highlight(page, 'what-a-query-can-say-p3', 'the words side by side')
        await clearSelection(page)
        // Words only the guide has: its hits are marked in its lists and its table.
        for (const query of ['marks', 'words']) {
          await markHits(page, query)
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            'Field Guide to the Reader'
          )
          await scanMarks(page, scan)
        }
        await scanBackLinks(page, scan)
        report(`example edition, ${config}`, scan)
        expect(scan.tried).toBeGreaterThan(60)
      })
    })
  }
}
