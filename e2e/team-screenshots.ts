/**
 * Screenshots of team notes: the reader Bo Lindqvist with a colleague's (Amina Okafor's) notes and
 * the trainer's "Course notes" as layers, in the text and in the Team tab, at 800×600 and
 * 1280×800, light and dark. Run: `npm run -s screenshots:team` (writes docs/screenshots/team-*).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_COLOR_LABELS, type Annotation } from '../src/shared/annotations/annotation-model'
import { textTargetFor } from '../src/shared/annotations/select-target'
import { GENERATED_FILES, type Library } from '../src/shared/report-model'
import { COURSE_NOTES_FILE } from '../src/shared/team/course-notes'
import { toTeamFileText } from '../src/shared/team/team-file'
import { teamFileName } from '../src/shared/team/team-model'
import { defaultGeneratedDir, launchApp } from './fixtures/launch-app'
import { repoRoot } from './fixtures/paths'

const OUT = join(repoRoot, 'docs', 'screenshots')
const P1 = 'legislation-law-enforcement-and-border-security-p1'

const library = JSON.parse(
  readFileSync(join(defaultGeneratedDir, GENERATED_FILES.library), 'utf8')
) as Library
const report = library.reports[0] as Library['reports'][number]
const paragraph = report.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)
if (!paragraph) throw new Error(`no paragraph ${P1}`)

/** A note on the words `words` of P1, as the app makes one. */
function noteOn(id: string, words: string, note: string, color: Annotation['color']): Annotation {
  const start = paragraph?.text.indexOf(words) ?? -1
  if (start < 0) throw new Error(`"${words}" is not in ${P1}`)
  const at = '2026-11-30T09:00:00.000Z'
  return {
    id,
    reportId: report.id,
    editionHash: report.contentHash,
    target: textTargetFor(paragraph as { id: string; text: string }, start, start + words.length),
    color,
    note,
    tags: [],
    createdAt: at,
    updatedAt: at
  }
}

// The edition as the build writes it with courseNotes in edition.json.
const generatedDir = mkdtempSync(join(tmpdir(), 'reader-team-shots-generated-'))
cpSync(defaultGeneratedDir, generatedDir, { recursive: true })
writeFileSync(
  join(generatedDir, COURSE_NOTES_FILE),
  JSON.stringify({
    trainer: 'Dana Reyes',
    annotations: [
      noteOn(
        'course-0001',
        'Committee for National Security (KNB)',
        'Session 2: which agency leads, and who oversees it?',
        'blue'
      )
    ]
  })
)
// A colleague's file in the team folder, as her app wrote it.
const folder = mkdtempSync(join(tmpdir(), 'reader-team-shots-folder-'))
const amina = { id: '0b6f3c2e-8d1a-4c5b-9e7f-1a2b3c4d5e6f', name: 'Amina Okafor' }
writeFileSync(
  join(folder, teamFileName(amina.id, report.id)),
  toTeamFileText(
    amina,
    { id: report.id, title: report.metadata.title },
    [
      noteOn(
        'amina-0001',
        'wide discretion to determine what qualifies as terrorism',
        'Compare with the 2020 chapter: the wording is new.',
        'pink'
      )
    ],
    DEFAULT_COLOR_LABELS
  )
)

mkdirSync(OUT, { recursive: true })
for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  for (const theme of ['light', 'dark'] as const) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'reader-team-shots-user-'))
    const app = await launchApp({
      userDataDir,
      generatedDir,
      teamFolder: folder,
      teamName: 'Bo Lindqvist'
    })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await page.setViewportSize(size)
    await page.locator(`#${P1} mark.hl-team[data-initials="AO"]`).waitFor()
    await page.locator(`#${P1} mark.hl-team.team-course`).first().waitFor()
    await page.locator(`#${P1}`).scrollIntoViewIfNeeded()
    await page.evaluate(
      (id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }),
      P1
    )
    const name = `team-${size.width}x${size.height}-${theme}`
    await page.screenshot({ path: join(OUT, `${name}-text.png`) })
    const show = page.getByRole('button', { name: 'Show contents and notes' })
    if (await show.isVisible()) await show.click()
    await page.getByRole('tab', { name: 'Team' }).click()
    await page.locator('.team-note').nth(1).waitFor()
    await page.screenshot({ path: join(OUT, `${name}-panel.png`) })
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
rmSync(folder, { recursive: true, force: true })
rmSync(generatedDir, { recursive: true, force: true })
console.log(`Wrote docs/screenshots/team-*.png`)
