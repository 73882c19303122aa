import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { selectText } from './fixtures/select-text'
import { openTeamTab } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'

async function addNote(page: Page, text: string, note: string) {
  await selectText(page, P1, text)
  await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New highlight' })
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toHaveCount(0)
}

test.describe('team notes: two readers, each with their own user data, sharing one folder', () => {
  test('a colleague’s note shows in the text with her initials, in the Team tab and in search, and can be copied', async ({
    startApp
  }) => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-e2e-'))
    const amina = await startApp({
      userDataDir: mkdtempSync(join(tmpdir(), 'reader-amina-')),
      teamFolder: folder,
      teamName: 'Amina Okafor'
    })
    const bo = await startApp({
      userDataDir: mkdtempSync(join(tmpdir(), 'reader-bo-')),
      teamFolder: folder,
      teamName: 'Bo Lindqvist'
    })
    for (const { page } of [amina, bo]) {
      await page.setViewportSize({ width: 1280, height: 800 })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }

    await addNote(amina.page, 'wide discretion', 'Ask the trainer about this discretion')

    // Bo sees it drawn in Amina's style, with her initials, without doing anything.
    const mark = bo.page.locator(`#${P1} mark.hl-team`)
    await expect(mark.first()).toHaveAttribute('title', /Amina Okafor’s highlight/)
    await expect(bo.page.locator(`#${P1} mark.hl-team[data-initials="AO"]`)).toHaveCount(1)
    await expect(bo.page.locator(`#${P1} mark[data-annotation-id]`)).toHaveCount(0)

    await openTeamTab(bo.page)
    const panel = bo.page.locator('.team-panel')
    await expect(panel).toContainText('Sharing your notes as Bo Lindqvist')
    await expect(panel.locator('.team-note')).toHaveCount(1)
    await expect(panel.locator('.team-note')).toContainText('Amina Okafor')
    await expect(panel.locator('.team-note')).toContainText('Ask the trainer about this discretion')
    await panel
      .getByRole('combobox', { name: 'Person' })
      .selectOption({ label: 'Amina Okafor (1)' })
    await expect(panel.locator('.team-note')).toHaveCount(1)
    await panel.getByRole('button', { name: 'Mark all as seen' }).click()
    await panel.getByRole('checkbox', { name: 'New since I last looked' }).check()
    await expect(panel.locator('.team-note')).toHaveCount(0)
    await panel.getByRole('checkbox', { name: 'New since I last looked' }).uncheck()

    await bo.page.getByRole('combobox', { name: 'Search the reports' }).fill('trainer discretion')
    const results = bo.page.locator('.team-results')
    await expect(results.getByRole('heading')).toHaveText('In your team’s notes (1)')
    await expect(results).toContainText('Ask the trainer about this discretion')
    await bo.page.getByRole('combobox', { name: 'Search the reports' }).fill('')

    await openTeamTab(bo.page)
    await panel.getByRole('button', { name: 'Copy to my notes' }).click()
    await expect(bo.page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible()
    await expect(bo.page.locator(`#${P1} mark[data-annotation-id]`)).not.toHaveCount(0)

    // Amina deletes her note: it leaves Bo's text; the copy Bo made is his and stays.
    await amina.page.locator(`#${P1} mark[data-annotation-id]`).first().click()
    await amina.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(mark).toHaveCount(0)
    await expect(bo.page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible()
  })
})
