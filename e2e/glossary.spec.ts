import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const LEGISLATION = 'legislation-law-enforcement-and-border-security'

/** What the page draws as an element's tooltip (its ::after), or "none". */
const tooltipOf = (term: Locator) =>
  term.evaluate((element) => getComputedStyle(element, '::after').content)

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
  )
  expect(found, `axe violations in ${view}`).toEqual([])
}

for (const size of WINDOW_SIZES) {
  test.describe(`the glossary at ${size.width}×${size.height}`, () => {
    test('an acronym says what it stands for on keyboard focus and on hover', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size)
      const section = page.locator(`#${LEGISLATION}`)
      const first = section.locator('abbr[data-term="KNB"]').first()
      await expect(first).toHaveAccessibleDescription('Committee for National Security')
      // Tab from the section's own button reaches the first acronym of the section.
      await section.getByRole('button', { name: /Add a note to the section/ }).focus()
      for (let i = 0; i < 10 && !(await first.evaluate((e) => e === document.activeElement)); i++)
        await page.keyboard.press('Tab')
      await expect(first).toBeFocused()
      expect(await tooltipOf(first)).toBe('"Committee for National Security"')
      // Escape puts it away; it shows again on the next focus.
      await page.keyboard.press('Escape')
      expect(await tooltipOf(first)).toBe('none')
      // Another use of it, not a tab stop, shows it on hover.
      const later = section.locator('abbr[data-term="KNB"]').nth(1)
      await expect(later).toHaveAttribute('tabindex', '-1')
      await later.scrollIntoViewIfNeeded()
      await later.hover()
      expect(await tooltipOf(later)).toBe('"Committee for National Security"')
    })

    test('only the first use of an acronym in a section is a tab stop', async ({ startApp }) => {
      const { page } = await startAppAt(startApp, size)
      const uses = page.locator(`#${LEGISLATION} abbr[data-term="CT"]`)
      // Several uses in the section, one of them a tab stop.
      await expect(uses.nth(1)).toBeAttached()
      await expect(uses.and(page.locator('[tabindex="0"]'))).toHaveCount(1)
    })

    test('the glossary panel lists the terms and goes to the first use of one', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size)
      await showSidebar(page)
      await page.getByRole('tab', { name: 'Glossary' }).click()
      const panel = page.getByRole('region', { name: 'Glossary' })
      await expect(
        panel.getByRole('button', { name: /^KNB Committee for National Security/ })
      ).toBeVisible()
      await panel.getByRole('button', { name: /^FTFs foreign terrorist fighters/ }).click()
      const use = page.locator('#overview-p1 abbr[data-term="FTFs"]')
      await expect(use).toBeFocused()
      await expect(use).toBeInViewport()
      expect(await tooltipOf(use)).toBe('"foreign terrorist fighters"')
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await showSidebar(page)
        await page.getByRole('tab', { name: 'Glossary' }).click()
        await expectNoViolations(page, `the glossary panel (${scheme})`)
      }
    })

    test('searching an acronym marks its expansion too, and the other way round', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size)
      const box = page.getByRole('combobox', { name: 'Search the reports' })
      const results = page.getByRole('listbox', { name: 'Search results' })
      const hits = page.locator(`#${LEGISLATION}-p1 mark.hit`)
      await box.fill('KNB')
      await expect(results.getByRole('option').first().locator('mark')).toHaveText([
        'Committee for National Security',
        'KNB'
      ])
      await box.press('Enter')
      await expect(hits).toHaveText(['Committee for National Security', 'KNB'])
      await box.fill('committee for national security')
      await box.press('Enter')
      await expect(hits).toHaveText(['Committee', 'National', 'Security', 'KNB'])
    })
  })
}
