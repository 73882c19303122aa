// Times team notes at scale through main's real team service, as the app runs it: PEOPLE
// colleagues' files of NOTES notes each (real passages of the bundled report, notes of real prose)
// in a shared folder, read on the team worker; then one colleague's file changed. Prints JSON:
// time until the first layer can be drawn, until all are read, the longest block of main's event
// loop meanwhile (a timer-gap monitor and perf_hooks' event-loop delay histogram), main's heap and
// the team worker's, the first page of the Team list, searches as a reader types them (each with
// its latency and longest block of main), a search after the change, and the machine's load.
// `npm run -s bench:team` (`-- --people 50 --notes 10000`). `--before DIR` also measures the code
// in DIR (a checkout of an earlier revision: `git worktree add --detach DIR main`, with
// node_modules linked in), `--rounds N` times each, taking turns; every run is a process of its own.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { renderGeneratedContent } from '../src/content/generate-content'
import { DEFAULT_COLOR_LABELS } from '../src/shared/annotations/annotation-model'
import { toTeamFileText } from '../src/shared/team/team-file'
import { teamFileName } from '../src/shared/team/team-model'
import type { ProcessedReport } from '../src/shared/report-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import type * as AnnotationServiceModule from '../src/main/annotation-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import type * as AnnotationStoreModule from '../src/main/annotation-store'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import type * as TeamServiceModule from '../src/main/team/team-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import type * as TeamSettingsModule from '../src/main/team/team-settings-store'
import { benchNotes } from './support/bench-notes-data'
import { timed } from './support/main-blocking'
import { realProseSentences } from './support/real-prose'

const root = fileURLToPath(new URL('..', import.meta.url))
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const PEOPLE = arg('people', 50)
const NOTES = arg('notes', 10_000)
const ROUNDS = Math.max(1, arg('rounds', 1))
const BEFORE = option('before')
/** Whose main to measure: this checkout, or (in a child run) the one `--before` named. */
const CODE = resolve(option('code') ?? root)

if (!process.argv.includes('--child')) {
  // Each measurement in a process of its own (a fresh heap), the two codes taking turns.
  const sides = BEFORE ? [resolve(BEFORE), root] : [root]
  const runs: { code: string; result: Record<string, unknown> }[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse()
    for (const code of order) {
      const child = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          fileURLToPath(import.meta.url),
          '--child',
          '--code',
          code,
          '--people',
          String(PEOPLE),
          '--notes',
          String(NOTES)
        ],
        {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'inherit']
        }
      )
      const result = JSON.parse(child.stdout) as Record<string, unknown>
      runs.push({ code, result })
      console.log(JSON.stringify({ round: round + 1, code, ...result }, null, 2))
    }
  }
  console.log(
    JSON.stringify(
      runs.map(({ code, result }) => ({
        code: code === root ? 'this checkout' : code,
        ...(result.summary as object)
      })),
      null,
      1
    )
  )
  process.exit(0)
}

const from = (path: string) => import(pathToFileURL(join(CODE, path)).href)
const { AnnotationService } = (await from(
  'src/main/annotation-service.ts'
)) as typeof AnnotationServiceModule
const { AnnotationStore } = (await from(
  'src/main/annotation-store.ts'
)) as typeof AnnotationStoreModule
const { TeamService } = (await from('src/main/team/team-service.ts')) as typeof TeamServiceModule
const { TeamSettingsStore } = (await from(
  'src/main/team/team-settings-store.ts'
)) as typeof TeamSettingsModule

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
// Every delay of main's event loop from here to the end, as perf_hooks sees it.
const delays = monitorEventLoopDelay({ resolution: 10 })
delays.enable()
const loadDelays = monitorEventLoopDelay({ resolution: 10 })
loadDelays.enable()
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
loadDelays.disable()
const team = load.value
const after = process.memoryUsage()
/** The team worker's heap: only a worker that keeps the notes answers this. */
const workerMemory =
  'workerMemory' in team && typeof team.workerMemory === 'function'
    ? ((await team.workerMemory()) as {
        heapUsedMb: number
        heapUsedAfterGcMb: number | null
      } | null)
    : null
// The bench's own collection (what main keeps) is no block of the app's: the histogram skips it.
delays.disable()
globalThis.gc?.()
const retained = process.memoryUsage()
delays.enable()
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
delays.disable()
const ms = (ns: number) => Math.round(ns / 1e6)
const longestBlockOfMainMs = Math.round(
  Math.max(
    load.maxBlockMs,
    marks.maxBlockMs,
    list.maxBlockMs,
    ...searches.map((s) => s.longestBlockMs),
    reread.maxBlockMs,
    searchAfterChange.maxBlockMs
  )
)

console.log(
  JSON.stringify(
    {
      command: `npm run -s bench:team -- --people ${PEOPLE} --notes ${NOTES}`,
      code: CODE,
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
      summary: {
        loadavg: loadavg().map((l) => Number(l.toFixed(2))),
        firstDrawMs: Math.round(firstLayerMs ?? -1),
        allReadMs: Math.round(load.ms),
        longestBlockWhileArrivingMs: Math.round(load.maxBlockMs),
        longestDelayWhileArrivingMs: ms(loadDelays.max),
        longestBlockOfMainMs,
        longestBlockCpuWhileArrivingMs: Math.round(load.maxBlockCpuMs),
        mainHeapMb: mb(after.heapUsed),
        mainHeapAfterGcMb: mb(retained.heapUsed),
        workerHeapMb: workerMemory?.heapUsedMb ?? null,
        workerHeapAfterGcMb: workerMemory?.heapUsedAfterGcMb ?? null,
        searchMs: searches.map((s) => s.ms)
      },
      cpus: (await import('node:os')).cpus().length,
      folder: { files: PEOPLE, notes: PEOPLE * NOTES, mb: mb(folderBytes) },
      open: {
        firstLayerDrawableMs: Math.round(firstLayerMs ?? -1),
        allReadMs: Math.round(load.ms),
        longestBlockOfMainMs: Math.round(load.maxBlockMs),
        longestBlockCpuMs: Math.round(load.maxBlockCpuMs),
        eventLoopDelayMs: {
          max: ms(loadDelays.max),
          p99: ms(loadDelays.percentile(99)),
          mean: ms(loadDelays.mean)
        }
      },
      memory: {
        rssMbBefore: mb(before.rss),
        rssMbAfter: mb(after.rss),
        heapUsedMbAfter: mb(after.heapUsed),
        heapUsedMbAfterGc: mb(retained.heapUsed),
        workerHeapUsedMb: workerMemory?.heapUsedMb ?? null,
        workerHeapUsedMbAfterGc: workerMemory?.heapUsedAfterGcMb ?? null
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
      longestBlockOfMainMs,
      eventLoopDelayWholeRunMs: { max: ms(delays.max), p99: ms(delays.percentile(99)) }
    },
    null,
    2
  )
)
team.close()
store.close()
rmSync(folder, { recursive: true, force: true })
rmSync(userData, { recursive: true, force: true })
