// The notes store, today's design beside the new one, in the same run, through main's real service
// and store (real electron-store reads, real files in a temp folder), with the same requests the
// window makes. `npm run -s bench:store` (`-- --notes 50000 --import 20000 --launch 9545,18920
// --creates 50 --quick`). Today's design is the store as it was at BASELINE (one annotations.json
// rewritten whole, synchronously, at every change), taken from git into node_modules/.cache.
// `--before <git revision>` measures the store at that revision instead (a branch against the one
// it came from), and `--rounds N` measures the two designs N times each, taking turns.
//
// For each design: opening N notes; a launch (opening, then listing every note for the window and
// copying it as IPC does, v8.serialize); new highlights with N notes (each acknowledged: the call
// has returned with the store saved); importing a Web Annotation file; changes with the notes near
// their 100 MB limit. Each figure comes with the longest time main's event loop could not turn and
// the CPU time main's thread spent in that longest stretch of work (scripts/support/main-blocking.ts),
// and the machine's load before and after.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { buildSync } from 'esbuild'
import { renderGeneratedContent } from '../src/content/generate-content'
import {
  DEFAULT_COLOR_LABELS,
  LIMITS,
  type Annotation,
  type NewAnnotation
} from '../src/shared/annotations/annotation-model'
import { toWebAnnotationCollection } from '../src/shared/annotations/web-annotation'
import type { ProcessedReport } from '../src/shared/report-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark starts main's worker as the app does
import type { StartNotesWorker } from '../src/main/notes-store/notes-worker-client'
import { mulberry32 } from '../src/shared/seeded-random'
import { benchNotes, passageOf } from './support/bench-notes-data'
import { timed } from './support/main-blocking'
import { realProseSentences } from './support/real-prose'

/** main before the notes folder: today's design. */
const BASELINE = '23ed0152ed50a1645617bb3f0a58dac23312bfec'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}
const quick = args.includes('--quick')
const NOTES = Number(option('notes', quick ? '10000' : '50000'))
const IMPORTED = Number(option('import', quick ? '5000' : '20000'))
const LAUNCHES = option('launch', quick ? '' : '9545,18920')
  .split(',')
  .filter(Boolean)
  .map(Number)
const CREATES = Number(option('creates', quick ? '20' : '50'))
const BEFORE = option('before', '')
const ROUNDS = Math.max(1, Number(option('rounds', '1')))
/** Notes of 20,000 characters (the longest a note may be) that bring the notes near 100 MB. */
const NEAR_CAP_NOTES = quick ? 0 : 4_800
const CHANGES_NEAR_CAP = 10

const library = renderGeneratedContent(join(root, 'resources', 'reports')).library
const report = library.reports[0] as ProcessedReport
const prose = realProseSentences(join(root, 'node_modules'))

/** The two designs behind one shape: today's answers at once, the new one once on disk. */
interface Design {
  name: string
  /** What the app waits for before it makes its window. */
  open(dir: string): Promise<Store>
  /** Whether a search keeps what it read of the notes for the next (then measured twice). */
  keepsWords: boolean
  /** Until every note is read (today's design reads them all before its open returns). */
  loaded(store: Store): Promise<void>
  service(store: Store, openPath?: string): Service
  /** What the window does at launch: every note listed and copied across (as IPC copies). */
  listAll(service: Service): Promise<{ notes: number; bytes: number }>
}
interface Store {
  list(): Annotation[]
  close(): void
  importMany(notes: Annotation[], keyOf: (a: Annotation) => string): unknown
  saveState(): { state: string }
}
interface Service {
  search(query: string): unknown
  create(input: NewAnnotation): unknown
  update(id: string, changes: { note: string }): unknown
  import(onProgress?: (p: unknown) => void): Promise<unknown>
  snapshot(from?: number): Promise<{ items: unknown[]; next?: number | null }>
}
type StoreModule = {
  AnnotationStore: {
    open(dir: string, options?: object): Store | Promise<Store>
    start?(dir: string, options?: object): Store & { loaded: Promise<void> }
  }
}
type ServiceModule = {
  AnnotationService: new (
    store: Store,
    lib: typeof library,
    dialogs: object,
    options: object
  ) => Service
}

