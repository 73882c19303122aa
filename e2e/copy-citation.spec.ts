import { caretPoint, dragSelect, selectedText } from './fixtures/drag-select'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const QUOTE = 'abolishing the death penalty'
const CITATION = {
  plain:
    '“abolishing the death penalty” — Country Reports on Terrorism 2021: Kazakhstan, section “Legislation, Law Enforcement, and Border Security”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/',
  markdown: [
    '> abolishing the death penalty',
    '>',
    '> — *Country Reports on Terrorism 2021: Kazakhstan*, section “Legislation, Law Enforcement, and Border Security”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. <https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/>'
  ].join('\n')
}

for (const size of WINDOW_SIZES) {
  test.describe(`copy with citation at ${size.width}×${size.height}`, () => {
    test('a passage dragged over with the mouse is copied with its citation, as text and as Markdown', async ({
      startApp
    }) => {
      const app = await startAppAt(startApp, size)
      const { page } = app
      const text = await page.locator(`#${P1}`).textContent()
      const start = text?.indexOf(QUOTE) ?? -1
      const from = await caretPoint(page, P1, start, { scroll: true })
      const to = await caretPoint(page, P1, start + QUOTE.length, { side: 'after' })
      await dragSelect(page, from, to)
      expect(await selectedText(page)).toBe(QUOTE)

      const toolbar = page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })
      // All of it inside the window, even where it has to wrap.
      await expect(toolbar).toBeInViewport({ ratio: 1 })
      await toolbar.getByRole('button', { name: 'Copy with citation as plain text' }).click()
      const status = page.locator('.toast span').last()
      await expect(status).toHaveText(
        'Copied “abolishing the death penalty” with its citation, as plain text.'
      )
      expect(await app.readClipboard()).toBe(CITATION.plain)
      // The selection stays, to highlight it as well.
      expect(await selectedText(page)).toBe(QUOTE)

      await toolbar.getByRole('button', { name: 'Copy with citation as Markdown' }).click()
      await expect(status).toHaveText(
        'Copied “abolishing the death penalty” with its citation, as Markdown.'
      )
      expect(await app.readClipboard()).toBe(CITATION.markdown)
    })

    test('a highlight in the notes panel is copied with its citation', async ({ startApp }) => {
      const app = await startAppAt(startApp, size)
      const { page } = app
      await selectText(page, P1, QUOTE)
      await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
      await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1)
      await showSidebar(page)
      await page.getByRole('tab', { name: 'Notes (1)' }).click()
      const item = page.getByRole('region', { name: 'Notes and highlights' }).locator('.note-item')
      await item.getByRole('button', { name: 'Copy with citation…' }).click()
      await item.getByRole('button', { name: 'Copy with citation as Markdown' }).click()
      await expect(page.locator('.toast span').last()).toHaveText(
        'Copied “abolishing the death penalty” with its citation, as Markdown.'
      )
      expect(await app.readClipboard()).toBe(CITATION.markdown)
      await item.getByRole('button', { name: 'Copy with citation as plain text' }).click()
      await expect(page.locator('.toast span').last()).toHaveText(/as plain text\.$/)
      expect(await app.readClipboard()).toBe(CITATION.plain)
    })
  })
}

test('when the clipboard is refused, says so in plain words and what to do instead', async ({
  startApp
}) => {
  const app = await startApp({ clipboardWrite: false })
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await selectText(page, P1, QUOTE)
  await page.getByRole('button', { name: 'Copy with citation as plain text' }).click()
  await expect(page.locator('.toast span').last()).toHaveText(
    '“abolishing the death penalty” could not be copied: the app was not allowed to use the clipboard. Nothing was copied; select the text and press Ctrl+C to copy it without its citation.'
  )
})
