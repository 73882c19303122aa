import type { Locator } from '@playwright/test'
import { openTeamTab } from './fixtures/sidebar'
import { teamFolderWithManyNotes } from './fixtures/team-layers'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const NOTES = 1_200

/** Scrolls whatever scrolls the list (the sidebar) to its end. */
async function scrollToEnd(list: Locator): Promise<void> {
  await list.evaluate((element) => {
    let at = element.parentElement
    while (at && !/(auto|scroll)/.test(getComputedStyle(at).overflowY)) at = at.parentElement
    at = at ?? (document.scrollingElement as HTMLElement)
    at.scrollTop = at.scrollHeight
  })
}

for (const size of WINDOW_SIZES) {
  test(`a colleague's ${NOTES.toLocaleString('en')} notes: the Team tab lays out only the rows in view, and every note is reached at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const team = teamFolderWithManyNotes(NOTES)
    try {
      const { page } = await startAppAt(startApp, size, {
        teamFolder: team.folder,
        teamName: 'Bo Lindqvist'
      })
      await openTeamTab(page)
      const list = page.locator('.team-list')
      const rows = list.locator(':scope > li')
      await expect(page.locator('.team-count')).toHaveText('1,200 notes')
      await expect(rows.first()).toContainText('Amina Okafor')
      // The whole list's size is told to screen readers; only a screenful (and a few) is in the page.
      await expect(rows.first()).toHaveAttribute('aria-setsize', '500')
      expect(await rows.count()).toBeLessThan(40)

      // Each page is asked for when the reader wants it, and the rows stay few.
      for (const [left, setSize] of [
        [700, 1000],
        [200, 1200]
      ] as const) {
        const more = page.getByRole('button', { name: `Show more (${left} not shown)` })
        await more.scrollIntoViewIfNeeded()
        await more.click()
        await expect(rows.first()).toHaveAttribute('aria-setsize', String(setSize))
        expect(await rows.count()).toBeLessThan(40)
      }
      await expect(page.getByRole('button', { name: /^Show more/ })).toHaveCount(0)

      // The last note is there at the end of the list.
      await scrollToEnd(list)
      const last = list.locator(`:scope > li[aria-posinset="${NOTES}"]`)
      await expect(last).toBeVisible()
      await expect(last.locator('.team-note')).toContainText('Amina Okafor')
      expect(await rows.count()).toBeLessThan(40)
    } finally {
      team.remove()
    }
  })
}