const dialogs = (openPath?: string) => ({
  chooseSavePath: async () => null,
  chooseOpenPath: async () => openPath ?? null
})

/**
 * The notes worker bundled as the app's build bundles it (electron-vite, one ES module), so that
 * imports start it as the app does, not through tsx.
 */
function builtWorker(src: string, name: string): StartNotesWorker {
  const outfile = join(
    root,
    'node_modules',
    '.cache',
    'bench-store-worker',
    name,
    'notes-worker.mjs'
  )
  buildSync({
    entryPoints: [join(src, 'main', 'notes-store', 'notes-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error'
  })
  return (job) => new Worker(outfile, { workerData: job })
}

async function designFrom(
  name: string,
  src: string,
  paged: boolean,
  startWorker?: StartNotesWorker
): Promise<Design> {
  const { noteWords } = (await import(
    pathToFileURL(join(src, 'shared', 'annotations', 'search-notes.ts')).href
  )) as { noteWords?: unknown }
  const { AnnotationStore } = (await import(
    pathToFileURL(join(src, 'main', 'annotation-store.ts')).href
  )) as StoreModule
  const { AnnotationService } = (await import(
    pathToFileURL(join(src, 'main', 'annotation-service.ts')).href
  )) as ServiceModule
  return {
    name,
    keepsWords: noteWords !== undefined,
    // The app's launch: start() where the store has it (the notes read after it returns).
    open: async (dir) =>
      AnnotationStore.start ? AnnotationStore.start(dir) : AnnotationStore.open(dir),
    loaded: async (store) => (store as { loaded?: Promise<void> }).loaded,
    service: (store, openPath) =>
      new AnnotationService(store, library, dialogs(openPath), { startWorker }),
    listAll: async (service) => {
      let notes = 0
      let bytes = 0
      let from: number | null = 0
      while (from !== null) {
        // Each page is a call of its own from the window, a task of its own on main.
        await nextCall()
        const page: { items: unknown[]; next?: number | null } = await service.snapshot(from)
        // What Electron does to the reply on main, page by page.
        bytes += serialize(page).length
        notes += page.items.length
        from = paged ? (page.next ?? null) : null
      }
      return { notes, bytes }
    }
  }
}

/**
 * The design to compare with, from git (a copy of its src/, kept between runs): today's design at
 * BASELINE, or the store at `--before`, with its own notes worker.
 */
async function designBefore(): Promise<Design | { why: string }> {
  try {
    const commit = execFileSync('git', ['rev-parse', `${BEFORE || BASELINE}^{commit}`], {
      cwd: root,
      encoding: 'utf8'
    }).trim()
    const dir = join(root, 'node_modules', '.cache', 'bench-store-baseline', commit)
    if (!existsSync(join(dir, 'src', 'main', 'annotation-store.ts'))) {
      mkdirSync(dir, { recursive: true })
      const archive = join(dir, 'src.tar')
      execFileSync('git', ['archive', '-o', archive, commit, 'src'], { cwd: root })
      execFileSync('tar', ['-x', '-f', archive, '-C', dir])
      rmSync(archive)
    }
    const src = join(dir, 'src')
    if (!BEFORE) return await designFrom(`today's design (${commit.slice(0, 7)})`, src, false)
    return await designFrom(`before (${commit.slice(0, 7)})`, src, true, builtWorker(src, commit))
  } catch (error) {
    return {
      why: `the design to compare with could not be taken from git (${(error as Error).message})`
    }
  }
}

const ms = (value: number) => Math.round(value).toLocaleString('en')
/** A figure's blocks: the longest main did not answer, and the CPU main spent in its longest stretch. */
const blocks = (t: { maxBlockMs: number; maxBlockCpuMs: number }, more = '') =>
  `(blocks ${ms(t.maxBlockMs)}, cpu ${ms(t.maxBlockCpuMs)}${more})`
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
/** Each call from the window arrives as a task of its own: today's design answers in the same. */
const nextCall = () => new Promise((resolve) => setImmediate(resolve))

function newHighlight(i: number): NewAnnotation {
  const next = mulberry32(1000 + i)
  const paragraphs = report.sections.flatMap((s) => s.paragraphs)
  const paragraph = paragraphs[Math.floor(next() * paragraphs.length)] as {
    id: string
    text: string
  }
  return {
    reportId: report.id,
    editionHash: report.contentHash,
    target: passageOf(paragraph, next),
    color: 'green',
    note: prose[i % prose.length] as string,
    tags: []
  }
}

/** A folder holding `notes` as the design stores them (not timed). */
async function seeded(design: Design, notes: Annotation[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-store-'))
  const store = await design.open(dir)
  await store.importMany(notes, (a) => a.id)
  store.close()
  gc()
  return dir
}

type Row = Record<string, string>

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')

async function measure(design: Design, notes: Annotation[]): Promise<Row> {
  const row: Row = { 'load (1 / 5 / 15 min) as this turn began': load() }
  const dirs: string[] = []
  try {
    // Opening, then the launch: opening and listing every note for the window.
    const dir = await seeded(design, notes)
    dirs.push(dir)
    const opened = await timed(() => design.open(dir))
    row[`open ${ms(notes.length)} notes: until the window can be made`] =
      `${ms(opened.ms)} ${blocks(opened)}`
    await design.loaded(opened.value)
    opened.value.close()
    gc()
    const read = await timed(async () => {
      const store = await design.open(dir)
      await design.loaded(store)
      return store
    })
    row[`open ${ms(notes.length)} notes: until every note is read (main's CPU in all)`] =
      `${ms(read.ms)} ${blocks(read, `; in all ${ms(read.cpuMs)}`)}`
    read.value.close()
    gc()
    const launch = await timed(async () => {
      const store = await design.open(dir)
      const service = design.service(store)
      return { store, service, listed: await design.listAll(service) }
    })
    const { store, service } = launch.value
    row[`launch with ${ms(notes.length)}: open + list (MB copied)`] =
      `${ms(launch.ms)} ${blocks(launch, `; ${(launch.value.listed.bytes / 1e6).toFixed(0)} MB`)}`

    // The notes searched as the search box asks, word by word as typed.
    // At once after the launch, then again (the new design has read every note's words by then).
    for (const when of design.keepsWords ? ['just after launch', 'again'] : ['']) {
      const searching = await timed(async () => {
        for (const query of ['bor', 'border', 'border sec', 'border security']) {
          await nextCall()
          await service.search(query)
        }
      })
      row[`search the notes with ${ms(notes.length)}${when && `, ${when}`}: 4 keystrokes`] =
        `${ms(searching.ms)} ${blocks(searching)}`
    }

    // New highlights with every note there: each acknowledged (saved) before the next.
    const times: number[] = []
    const creating = await timed(async () => {
      for (let i = 0; i < CREATES; i++) {
        await nextCall()
        const started = performance.now()
        await service.create(newHighlight(i))
        times.push(performance.now() - started)
        if (store.saveState().state !== 'saved') throw new Error(`${design.name}: a write failed`)
      }
    })
    times.sort((a, b) => a - b)
    row[`new highlight with ${ms(notes.length)}: p50 / p95 / max`] =
      `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(times.at(-1) as number)} ${blocks(creating)}`
    store.close()
    gc()

    for (const count of LAUNCHES) {
      const at = await seeded(design, notes.slice(0, count))
      dirs.push(at)
      const run = await timed(async () => {
        const opened = await design.open(at)
        await design.listAll(design.service(opened))
        opened.close()
      })
      row[`launch with ${ms(count)}: open + list`] = `${ms(run.ms)} ${blocks(run)}`
      gc()
    }

    // Importing a Web Annotation file into an empty store.
    const imported = benchNotes(report, prose, IMPORTED, { seed: 7, idPrefix: 'imported' })
    const file = join(dir, 'import.annotations.json')
    writeFileSync(
      file,
      JSON.stringify(toWebAnnotationCollection(imported, library, DEFAULT_COLOR_LABELS))
    )
    const empty = mkdtempSync(join(tmpdir(), 'reader-bench-store-'))
    dirs.push(empty)
    const target = await design.open(empty)
    let progress = 0
    const importing = await timed(() => design.service(target, file).import(() => progress++))
    const outcome = importing.value as { imported?: number; skipped?: number }
    // Random picks make a few notes alike (same passage, note and colour): skipped as duplicates.
    if ((outcome.imported ?? 0) + (outcome.skipped ?? 0) !== IMPORTED) {
      throw new Error(`${design.name}: import ${JSON.stringify(outcome)}`)
    }
    row[`import ${ms(IMPORTED)} notes (progress events)`] =
      `${ms(importing.ms)} ${blocks(importing, `; ${progress}`)}`
    target.close()
    gc()

    if (NEAR_CAP_NOTES > 0) {
      const long = benchNotes(report, prose, NEAR_CAP_NOTES, { seed: 9, idPrefix: 'long' }).map(
        (a, i) => ({
          ...a,
          note: `${i} ${'a long note of many words '.repeat(800)}`.slice(0, LIMITS.noteLength)
        })
      )
      const near = await seeded(design, long)
      dirs.push(near)
      const full = await design.open(near)
      const changing = design.service(full)
      const changes: number[] = []
      const changed = await timed(async () => {
        for (let i = 0; i < CHANGES_NEAR_CAP; i++) {
          await nextCall()
          const started = performance.now()
          await changing.update((long[i * 17] as Annotation).id, { note: `Edited ${i}.` })
          changes.push(performance.now() - started)
        }
      })
      changes.sort((a, b) => a - b)
      row[`a change near the 100 MB limit (${ms(NEAR_CAP_NOTES)} long notes): p50 / max`] =
        `${ms(percentile(changes, 50))} / ${ms(changes.at(-1) as number)} ${blocks(changed)}`
      full.close()
      gc()
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
  return row
}

const started = performance.now()
const loadBefore = load()
const notes = benchNotes(report, prose, NOTES, { seed: 42 })
const today = await designBefore()
if ('why' in today) console.error(today.why)
const designs: Design[] = [
  ...('why' in today ? [] : [today]),
  await designFrom(
    BEFORE ? 'after' : 'new design',
    join(root, 'src'),
    true,
    builtWorker(join(root, 'src'), 'new')
  )
]
/** What this machine does to an event loop with nothing to do: the floor under every figure. */
async function idleFloor(): Promise<string> {
  const idle = await timed(() => new Promise((resolve) => setTimeout(resolve, 5000)))
  return `longest gap ${ms(idle.maxBlockMs)} in 5 s of doing nothing`
}

const floorBefore = await idleFloor()
const rows: Row[] = []
const columns: string[] = []
for (let round = 1; round <= ROUNDS; round++) {
  for (const design of designs) {
    const column = ROUNDS > 1 ? `${design.name}, turn ${round}` : design.name
    console.error(`measuring ${column} (load ${load()})…`)
    columns.push(column)
    rows.push(await measure(design, notes))
  }
}
const floorAfter = await idleFloor()

console.log(
  `bench:store: Node ${process.version}, ${process.platform}-${process.arch}, ${availableParallelism()} cores; load ${loadBefore} (1/5/15 min) before, ${load()} after; ${Math.round((performance.now() - started) / 1000)} s`
)
console.log(`An idle event loop on this machine: ${floorBefore} before, ${floorAfter} after.`)
if ('why' in today) console.log(`(${today.why}; only the new design was measured)`)
console.log(
  'All times in ms; "blocks": the longest main could not answer the window meanwhile; "cpu": the CPU time main\'s thread spent in its longest stretch of work; "in all": all the CPU time main\'s thread spent.\n'
)
const cases = [...new Set(rows.flatMap((r) => Object.keys(r)))]
const table = [['', ...columns], ...cases.map((c) => [c, ...rows.map((r) => r[c] ?? '')])]
const widths =
  table[0]?.map((_, i) => Math.max(...table.map((line) => (line[i] ?? '').length))) ?? []
for (const [i, line] of table.entries()) {
  console.log(`| ${line.map((cell, j) => cell.padEnd(widths[j] ?? 0)).join(' | ')} |`)
  if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
}
