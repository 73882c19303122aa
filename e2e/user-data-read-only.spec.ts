import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readOnlyFolder, type ReadOnlyFolder } from '../test/support/read-only-folder'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * A user-data folder the app used before that can no longer be written (a read-only disk, a
 * folder a locked-down laptop's policy closed): the reader learns it before reading, in plain
 * words; the notes made before are shown; what cannot be saved is said once, in one message area
 * that stands above the text, never over it or over another message.
 */

const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const found = document.querySelector(selector)?.getBoundingClientRect()
      return found ? { top: found.top, bottom: found.bottom } : null
    }
    return {
      messages: [...document.querySelectorAll('.message-area .message')].map((m) => {
        const { top, bottom } = m.getBoundingClientRect()
        return { top, bottom }
      }),
      area: box('.message-area'),
      text: box('main.reading-pane')
    }
  })

for (const size of WINDOW_SIZES) {
  test(`a folder that cannot be written: told first, notes shown, one message area at ${size.width}×${size.height}`, async ({
    startApp,
    userDataDir
  }) => {
    // Earlier launches: a highlight with a note, in a folder that could be written then.
    const before = await startAppAt(startApp, size)
    await selectText(before.page, 'overview-p1', 'Kazakhstan remained on guard')
    await before.page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
    await expect(before.page.locator('#overview-p1 mark.hl-green')).toBeVisible()
    await before.close()
    const files = Object.fromEntries(
      readdirSync(userDataDir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.json'))
        .map((name) => [name, readFileSync(join(userDataDir, name), 'utf8')])
    )
    const folder = readOnlyFolder(files)
    test.skip(typeof folder === 'string', typeof folder === 'string' ? folder : '')
    const { path, remove } = folder as ReadOnlyFolder
    try {
      const { page } = await startApp({ userDataDir: path })
      await page.setViewportSize(size)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Your notes and settings cannot be saved'
      )
      await expect(
        page.getByText(
          new RegExp(
            `^The app keeps your notes and settings in the folder ${path}, but it cannot save anything there \\((the disk is read-only|the app is not allowed to use it)\\)\\.$`
          )
        )
      ).toBeVisible()
      await page.getByRole('button', { name: 'Read without saving' }).click()

      // The notes from before are there.
      await expect(page.locator('#overview-p1 mark.hl-green')).toHaveText(
        'Kazakhstan remained on guard'
      )
      // Reading (the position, the sidebar) says nothing more: the reader was told.
      await page.locator('main.reading-pane').evaluate((pane) => pane.scrollBy(0, 600))
      await expect(page.getByRole('alert')).toHaveCount(0)

      // A new highlight: kept, and one message says it is not saved; no technical banner.
      await selectText(page, 'overview-p1', 'homegrown terrorist attacks')
      await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
      await expect(page.locator('#overview-p1 mark.hl-yellow')).toHaveText(
        'homegrown terrorist attacks'
      )
      const alert = page.getByRole('alert')
      await expect(alert).toHaveCount(1)
      await expect(alert).toContainText('Your notes could not be saved.')
      await expect(alert).toContainText('1 change is not saved yet.')
      await expect(alert).not.toContainText('keeps trying')
      await expect(page.getByText('could not keep a copy')).toHaveCount(0)
      await expect(alert).toBeInViewport({ ratio: 1 })
      const layout = await boxes(page)
      expect(layout.text?.top).toBeGreaterThanOrEqual(layout.area?.bottom ?? Infinity)
    } finally {
      remove()
    }
  })
}

for (const size of WINDOW_SIZES) {
  test(`a failed save and another problem share one message area at ${size.width}×${size.height}`, async ({
    startApp,
    userDataDir
  }) => {
    // A damaged preferences file (told at launch) and a notes file that cannot be written.
    writeFileSync(join(userDataDir, 'preferences.json'), '{"lastReportId": "crt20')
    const { page } = await startApp()
    await page.setViewportSize(size)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The report's notes go to notes/<report>/1.json: a folder in its place makes every write fail.
    const notesFile = join(userDataDir, 'notes', 'crt2021-kazakhstan', '1.json')
    rmSync(notesFile, { force: true })
    mkdirSync(notesFile, { recursive: true })
    await selectText(page, 'overview-p1', 'Kazakhstan remained on guard')
    await page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    const alerts = page.getByRole('alert')
    await expect(alerts).toHaveCount(2)
    await expect(alerts.filter({ hasText: 'Your notes could not be saved.' })).toBeVisible()
    await expect(alerts.filter({ hasText: 'preferences file could not be read' })).toBeVisible()
    // One under the other, both above the text: nothing drawn over anything.
    const layout = await boxes(page)
    expect(layout.messages).toHaveLength(2)
    expect(layout.messages[1]?.top).toBeGreaterThanOrEqual(layout.messages[0]?.bottom ?? Infinity)
    expect(layout.text?.top).toBeGreaterThanOrEqual(layout.area?.bottom ?? Infinity)
    // Each can be read where it is (the area scrolls when they are long).
    for (const message of await page.locator('.message-area .message').all()) {
      await message.scrollIntoViewIfNeeded()
      const covered = await message.evaluate((el) => {
        const { left, top, width, height } = el.getBoundingClientRect()
        const hit = document.elementFromPoint(left + width / 2, top + height / 2)
        return hit !== null && !el.contains(hit)
      })
      expect(covered).toBe(false)
    }
    // The text keeps most of the window.
    expect((layout.area?.bottom ?? 0) - (layout.area?.top ?? 0)).toBeLessThanOrEqual(
      size.height * 0.36
    )
  })
}
