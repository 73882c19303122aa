// Times team notes at scale through main's real team service, as the app runs it: PEOPLE
// colleagues' files of NOTES notes each (real passages of the bundled report, notes of real prose)
// in a shared folder, read on the team worker; then one colleague's file changed. Prints JSON:
// time until the first layer can be drawn, until all are read, the longest block of main's event
// loop meanwhile, memory, the first page of the Team list, searches as a reader types them (each
// with its longest block of main), a search after the change, and the machine's load.
// `npm run -s bench:team` (`-- --people 50 --notes 10000`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { renderGeneratedContent } from '../src/content/generate-content'
import { DEFAULT_COLOR_LABELS } from '../src/shared/annotations/annotation-model'
import { toTeamFileText } from '../src/shared/team/team-file'
import { teamFileName } from '../src/shared/team/team-model'
import type { ProcessedReport } from '../src/shared/report-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import { AnnotationService } from '../src/main/annotation-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import { AnnotationStore } from '../src/main/annotation-store'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import { TeamService } from '../src/main/team/team-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import { TeamSettingsStore } from '../src/main/team/team-settings-store'
import { benchNotes } from './support/bench-notes-data'
import { timed } from './support/main-blocking'
import { realProseSentences } from './support/real-prose'

const root = fileURLToPath(new URL('..', import.meta.url))
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const PEOPLE = arg('people', 50)
const NOTES = arg('notes', 10_000)

const library = renderGeneratedContent(join(root, 'resources', 'reports')).library
const report = library.reports[0] as ProcessedReport
const prose = realProseSentences(join(root, 'node_modules'))
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

const folder = mkdtempSync(join(tmpdir(), 'reader-bench-team-'))
const userData = mkdtempSync(join(tmpdir(), 'reader-bench-team-user-'))
let folderBytes = 0
const personId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
for (let p = 0; p < PEOPLE; p++) {
  const person = { id: personId(p), name: `Colleague ${p + 1}` }
  const notes = benchNotes(report, prose, NOTES, { seed: p + 1, idPrefix: `p${p}` })
  const text = toTeamFileText(
    person,
    { id: report.id, title: report.metadata.title },
    notes,
    DEFAULT_COLOR_LABELS
  )
  folderBytes += Buffer.byteLength(text)
  writeFileSync(join(folder, teamFileName(person.id, report.id)), text)
}

const store = await AnnotationStore.open(userData)
const notes = new AnnotationService(store, library, {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null
})
const settings = TeamSettingsStore.open(userData)
await settings.set({ sharing: true, folder, person: { ...settings.get().person, name: 'Reader' } })
const before = process.memoryUsage()

let firstLayerMs: number | null = null
const started = performance.now()
const load = await timed(async () => {
  // What the window does: it asks for the marks of the report on screen as soon as main says a
  // layer changed; the first answer with notes is the first draw.
  const team = new TeamService({ settings, store, notes, library, pollMs: 3_600_000 })
  const watchFirst = (async () => {
    while (firstLayerMs === null) {
      const page = await team.inReport(report.id)
      if (page.total > 0) firstLayerMs = performance.now() - started
      else await new Promise((resolve) => setTimeout(resolve, 5))
    }
  })()
  await team.refresh()
  await watchFirst
  return team
})
const team = load.value
const after = process.memoryUsage()
const marks = await timed(() => team.inReport(report.id))
const list = await timed(() => team.list({}, 0))
// What the search box asks as a reader types (the first search reads nothing more than later ones:
// the words were worked out as each file was read), then the same search again.
const searches = []
for (const query of ['border security', 'border', 'smuggl', 'border security']) {
  const search = await timed(() => team.search(query))
  searches.push({
    query,
    ms: Math.round(search.ms),
    longestBlockMs: Math.round(search.maxBlockMs),
    hits: search.value.length
  })
}

// One colleague edits a note: only their file is read again.
const changed = benchNotes(report, prose, NOTES, { seed: 1, idPrefix: 'p0' })
changed[0] = {
  ...(changed[0] as (typeof changed)[number]),
  note: 'Edited by colleague 1',
  updatedAt: new Date().toISOString()
}
writeFileSync(
  join(folder, teamFileName(personId(0), report.id)),
  toTeamFileText(
    { id: personId(0), name: 'Colleague 1' },
    { id: report.id, title: report.metadata.title },
    changed,
    DEFAULT_COLOR_LABELS
  )
)
const reread = await timed(() => team.refresh())
const searchAfterChange = await timed(() => team.search('edited colleague'))

console.log(
  JSON.stringify(
    {
      command: `npm run -s bench:team -- --people ${PEOPLE} --notes ${NOTES}`,
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
      cpus: (await import('node:os')).cpus().length,
      folder: { files: PEOPLE, notes: PEOPLE * NOTES, mb: mb(folderBytes) },
      open: {
        firstLayerDrawableMs: Math.round(firstLayerMs ?? -1),
        allReadMs: Math.round(load.ms),
        longestBlockOfMainMs: Math.round(load.maxBlockMs)
      },
      memory: {
        rssMbBefore: mb(before.rss),
        rssMbAfter: mb(after.rss),
        heapUsedMbAfter: mb(after.heapUsed)
      },
      marksInReport: {
        ms: Math.round(marks.ms),
        longestBlockMs: Math.round(marks.maxBlockMs),
        drawn: marks.value.items.length,
        total: marks.value.total
      },
      teamListFirstPage: {
        ms: Math.round(list.ms),
        longestBlockMs: Math.round(list.maxBlockMs),
        shown: list.value.items.length,
        total: list.value.total
      },
      searches,
      oneFileChanged: { ms: Math.round(reread.ms), longestBlockMs: Math.round(reread.maxBlockMs) },
      searchAfterChange: {
        query: 'edited colleague',
        ms: Math.round(searchAfterChange.ms),
        longestBlockMs: Math.round(searchAfterChange.maxBlockMs),
        found: searchAfterChange.value.map((hit) => hit.note)
      },
      longestBlockOfMainMs: Math.round(
        Math.max(
          load.maxBlockMs,
          marks.maxBlockMs,
          list.maxBlockMs,
          ...searches.map((s) => s.longestBlockMs),
          reread.maxBlockMs,
          searchAfterChange.maxBlockMs
        )
      )
    },
    null,
    2
  )
)
team.close()
store.close()
rmSync(folder, { recursive: true, force: true })
rmSync(userData, { recursive: true, force: true })
