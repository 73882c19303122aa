import type { Page } from '@playwright/test'
import { compareSection } from './fixtures/compare'
import { buildEdition, FIELD_GUIDE, FOURTH_CHAPTER, SAMPLE_CHAPTERS } from './fixtures/content'
import { expectNoViolations } from './fixtures/axe'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * Four reports side by side (the most) in a small window: the columns stack rather than squeeze
 * into two narrow ones, the controls leave the text its first screen, and each column is headed by
 * a short name (the full title is what a screen reader says, and what hovering shows).
 */

const LEGISLATION = 'Legislation, Law Enforcement, and Border Security'
const TITLES = [
  'Country Reports on Terrorism 2021: Kazakhstan',
  'Sample Country Chapter: Northland',
  'Sample Country Chapter: Southland',
  'Sample Country Chapter: Westland'
]

let generatedDir: string | undefined
const library = () =>
  (generatedDir ??= buildEdition({
    extra: { ...SAMPLE_CHAPTERS, ...FOURTH_CHAPTER, ...FIELD_GUIDE }
  }))

async function compareFour(page: Page): Promise<void> {
  await compareSection(page, LEGISLATION)
  const reports = page.getByRole('group', { name: /Reports side by side/ })
  for (const title of TITLES) await reports.getByRole('checkbox', { name: title }).check()
  await expect(page.locator('.compare-column .report-text')).toHaveCount(4)
}

for (const size of WINDOW_SIZES) {
  test(`four reports compared at ${size.width}×${size.height}: readable columns, the text on the first screen, short names`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size, { generatedDir: library() })
    await compareFour(page)
    const columns = page.locator('.compare-column')
    // Each column by its full title; its head shows the name that tells it apart.
    for (const [i, title] of TITLES.entries()) {
      await expect(columns.nth(i)).toHaveAccessibleName(title)
      await expect(columns.nth(i).locator('.compare-column-name [aria-hidden="true"]')).toHaveText(
        title.slice(title.lastIndexOf(': ') + 2)
      )
    }
    const area = await page.locator('.compare-columns').boundingBox()
    const first = await columns.nth(0).boundingBox()
    if (!area || !first) throw new Error('no columns')
    if (size.width < 900) {
      // Stacked: every column as wide as the area.
      for (let i = 0; i < 4; i++) {
        expect((await columns.nth(i).boundingBox())?.width).toBeCloseTo(area.width, 0)
      }
    } else {
      // Side by side or two by two, never narrower than a readable line (about 25rem).
      for (let i = 0; i < 4; i++) {
        expect((await columns.nth(i).boundingBox())?.width).toBeGreaterThanOrEqual(400)
      }
    }
    // The first column's text starts in the top half of the window: the controls leave room.
    const text = await columns.nth(0).locator('.report-text p').first().boundingBox()
    expect(text?.y).toBeLessThan(size.height / 2)
    await expectNoViolations(page, `four reports compared at ${size.width}×${size.height}`)
  })
}
