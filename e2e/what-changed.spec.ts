import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { correctedBundledReport, exampleEdition } from './fixtures/content'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES } from './fixtures/window-sizes'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const SECTION = 'Legislation, Law Enforcement, and Border Security'

const view = (page: Page) => page.getByRole('region', { name: /What changed since/ })
const changesIn = (page: Page) => view(page).locator('.change-list > li')

for (const scheme of ['light', 'dark'] as const) {
  for (const size of WINDOW_SIZES) {
    test.describe(`in the ${scheme} theme at ${size.width}×${size.height}`, () => {
      test.use({ colorScheme: scheme })

      test('a new edition since the reader last opened the report: what changed, with their notes, step by step', async ({
        startApp,
        userDataDir
      }) => {
        const first = await startApp()
        await first.page.setViewportSize(size)
        await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
        await selectText(first.page, P1, 'wide discretion to determine')
        await first.page.getByRole('toolbar').getByRole('button', { name: 'Question' }).click()
        await expect(first.page.locator('mark[data-annotation-id]')).toHaveCount(1)
        // Nothing to say the first time: the app keeps the text of the edition read.
        await expect(first.page.getByRole('button', { name: 'Show what changed' })).toHaveCount(0)
        await expect
          .poll(() => existsSync(join(userDataDir, 'read-editions', 'crt2021-kazakhstan.json')))
          .toBe(true)
        await first.close()

        const { page } = await startApp({ generatedDir: correctedBundledReport() })
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        const offer = page.getByRole('region', { name: 'A new edition of this report' })
        await expect(offer).toContainText(
          'This report has a new edition since you last read it. 3 changes: 1 added, 1 removed, 1 reworded.'
        )
        await expectNoViolations(page, 'the offer to show what changed')
        await offer.getByRole('button', { name: 'Show what changed' }).click()

        await expect(view(page).getByRole('heading', { level: 2 })).toHaveText(
          'What changed since you last read this report'
        )
        await expect(view(page).getByRole('heading', { level: 2 })).toBeFocused()
        // In reading order, each with its section and its words marked (named, not only coloured).
        await expect(changesIn(page).getByRole('heading', { level: 3 })).toHaveText([
          `Added text in “${SECTION}”`,
          `Reworded text in “${SECTION}”`,
          `Removed text in “${SECTION}”`
        ])
        await expect(changesIn(page).nth(0).locator('ins')).toHaveText(
          'added: This section was revised in 2023.'
        )
        await expect(changesIn(page).nth(1).locator('del')).toHaveText('removed: wide ')
        await expect(changesIn(page).nth(1).locator('ins')).toHaveText('added: broad ')
        await expect(changesIn(page).nth(2).locator('del')).toContainText(
          'removed: President Tokayev signed amendments'
        )
        // The reader's highlight on the reworded words, and what became of it.
        await expect(
          changesIn(page).nth(1).getByRole('list', { name: 'Your notes here' })
        ).toHaveText(
          'Question: “broad discretion to determine” Your highlight now covers reworded text.'
        )
        await expectNoViolations(page, 'what changed since the report was last read')

        // Step through: focus follows, and where the reader is is said.
        await expect(view(page).getByText('Change 1 of 3')).toBeVisible()
        await view(page).getByRole('button', { name: 'Next change' }).click()
        await expect(view(page).getByText('Change 2 of 3')).toBeVisible()
        await expect(changesIn(page).nth(1)).toBeFocused()
        await view(page).getByRole('button', { name: 'Next change' }).click()
        await expect(changesIn(page).nth(2)).toBeFocused()
        await expect(view(page).getByRole('button', { name: 'Next change' })).toBeDisabled()

        // Show in the report: back to the text, at the change.
        await changesIn(page).nth(1).getByRole('button', { name: 'Show in the report' }).click()
        await expect(view(page)).toHaveCount(0)
        await expect(page.locator(`#${P1}`)).toBeInViewport()
        await expect(page.locator(`#${P1} mark.hl-blue`)).toHaveText(
          'broad discretion to determine'
        )
        // The changes are shown in the text too, after the passage they are in, named.
        const inText = page.getByRole('complementary', { name: /^Changed in this edition/ })
        await expect(inText).toHaveCount(3)
        const reworded = page.getByRole('complementary', {
          name: 'Changed in this edition: Reworded text'
        })
        await expect(reworded.locator('del')).toHaveText('removed: wide ')
        await expect(reworded.locator('ins')).toHaveText('added: broad ')
        await expectNoViolations(page, 'the changes shown in the text')
        const shown = page.getByRole('region', { name: 'Changes shown in the text' })
        await shown.getByRole('button', { name: 'Back to What changed' }).click()
        await expect(view(page)).toBeVisible()
        await view(page).getByRole('button', { name: 'Close' }).click()
        await expect(inText).toHaveCount(3)
        await shown.getByRole('button', { name: 'Stop showing changes' }).click()
        await expect(inText).toHaveCount(0)
        await expect(shown).toHaveCount(0)

        // Offered again until dismissed; Escape closes the view.
        await offer.getByRole('button', { name: 'Show what changed' }).click()
        await expect(view(page)).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(view(page)).toHaveCount(0)
        await offer.getByRole('button', { name: 'Not now' }).click()
        await expect(offer).toHaveCount(0)
      })

      test('an edition that bundles the previous edition compares with it for anyone, on first launch', async ({
        startApp
      }) => {
        const { page } = await startApp({ generatedDir: exampleEdition() })
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        // First launch: nothing read before, so nothing offered; the previous edition is there.
        await expect(
          page.getByRole('region', { name: 'A new edition of this report' })
        ).toHaveCount(0)
        await page
          .getByRole('button', { name: 'Compare with the previous edition (2021, first printing)' })
          .click()
        await expect(view(page).getByRole('heading', { level: 2 })).toHaveText(
          'What changed since the previous edition'
        )
        await expect(view(page)).toContainText(
          'From the edition “2021, first printing” to this one (2021). 4 changes: 1 added, 1 removed, 1 reworded, 1 moved.'
        )
        await expect(changesIn(page).getByRole('heading', { level: 3 })).toHaveText([
          `Moved paragraph in “${SECTION}”`,
          'Reworded text in “Countering Violent Extremism”',
          'Added text in “Countering Violent Extremism”',
          'Removed text in “International and Regional Cooperation”'
        ])
        await expect(changesIn(page).nth(0)).toContainText('Moved within this section.')
        await expect(changesIn(page).nth(1).locator('del')).toHaveText('removed: sevenfold ')
        await expect(changesIn(page).nth(1).locator('ins')).toHaveText('added: eightfold ')
        await expectNoViolations(page, 'what changed since the previous edition')
        await view(page).getByRole('button', { name: 'Close' }).click()
        await expect(view(page)).toHaveCount(0)
        await expect(page.locator(`#${P1}`)).toBeVisible()

        // From the view, a section in the contents goes back to the report, at that section.
        await page
          .getByRole('button', { name: 'Compare with the previous edition (2021, first printing)' })
          .click()
        await expect(view(page)).toBeVisible()
        await showSidebar(page)
        await page
          .locator('#sidebar')
          .getByRole('link', { name: 'Countering Violent Extremism' })
          .click()
        await expect(view(page)).toHaveCount(0)
        await expect(page.locator('#countering-violent-extremism-heading')).toBeFocused()
        await expect(page.locator('#countering-violent-extremism-heading')).toBeInViewport()
      })
    })
  }
}
