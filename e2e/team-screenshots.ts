/**
 * Screenshots of team notes: the reader Bo Lindqvist with two colleagues' (Amina Okafor's and Chen
 * Wei's) notes and the trainer's "Course notes" as layers, in the text and in the Team tab (top and
 * end), the note dialog with its private choice, and the Notes tab with that note saved ("Private"),
 * at 800×600 and 1280×800, light and dark.
 * Run: `npm run -s screenshots:team` (writes docs/screenshots/team-*).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp } from './fixtures/launch-app'
import { repoRoot } from './fixtures/paths'
import { selectText } from './fixtures/select-text'
import { openNotesTab, openTeamTab } from './fixtures/sidebar'
import { TEAM_P1, teamLayers } from './fixtures/team-layers'

const OUT = join(repoRoot, 'docs', 'screenshots')
const team = teamLayers()

mkdirSync(OUT, { recursive: true })
for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  for (const theme of ['light', 'dark'] as const) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'reader-team-shots-user-'))
    const app = await launchApp({
      userDataDir,
      generatedDir: team.generatedDir,
      teamFolder: team.folder,
      teamName: 'Bo Lindqvist'
    })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await page.setViewportSize(size)
    await page.locator(`#${TEAM_P1} mark.hl-team[data-initials="AO"]`).waitFor()
    await page.locator(`#${TEAM_P1} mark.hl-team.team-course`).first().waitFor()
    await page.evaluate(
      (id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }),
      TEAM_P1
    )
    const name = `team-${size.width}x${size.height}-${theme}`
    await page.screenshot({ path: join(OUT, `${name}-text.png`) })
    await openTeamTab(page)
    await page.locator('.team-note').nth(2).waitFor()
    await page.screenshot({ path: join(OUT, `${name}-panel.png`) })
    await page.locator('.team-note').nth(2).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(OUT, `${name}-panel-end.png`) })
    // The note dialog with its private choice ticked.
    await page.keyboard.press('Escape')
    await selectText(page, TEAM_P1, 'comprehensive CT legal framework')
    await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
    const dialog = page.getByRole('dialog', { name: 'New highlight' })
    await dialog.getByRole('checkbox', { name: 'Private: keep this note on this laptop' }).check()
    await page.screenshot({ path: join(OUT, `${name}-private.png`) })
    // Saved, it is marked "Private" in the Notes tab.
    await dialog.getByRole('textbox', { name: 'Note' }).fill('My own doubts about the framework')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    await openNotesTab(page)
    await page.locator('.note-item .note-private').waitFor()
    await page.screenshot({ path: join(OUT, `${name}-notes-private.png`) })
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
team.remove()
console.log(`Wrote docs/screenshots/team-*.png`)
