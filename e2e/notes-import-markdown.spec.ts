import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * The app's own Markdown export given to Import: the reader is told plainly what that file is
 * (for reading) and which export to import instead, not that it "is not valid JSON".
 */
for (const size of WINDOW_SIZES) {
  test(`importing the Markdown export says which export to import at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const app = await startAppAt(startApp, size)
    const { page } = app
    await selectText(page, 'overview-p1', 'Kazakhstan remained on guard')
    await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
    await expect(page.locator('#overview-p1 mark.hl-green')).toBeVisible()
    await showSidebar(page)
    await page.getByRole('tab', { name: 'Notes (1)' }).click()
    const markdown = join(mkdtempSync(join(tmpdir(), 'reader-export-')), 'my notes.md')
    await app.answerFileDialogs({ save: markdown })
    await page.getByRole('button', { name: 'Export Markdown…' }).click()
    await expect(page.getByText(/^Exported 1 note to /)).toBeVisible()

    await app.answerFileDialogs({ open: markdown })
    await page.getByRole('button', { name: 'Import JSON…' }).click()
    await expect(
      page.getByText(
        'This is the app’s Markdown export of notes, which is for reading, not for importing. To bring notes into the app, import a JSON export: choose Export JSON… in the Notes tab, then Import JSON… with that file. Nothing was imported.'
      )
    ).toBeVisible()
    await expect(page.getByText(/not valid JSON/)).toHaveCount(0)
    await expect(page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible()
  })
}
