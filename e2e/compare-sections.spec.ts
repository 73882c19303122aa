import type { Locator, Page } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { compareSection } from './fixtures/compare'
import { buildEdition, FIELD_GUIDE, SAMPLE_CHAPTERS } from './fixtures/content'
import type { LaunchedApp, LaunchOptions } from './fixtures/launch-app'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES, type WindowSize } from './fixtures/window-sizes'

const LEGISLATION = 'Legislation, Law Enforcement, and Border Security'
const KAZAKHSTAN = 'Country Reports on Terrorism 2021: Kazakhstan'
const NORTHLAND = 'Sample Country Chapter: Northland'
const WESTLAND = 'Sample Country Chapter: Westland'

/** The bundled report, two sample chapters with the same headings, and a guide without them. */
let generatedDir: string | undefined
const library = () =>
  (generatedDir ??= buildEdition({ extra: { ...SAMPLE_CHAPTERS, ...FIELD_GUIDE } }))

async function startAt(
  startApp: (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>,
  size: WindowSize
): Promise<Page> {
  const { page } = await startApp({ generatedDir: library() })
  await page.setViewportSize(size)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KAZAKHSTAN)
  return page
}

/** Goes to the legislation section in the contents, then compares it across the reports. */
async function compareLegislation(page: Page): Promise<void> {
  await compareSection(page, LEGISLATION)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('One section across reports')
  await expect(columns(page).locator('.report-text')).toHaveCount(3)
}

const columns = (page: Page) => page.locator('.compare-column')
const column = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })
/** The columns' reports by their full titles (what a screen reader says; shorter names show). */
const columnTitles = (page: Page) =>
  columns(page).locator('.compare-column-header h2 [id$="--title"]')

/** Where a box is on the page. */
const box = async (locator: Locator) => {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not on screen')
  return found
}

