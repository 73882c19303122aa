import type { Page } from '@playwright/test'
import { CATALOGS, LOCALES, SOURCE_LOCALE } from '../src/shared/i18n/locales'
import { expectNoViolations } from './fixtures/axe'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const P1 = 'legislation-law-enforcement-and-border-security-p1'

/** The languages beside English that a reader can be given, each as the system's language. */
const LANGUAGES = LOCALES.filter((l) => l !== SOURCE_LOCALE)

/** Opens the sidebar in a narrow window (it is laid over the text there), as a reader would. */
async function sidebarShown(page: Page) {
  const sidebar = page.locator('.sidebar')
  if (!(await sidebar.isVisible())) await page.locator('.toolbar-button').first().click()
  await expect(sidebar).toBeVisible()
  return sidebar
}

for (const locale of LANGUAGES) {
  const catalog = CATALOGS[locale]
  const words = catalog.messages
  test.describe(`the app in ${catalog.name}`, () => {
    for (const size of WINDOW_SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`${size.width}×${size.height}, ${scheme}: its words, its direction, axe at zero`, async ({
          startApp
        }, testInfo) => {
          const { page } = await startAppAt(startApp, size, { locale, scheme })
          await expect(page.locator('html')).toHaveAttribute('lang', locale)
          await expect(page.locator('html')).toHaveAttribute('dir', catalog.dir)
          await expect(page.getByRole('button', { name: words['toolbar.display'] })).toBeVisible()
          // The report keeps its own language and direction inside the app's.
          await expect(
            page.locator('.reading-pane [translate="no"][dir="auto"]').first()
          ).toBeVisible()
          const sidebar = await sidebarShown(page)
          await expect(page.getByRole('tab', { name: words['tabs.contents'] })).toBeVisible()
          const side = await sidebar.boundingBox()
          const pane = await page.locator('.reading-pane').boundingBox()
          if (!side || !pane) throw new Error('The sidebar or the text is not laid out.')
          // The sidebar starts the line: on the left in Russian, on the right in Arabic.
          const sideMiddle = side.x + side.width / 2
          const paneMiddle = pane.x + pane.width / 2
          if (catalog.dir === 'rtl') expect(sideMiddle).toBeGreaterThan(paneMiddle)
          else expect(sideMiddle).toBeLessThan(paneMiddle)
          // Into this test's output folder: the README's shots are `npm run screenshots`'s job.
          const name = `${locale}${size.width < 1000 ? '-small-laptop' : ''}-${scheme}.png`
          await page.screenshot({ path: testInfo.outputPath(name) })
          await expectNoViolations(page, `${catalog.name} at ${size.width}×${size.height}`)
        })
      }
    }

    test('a highlight covers exactly the words selected, and is described in the language', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, WINDOW_SIZES[1], { locale })
      await selectText(page, P1, 'wide discretion')
      await page
        .getByRole('toolbar', { name: words['selection.toolbar'] })
        .getByRole('button', { name: words['color.green'] })
        .click()
      const mark = page.locator(`#${P1} mark[data-annotation-id]`)
      await expect(mark).toHaveText('wide discretion')
      await expect(mark).toHaveAttribute('title', new RegExp(words['color.green']))
      await expectNoViolations(page, `${catalog.name}, a highlight`)
    })
  })
}
