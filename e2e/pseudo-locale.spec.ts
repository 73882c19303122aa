import { expect, test } from './fixtures/test'
import { wordsOnScreen, type WordsOnScreen } from './fixtures/untranslated'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * The app in the pseudo-locale (en-XA: every message of the catalog accented, longer and
 * bracketed): every view a reader opens, looked at for words that did not come from the catalog
 * and for controls that cut a longer translation short.
 */
test.describe('every word from the catalog', () => {
  for (const size of WINDOW_SIZES) {
    test(`no untranslated words and no clipped controls at ${size.width}×${size.height}`, async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size, { locale: 'en-XA' })
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA')
      const found: WordsOnScreen = { untranslated: [], clipped: [] }
      const look = async (view: string) => {
        const words = await wordsOnScreen(page)
        found.untranslated.push(...words.untranslated.map((w) => `${view}: ${w}`))
        found.clipped.push(...words.clipped.map((w) => `${view}: ${w}`))
      }
      await look('reading view')
      const tabs = page.getByRole('tablist')
      if (size.width < 1000) await page.locator('.toolbar-button').first().click()
      await tabs.getByRole('tab').nth(1).click()
      await look('notes tab')
      await tabs.getByRole('tab').nth(2).click()
      await look('glossary tab')
      await page.getByRole('combobox').first().fill('terrorism')
      await expect(page.getByRole('option').first()).toBeVisible()
      await look('search results')
      await page.keyboard.press('Escape')
      await page.locator('.toolbar-button[popovertarget="display-settings"]').click()
      await expect(page.locator('#display-settings')).toBeVisible()
      await look('display settings')
      await page.keyboard.press('Escape')
      await page.locator('.reading-pane').focus()
      await page.keyboard.press('?')
      await expect(page.locator('dialog.shortcuts-dialog')).toBeVisible()
      await look('keyboard shortcuts')
      await page.keyboard.press('Escape')
      await page.locator('.toolbar-button').last().click()
      await expect(page.locator('dialog.about-dialog')).toBeVisible()
      await look('about')
      await page.keyboard.press('Escape')
      console.log(
        `pseudo-locale at ${size.width}×${size.height}: ${found.untranslated.length} untranslated, ${found.clipped.length} clipped`
      )
      expect(found.untranslated).toEqual([])
      expect(found.clipped).toEqual([])
    })
  }
})
