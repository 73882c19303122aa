import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { selectText } from './fixtures/select-text'
import { openNotesTab, openTeamTab } from './fixtures/sidebar'
import { TEAM_LAST, TEAM_P1, teamLayers } from './fixtures/team-layers'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const PRIVATE = 'Private: keep this note on this laptop'
const UNDONE_PRIVACY = 'Undone: the change to who can see the note.'

/** Everything the reader's app has written to the team folder, as one text. */
const sharedText = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.team-notes.json'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n')

async function newNote(page: Page, words: string) {
  await selectText(page, TEAM_P1, words)
  await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
  return page.getByRole('dialog', { name: 'New highlight' })
}

test.describe('the Team tab and private notes', () => {
  test('a note marked private in its dialog never reaches the team folder; a shared one does', async ({
    startApp
  }) => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-private-e2e-'))
    const { page } = await startAppAt(
      startApp,
      { width: 1280, height: 800 },
      { teamFolder: folder, teamName: 'Amina Okafor' }
    )

    let dialog = await newNote(page, 'wide discretion')
    const help = page.getByRole('dialog').locator('#private-help')
    await expect(help).toHaveText(/written to the team folder for your colleagues to see/)
    await dialog.getByRole('checkbox', { name: PRIVATE }).check()
    await expect(help).toHaveText(
      'It is never written to the team folder, so no colleague sees it.'
    )
    await dialog.getByRole('textbox', { name: 'Note' }).fill('My own doubts')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)

    dialog = await newNote(page, 'comprehensive CT legal framework')
    await expect(dialog.getByRole('checkbox', { name: PRIVATE })).not.toBeChecked()
    await dialog.getByRole('textbox', { name: 'Note' }).fill('For the whole team')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)

    await expect.poll(() => sharedText(folder)).toContain('For the whole team')
    expect(sharedText(folder)).not.toContain('My own doubts')
    await expect(page.getByRole('tab', { name: 'Notes (2)' })).toBeVisible()
    // The Notes tab says which note is private.
    await openNotesTab(page)
    const privateIn = (words: string) =>
      page.locator('.note-item', { hasText: words }).getByText('Private', { exact: true })
    await expect(privateIn('My own doubts')).toBeVisible()
    await expect(privateIn('For the whole team')).toHaveCount(0)

    // The shared note made private in its dialog is taken out of the team file.
    await page.locator('mark[data-annotation-id]', { hasText: 'comprehensive' }).first().click()
    dialog = page.getByRole('dialog', { name: 'Highlight' })
    await dialog.getByRole('checkbox', { name: PRIVATE }).check()
    await expect(help).toContainText('taken out of your team file')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toHaveCount(0)
    await expect.poll(() => sharedText(folder)).not.toContain('For the whole team')

    // Ctrl+Z takes that back: the note is shared again, and its dialog says so.
    await page.keyboard.press('Control+z')
    await expect(page.locator('.toast span').last()).toHaveText(UNDONE_PRIVACY)
    await expect.poll(() => sharedText(folder)).toContain('For the whole team')
    await page.locator('mark[data-annotation-id]', { hasText: 'comprehensive' }).first().click()
    dialog = page.getByRole('dialog', { name: 'Highlight' })
    await expect(dialog.getByRole('checkbox', { name: PRIVATE })).not.toBeChecked()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)

    // The private note opens again as private.
    await page.locator('mark[data-annotation-id]', { hasText: 'wide discretion' }).first().click()
    await expect(
      page.getByRole('dialog', { name: 'Highlight' }).getByRole('checkbox', { name: PRIVATE })
    ).toBeChecked()
  })

  for (const size of WINDOW_SIZES) {
    test(`"Go to" on a colleague’s note brings its passage into view (${size.width}×${size.height})`, async ({
      startApp
    }) => {
      const team = teamLayers()
      const { page } = await startAppAt(startApp, size, {
        generatedDir: team.generatedDir,
        teamFolder: team.folder,
        teamName: 'Bo Lindqvist'
      })
      const mark = page.locator(`#${TEAM_LAST} mark.hl-team[data-team-note]`).first()
      await expect(mark).toHaveAttribute('title', /Chen Wei’s highlight/)
      await expect(mark).not.toBeInViewport()

      await openTeamTab(page)
      const note = page.locator('.team-note', { hasText: 'Chen Wei' })
      await note.getByRole('button', { name: 'Go to' }).click()
      await expect(mark).toBeInViewport()
      await expect(mark).toBeFocused()
      team.remove()
    })

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing in the team layers, the Team tab and the private choice (${size.width}×${size.height}, ${scheme})`, async ({
        startApp
      }) => {
        const team = teamLayers()
        const { page } = await startAppAt(startApp, size, {
          scheme,
          generatedDir: team.generatedDir,
          teamFolder: team.folder,
          teamName: 'Bo Lindqvist'
        })
        await expect(page.locator(`#${TEAM_P1} mark.hl-team[data-initials="AO"]`)).toHaveCount(1)
        await expect(page.locator(`#${TEAM_P1} mark.hl-team.team-course`).first()).toBeVisible()
        await expectNoViolations(page, `the team layers in the text (${scheme})`)

        await openTeamTab(page)
        await expect(page.locator('.team-note')).toHaveCount(3)
        await expectNoViolations(page, `the Team tab (${scheme})`)

        await page.keyboard.press('Escape')
        const dialog = await newNote(page, 'comprehensive CT legal framework')
        await dialog.getByRole('checkbox', { name: PRIVATE }).check()
        await expectNoViolations(page, `the note dialog with its private choice (${scheme})`)
        await dialog.getByRole('button', { name: 'Save' }).click()
        await expect(dialog).toHaveCount(0)

        await openNotesTab(page)
        await expect(page.locator('.note-item .note-private')).toHaveText(['Private'])
        await expectNoViolations(page, `the Notes tab with a private note (${scheme})`)
        team.remove()
      })
    }
  }
})
