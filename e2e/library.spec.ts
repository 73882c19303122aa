import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildEdition, FIELD_GUIDE } from './fixtures/content'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

test.describe('a library of several reports', () => {
  test('offers a report switcher and reopens at the report last read', async ({ startApp }) => {
    const generatedDir = buildEdition({ extra: FIELD_GUIDE })
    const first = await startApp({ generatedDir })
    const switcher = first.page.getByRole('combobox', { name: 'Report', exact: true })
    await expect(switcher.getByRole('option')).toHaveText([
      'Country Reports on Terrorism 2021: Kazakhstan',
      'Field Guide to the Reader'
    ])
    await switcher.selectOption({ label: 'Field Guide to the Reader' })
    await expect(first.page.getByRole('heading', { level: 1 })).toHaveText(
      'Field Guide to the Reader'
    )
    await expect(
      first.page.getByRole('navigation', { name: 'Contents' }).getByRole('link')
    ).toHaveText(['Field Guide', 'Getting Started', 'Keeping Notes'])
    await expect(first.page.getByText('Training Team')).toBeVisible()
    await first.close()

    // Same user-data folder: the real store remembered the choice.
    const second = await startApp({ generatedDir })
    await expect(second.page.getByRole('heading', { level: 1 })).toHaveText(
      'Field Guide to the Reader'
    )
    await expect(second.page.getByRole('combobox', { name: 'Report', exact: true })).toHaveValue(
      'field-guide'
    )
  })

  test('a damaged preferences file is moved aside and the user is told where', async ({
    startApp,
    userDataDir
  }) => {
    writeFileSync(join(userDataDir, 'preferences.json'), '{"lastReportId": "field-gu')
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('preferences file could not be read')
    await expect(page.getByRole('alert')).toContainText(join(userDataDir, 'preferences.corrupt-'))
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test.describe('a user-data folder that cannot be used', () => {
  test('says so before the reader opens, then lets the user read without saving', async ({
    startApp,
    userDataDir
  }) => {
    // A file where the folder should be: the folder cannot be made, even by root.
    writeFileSync(join(userDataDir, 'blocked'), '')
    const unusable = join(userDataDir, 'blocked', 'user-data')
    const { page } = await startApp({ userDataDir: unusable })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Your notes and settings cannot be saved'
    )
    await expect(
      page.getByText(
        `The app cannot use its folder ${unusable} (a file stands where a folder should be).`
      )
    ).toBeVisible()
    await page.getByRole('button', { name: 'Read without saving' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Country Reports on Terrorism 2021: Kazakhstan'
    )
    await selectText(page, 'overview-p1', 'Kazakhstan remained on guard')
    await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    await expect(page.locator('#overview-p1 mark.hl-yellow')).toHaveText(
      'Kazakhstan remained on guard'
    )
    await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText(
      'changes you make now are kept only while the app is open'
    )
  })
})

test.describe('content that cannot be opened', () => {
  test('missing generated files give an error screen, not a blank window', async ({ startApp }) => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'reader-empty-'))
    const { page } = await startApp({ generatedDir: emptyDir })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The report is missing from this copy of the app'
    )
    await expect(page.getByText('npm run build:content')).toBeVisible()
    await expect(page.getByText(join(emptyDir, 'library.json'))).toBeVisible()
  })

  test('a corrupt index gives an error screen naming the file', async ({ startApp }) => {
    const generatedDir = buildEdition({})
    writeFileSync(join(generatedDir, 'search-index.bin'), 'RSIX, cut short by a bad copy')
    const { page } = await startApp({ generatedDir })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The report could not be opened'
    )
    await expect(page.getByText(/damaged: the search index cannot be used/)).toBeVisible()
    await expect(page.getByText(join(generatedDir, 'search-index.bin'))).toBeVisible()
  })
})