for (const size of WINDOW_SIZES) {
  test.describe(`one section across reports at ${size.width}×${size.height}`, () => {
    test('reads a section in three reports, side by side or stacked, and returns to where the reader was', async ({
      startApp
    }) => {
      const page = await startAt(startApp, size)
      const pane = page.getByRole('main', { name: 'Report text' })
      await showSidebar(page)
      await page
        .getByRole('navigation', { name: 'Contents' })
        .getByRole('link', { name: LEGISLATION })
        .click()
      const readAt = await pane.evaluate((el) => el.scrollTop)
      expect(readAt).toBeGreaterThan(0)

      await compareLegislation(page)
      await expect(columnTitles(page)).toHaveText([KAZAKHSTAN, NORTHLAND, WESTLAND])
      // Each report's own heading: the same section, worded as that report words it.
      await expect(columns(page).locator('.report-text h2')).toHaveText([
        LEGISLATION,
        LEGISLATION,
        'Legislation, Law Enforcement and Border Security'
      ])
      await expect(column(page, WESTLAND)).toContainText('exchange of passenger data')
      // Only the reports that have the section are offered; the field guide has none.
      await expect(
        page.getByRole('group', { name: /Reports side by side/ }).getByRole('checkbox')
      ).toHaveCount(3)

      const first = await box(columns(page).nth(0))
      const second = await box(columns(page).nth(1))
      const third = await box(columns(page).nth(2))
      if (size.width >= 1280) {
        // Side by side: one row, left to right.
        expect(second.y).toBeCloseTo(first.y, 0)
        expect(third.y).toBeCloseTo(first.y, 0)
        expect(second.x).toBeGreaterThanOrEqual(first.x + first.width)
        expect(third.x).toBeGreaterThanOrEqual(second.x + second.width)
      } else {
        // Stacked: one under the other, each as wide as the pane.
        expect(second.y).toBeGreaterThanOrEqual(first.y + first.height)
        expect(third.y).toBeGreaterThanOrEqual(second.y + second.height)
        expect(second.x).toBeCloseTo(first.x, 0)
      }
      await expectNoViolations(page, `the comparison at ${size.width}×${size.height}`)

      await page.getByRole('button', { name: 'Back to the report' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(KAZAKHSTAN)
      await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(readAt)
    })

    test('marks a search hit in the column that has it', async ({ startApp }) => {
      const page = await startAt(startApp, size)
      await compareLegislation(page)
      await page.getByRole('combobox', { name: 'Search the reports' }).fill('passenger')
      await expect(column(page, WESTLAND).locator('mark.hit')).toHaveText(['passenger'])
      await expect(column(page, WESTLAND)).toContainText('1 match for “passenger”')
      await expect(column(page, NORTHLAND)).toContainText(
        'No match for “passenger” in this section'
      )
      await expect(column(page, NORTHLAND).locator('mark.hit')).toHaveCount(0)
      await expectNoViolations(
        page,
        `search hits in the comparison at ${size.width}×${size.height}`
      )
    })

    test("a highlight made in a column is in that report's reading view and in the notes", async ({
      startApp
    }) => {
      const page = await startAt(startApp, size)
      await compareLegislation(page)
      await selectText(
        page,
        'cmp--sample-westland--legislation-law-enforcement-and-border-security-p1',
        'passenger data'
      )
      await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
      await expect(column(page, WESTLAND).locator('mark.hl-green')).toHaveText('passenger data')
      await expect(column(page, KAZAKHSTAN).locator('mark[data-annotation-id]')).toHaveCount(0)
      await expectNoViolations(
        page,
        `a highlight in the comparison at ${size.width}×${size.height}`
      )

      await showSidebar(page)
      await page.getByRole('tab', { name: 'Notes (1)' }).click()
      await expect(page.locator('.note-item')).toContainText('passenger data')
      await expect(page.locator('.note-item')).toContainText(WESTLAND)
      // In a small window the sidebar lies over the text: Escape puts it away.
      if (size.width < 900) await page.keyboard.press('Escape')

      await column(page, WESTLAND)
        .getByRole('button', { name: `Read ${WESTLAND} at this section` })
        .click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(WESTLAND)
      await expect(
        page.locator('#legislation-law-enforcement-and-border-security-p1 mark.hl-green')
      ).toHaveText('passenger data')
      await expect(
        page.locator('#legislation-law-enforcement-and-border-security-heading')
      ).toBeFocused()
    })

    test('works from the keyboard alone: open, choose the section, choose reports, move between columns, leave', async ({
      startApp
    }) => {
      const page = await startAt(startApp, size)
      await showSidebar(page)
      const compare = page.getByRole('button', { name: 'Compare this section across reports' })
      for (
        let i = 0;
        i < 40 && !(await compare.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab')
      }
      await expect(compare).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('One section across reports')

      // The section being read (the first) is chosen; the arrow keys choose another.
      const section = page.getByRole('combobox', { name: 'Section' })
      await expect(section).toHaveValue('overview')
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
      await page.keyboard.press('Tab')
      await expect(section).toBeFocused()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await expect(section).toHaveValue('legislation-law-enforcement-and-border-security')
      await expect(columnTitles(page)).toHaveText([KAZAKHSTAN, NORTHLAND, WESTLAND])

      // Space takes a report away and puts it back (as the last column).
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect(page.getByRole('checkbox', { name: NORTHLAND })).toBeFocused()
      await page.keyboard.press('Space')
      await expect(columnTitles(page)).toHaveText([KAZAKHSTAN, WESTLAND])
      await page.keyboard.press('Space')
      await expect(columnTitles(page)).toHaveText([KAZAKHSTAN, WESTLAND, NORTHLAND])

      // Into the first column, then across with the arrow keys.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect(column(page, KAZAKHSTAN)).toBeFocused()
      await page.keyboard.press('ArrowRight')
      await expect(column(page, WESTLAND)).toBeFocused()
      await page.keyboard.press('End')
      await expect(column(page, NORTHLAND)).toBeFocused()
      await page.keyboard.press('ArrowLeft')
      await expect(column(page, WESTLAND)).toBeFocused()

      // Escape goes back to the report: to the button the comparison was opened from, or to the
      // text when the sidebar it is in has closed (a small window).
      await page.keyboard.press('Escape')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(KAZAKHSTAN)
      if (size.width < 900)
        await expect(page.getByRole('main', { name: 'Report text' })).toBeFocused()
      else await expect(compare).toBeFocused()
    })
  })
}
