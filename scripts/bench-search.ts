/**
 * The search benchmark: what the app does on every keystroke, against FlexSearch, MiniSearch and
 * a postings-scan floor over the same index (plain lunr on request), in one interleaved run on
 * real English prose of 1, 10 and 30 MB (package documentation: scripts/support/prose-corpus.ts).
 *
 *   npm run -s bench                                    the three prose corpora
 *   npm run -s bench -- --corpora prose-10MB            some of them (also bundled, 1MB, 10MB:
 *                                                       the bundled report and text made from it)
 *   npm run -s bench -- --engines ours,FlexSearch       some of the engines (ENGINES)
 *   npm run -s bench -- --rounds 5 --budget 60          rounds of typing, seconds per engine
 *   npm run -s bench -- --json                          {"loadavg", "corpora": [...]}
 *   npm run -s bench -- --seed 7                        other queries
 *   npm run -s bench -- --without-lunr                  also build with "lunrIndex": false
 *
 * Ours is measured on the app's own path: main's openLibrary and search.start(), the glossary
 * wrapper main puts around the engine, and the renderer's own request on each keystroke
 * (asYouTypeRequest: the best 50 of every report, the last word as a prefix).
 *
 * For each corpus, in this order:
 * 1. The reports are written to a temporary content folder and built by the real content build
 *    in a child process on Node's default heap: its time and peak memory.
 * 2. FlexSearch and MiniSearch build their indexes from the same paragraphs and save them.
 * 3. Launch, each engine in a fresh process (scripts/bench-launch.ts), median of 3: until the
 *    window can show the report, until search is ready, and the first search: the first query
 *    typed letter by letter right then (its slowest keystroke).
 * 4. Typing: each engine in a worker thread of its own (its own heap); queries typed one
 *    character at a time, every prefix a keystroke (misspellings and all). The engines take
 *    turns, round after round, in a rotating order, so a busy moment of the machine falls on
 *    all of them alike. Wall time and the thread's CPU time of every keystroke.
 * 5. Quality: 30 queries, each passed when every one of its top 3 results holds every wanted word.
 *
 * The machine's load (os.loadavg()) is printed with every corpus: on a busy machine compare the
 * engines of one run, not the milliseconds of one run with another's.
 * Progress goes to stderr; stdout has only the table or the JSON.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  generateSyntheticCorpus,
  learnVocabulary,
  utf8Length,
  writeReportFiles,
  writeSyntheticCorpus,
  type Vocabulary
} from '../src/content/synthetic-corpus'
import { GENERATED_FILES, type Library } from '../src/shared/report-model'
import { mulberry32 } from '../src/shared/seeded-random'
import {
  buildPeerIndexes,
  DEFAULT_ENGINES,
  documentsOf,
  ENGINES,
  type EngineName
} from './support/bench-engines'
import { benchQueries, keystrokes, vocabularyOf, type QuerySet } from './support/bench-queries'
import type { WorkerReply, WorkerRequest, WorkerStart } from './support/bench-worker'
import {
  fetchProsePackages,
  proseCacheDir,
  proseReports,
  readProseDocuments
} from './support/prose-corpus'

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUNDLED_CONTENT_DIR = join(PROJECT_ROOT, 'resources', 'reports')
const BUNDLED_REPORT = join(BUNDLED_CONTENT_DIR, 'crt2021-kazakhstan.txt')
const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts', 'build-content.ts')
const LAUNCH_SCRIPT = join(PROJECT_ROOT, 'scripts', 'bench-launch.ts')
const WORKER_SCRIPT = new URL('./support/bench-worker.ts', import.meta.url)
const LAUNCHES = 3

type CorpusName = 'bundled' | '1MB' | '10MB' | 'prose-1MB' | 'prose-10MB' | 'prose-30MB'

interface CorpusSpec {
  name: CorpusName
  kind: 'bundled' | 'synthetic' | 'prose'
  targetBytes: number
}

const CORPORA: readonly CorpusSpec[] = [
  { name: 'bundled', kind: 'bundled', targetBytes: 0 },
  { name: '1MB', kind: 'synthetic', targetBytes: 1_000_000 },
  { name: '10MB', kind: 'synthetic', targetBytes: 10_000_000 },
  { name: 'prose-1MB', kind: 'prose', targetBytes: 1_000_000 },
  { name: 'prose-10MB', kind: 'prose', targetBytes: 10_000_000 },
  { name: 'prose-30MB', kind: 'prose', targetBytes: 30_000_000 }
]
const DEFAULT_CORPORA: readonly CorpusName[] = ['prose-1MB', 'prose-10MB', 'prose-30MB']

/** What is typed, one character at a time, into the bundled and synthetic reports. */
const REPORT_TYPED: readonly string[] = [
  'kazakhstan border security',
  'financing of terrorism',
  'Kazahkstan ',
  'Tokayev',
  'API/PNR',
  'repatriated',
  'religious extremism online',
  '"illegal border crossing"',
  'Committee for National Security'
]

interface BuildFigures {
  ms: number
  peakMB: number
  /** The build's own line (sizes, and what leaving the lunr index out saved). */
  line: string
}

interface Launch {
  reportMs: number
  readyMs: number
  firstKeystrokeMs: number | null
  firstSearchMs: number | null
  /** Ours: the first query typed TYPING_STARTS ms after the window could show the report. */
  laterSearchMs: number | null
}

/** When a person can have started typing, at the earliest, after the report shows. */
const TYPING_STARTS = 500

interface EngineFigures {
  indexBytes: number | null
  memoryMB: number | null
  launch: Launch | null
  rounds: number
  keystrokes: number
  p50Ms: number | null
  p95Ms: number | null
  worstMs: number | null
  cpuP95Ms: number | null
  cpuWorstMs: number | null
  /** The slowest keystrokes (wall), the text typed and its time. */
  slowest: { text: string; ms: number }[]
  quality: { passed: number; of: number; failed: string[] } | null
  /** Why an engine could not be measured. */
  problem: string | null
}

interface BenchCorpus {
  name: CorpusName
  textBytes: number
  reports: number
  paragraphs: number
  glossaryTerms: number
  build: BuildFigures
  buildWithoutLunr: BuildFigures | null
  peerBuildMs: Record<'FlexSearch' | 'MiniSearch', number>
  typed: string[]
  keystrokesPerRound: number
  /** os.loadavg() before the launches and after the typing. */
  loadBefore: number[]
  loadAfter: number[]
  engines: Partial<Record<EngineName, EngineFigures>>
}

// ---------------------------------------------------------------------------------------------
// Helpers

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

const round2 = (ms: number | null): number | null =>
  ms === null ? null : Math.round(ms * 100) / 100

/** Nearest-rank percentile. */
function percentile(samples: readonly number[], p: number): number | null {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number
}

const load = (): number[] => loadavg().map((n) => Math.round(n * 100) / 100)

/** Runs a TypeScript script in a fresh Node process (Node's default heap unless given). */
function runScript(script: string, args: readonly string[], nodeOptions: readonly string[] = []) {
  const result = spawnSync(process.execPath, [...nodeOptions, '--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  if (result.status !== 0) {
    throw new Error(`${script} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`)
  }
  return result.stdout
}

function build(contentDir: string, outDir: string): BuildFigures {
  const started = performance.now()
  const line = runScript(BUILD_SCRIPT, [
    '--content',
    contentDir,
    '--out',
    outDir,
    '--lang',
    'en'
  ]).trim()
  const ms = performance.now() - started
  const peak = /peak memory (\d+) MB/.exec(line)
  return { ms, peakMB: peak ? Number(peak[1]) : NaN, line }
}

/** Launches of every engine, in fresh processes, taking turns; the median of each figure. */
function launches(
  engines: readonly EngineName[],
  generatedDir: string,
  first: string
): Map<EngineName, Launch> {
  const runs = new Map<EngineName, Launch[]>(engines.map((e) => [e, []]))
  const launch = (engine: EngineName, after: number) => {
    const heap = engine === 'ours' ? [] : ['--max-old-space-size=8192']
    const args = ['--engine', engine, '--generated', generatedDir, '--first', first]
    return JSON.parse(runScript(LAUNCH_SCRIPT, [...args, '--after', String(after)], heap)) as Omit<
      Launch,
      'laterSearchMs'
    >
  }
  for (let i = 0; i < LAUNCHES; i++)
    for (const engine of engines) {
      if (engine === 'floor') continue // not an app
      const atOnce = launch(engine, 0)
      const later = engine === 'ours' ? launch(engine, TYPING_STARTS).firstSearchMs : null
      runs.get(engine)?.push({ ...atOnce, laterSearchMs: later })
    }
  const medians = new Map<EngineName, Launch>()
  for (const [engine, list] of runs) {
    if (list.length === 0) continue
    const mid = (pick: (l: Launch) => number | null) =>
      percentile(
        list.map(pick).filter((n): n is number => n !== null),
        0.5
      )
    medians.set(engine, {
      reportMs: mid((l) => l.reportMs) as number,
      readyMs: mid((l) => l.readyMs) as number,
      firstKeystrokeMs: mid((l) => l.firstKeystrokeMs),
      firstSearchMs: mid((l) => l.firstSearchMs),
      laterSearchMs: mid((l) => l.laterSearchMs)
    })
  }
  return medians
}

// ---------------------------------------------------------------------------------------------
// Engines in workers

class EngineWorker {
  private readonly worker: Worker
  private replies: ((reply: WorkerReply) => void)[] = []
  readonly loaded: Promise<WorkerReply>

  constructor(
    readonly name: EngineName,
    generatedDir: string
  ) {
    const start: WorkerStart = { engine: name, generatedDir }
    this.worker = new Worker(WORKER_SCRIPT, {
      workerData: start,
      resourceLimits: { maxOldGenerationSizeMb: 8192 }
    })
    this.worker.on('message', (reply: WorkerReply) => this.replies.shift()?.(reply))
    this.worker.on('error', (error) =>
      this.replies.shift()?.({ kind: 'failed', message: error.message })
    )
    this.loaded = this.next()
  }

  private next(): Promise<WorkerReply> {
    return new Promise((resolve) => this.replies.push(resolve))
  }

  ask(request: WorkerRequest): Promise<WorkerReply> {
    const reply = this.next()
    this.worker.postMessage(request)
    return reply
  }

  async stop(): Promise<void> {
    this.worker.postMessage({ kind: 'stop' } satisfies WorkerRequest)
    await this.worker.terminate()
  }
}

// ---------------------------------------------------------------------------------------------
// One corpus

interface Context {
  engines: readonly EngineName[]
  seed: number
  rounds: number
  budgetMs: number
  withoutLunr: boolean
  vocabulary: Vocabulary
  prose: (() => ReturnType<typeof readProseDocuments>) | null
  /** Queries of the real prose: drawn from the 1 MB corpus, which starts every larger one. */
  proseQueries: QuerySet | null
}

function writeContent(spec: CorpusSpec, context: Context, contentDir: string): string {
  if (spec.kind === 'bundled') return BUNDLED_CONTENT_DIR
  if (spec.kind === 'synthetic') {
    writeSyntheticCorpus(
      contentDir,
      generateSyntheticCorpus(context.vocabulary, {
        seed: context.seed,
        targetBytes: spec.targetBytes
      })
    )
  } else {
    const documents = context.prose?.()
    if (!documents) throw new Error('no prose')
    writeReportFiles(
      contentDir,
      proseReports(documents, { seed: context.seed, targetBytes: spec.targetBytes }),
      '.md'
    )
  }
  return contentDir
}

function emptyFigures(): EngineFigures {
  return {
    indexBytes: null,
    memoryMB: null,
    launch: null,
    rounds: 0,
    keystrokes: 0,
    p50Ms: null,
    p95Ms: null,
    worstMs: null,
    cpuP95Ms: null,
    cpuWorstMs: null,
    slowest: [],
    quality: null,
    problem: null
  }
}

async function benchCorpus(spec: CorpusSpec, context: Context): Promise<BenchCorpus> {
  const workDir = mkdtempSync(join(tmpdir(), `reader-bench-search-${spec.name}-`))
  try {
    progress(`${spec.name}: writing the reports`)
    const contentDir = writeContent(spec, context, join(workDir, 'reports'))
    const generatedDir = join(workDir, 'generated')
    progress(`${spec.name}: the content build (a child process, Node's default heap)`)
    const standard = build(contentDir, generatedDir)
    progress(`  ${standard.line}`)
    let withoutLunr: BuildFigures | null = null
    if (context.withoutLunr) {
      const leaveOutDir = join(workDir, 'large-edition')
      cpSync(contentDir, leaveOutDir, { recursive: true })
      writeFileSync(
        join(leaveOutDir, 'edition.json'),
        JSON.stringify({
          appName: 'Large Library',
          editionTitle: 'Bench',
          about: '',
          contact: '',
          lunrIndex: false
        })
      )
      progress(`${spec.name}: the content build with "lunrIndex": false`)
      withoutLunr = build(leaveOutDir, join(workDir, 'generated-large'))
      progress(`  ${withoutLunr.line}`)
      rmSync(join(workDir, 'generated-large'), { recursive: true, force: true })
    }

    const library = JSON.parse(
      readFileSync(join(generatedDir, GENERATED_FILES.library), 'utf8')
    ) as Library
    const documents = documentsOf(library)
    const glossaryTerms = (
      JSON.parse(readFileSync(join(generatedDir, GENERATED_FILES.glossary), 'utf8')) as {
        terms: unknown[]
      }
    ).terms.length
    progress(`${spec.name}: FlexSearch and MiniSearch build and save their indexes`)
    const peerBuildMs = buildPeerIndexes(documents, generatedDir)

    const set =
      spec.kind === 'prose'
        ? (context.proseQueries ??= benchQueries(
            vocabularyOf(library),
            mulberry32(context.seed),
            null
          ))
        : benchQueries(context.vocabulary, mulberry32(context.seed), REPORT_TYPED)
    const typed = keystrokes(set.typed)
    const loadBefore = load()
    progress(
      `${spec.name}: launches, ${LAUNCHES} of each engine in fresh processes (load ${loadBefore.join(' ')})`
    )
    const launched = launches(context.engines, generatedDir, set.typed[0] ?? 'search')

    const engines: BenchCorpus['engines'] = {}
    const workers: EngineWorker[] = []
    for (const name of context.engines) {
      progress(`${spec.name}, ${name}: loading in a worker`)
      const figures = emptyFigures()
      figures.launch = launched.get(name) ?? null
      engines[name] = figures
      const worker = new EngineWorker(name, generatedDir)
      const reply = await worker.loaded
      if (reply.kind === 'loaded') {
        figures.indexBytes = reply.indexBytes
        figures.memoryMB = reply.memoryMB
        workers.push(worker)
      } else {
        figures.problem = reply.kind === 'failed' ? reply.message : 'did not load'
        progress(`${spec.name}, ${name}: ${figures.problem}`)
        await worker.stop()
      }
    }
    await typeRounds(spec.name, workers, engines, typed, context)
    for (const worker of workers) {
      const figures = engines[worker.name] as EngineFigures
      const reply = await worker.ask({ kind: 'quality', checks: set.quality })
      if (reply.kind === 'quality')
        figures.quality = {
          passed: reply.passed.length,
          of: set.quality.length,
          failed: reply.failed
        }
      await worker.stop()
    }
    return {
      name: spec.name,
      textBytes: documents.texts.reduce((sum, text) => sum + utf8Length(text), 0),
      reports: library.reports.length,
      paragraphs: documents.texts.length,
      glossaryTerms,
      build: standard,
      buildWithoutLunr: withoutLunr,
      peerBuildMs,
      typed: set.typed,
      keystrokesPerRound: typed.length,
      loadBefore,
      loadAfter: load(),
      engines
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * The typing: round after round, each engine types every keystroke in turn (the order rotating
 * each round), until `rounds` rounds are done; an engine whose typing has used its time budget
 * sits the later rounds out.
 */
async function typeRounds(
  corpus: string,
  workers: EngineWorker[],
  engines: BenchCorpus['engines'],
  typed: readonly string[],
  context: Context
): Promise<void> {
  const wall = new Map<EngineName, number[]>(workers.map((w) => [w.name, []]))
  const cpu = new Map<EngineName, number[]>(workers.map((w) => [w.name, []]))
  const spent = new Map<EngineName, number>(workers.map((w) => [w.name, 0]))
  for (let round = 0; round < context.rounds; round++) {
    const order = workers.map((_, i) => workers[(i + round) % workers.length] as EngineWorker)
    for (const worker of order) {
      if ((spent.get(worker.name) ?? 0) > context.budgetMs) continue
      const reply = await worker.ask({ kind: 'round', keystrokes: [...typed] })
      if (reply.kind !== 'round') continue
      wall.get(worker.name)?.push(...reply.wallMs)
      cpu.get(worker.name)?.push(...reply.cpuMs)
      spent.set(
        worker.name,
        (spent.get(worker.name) ?? 0) + reply.wallMs.reduce((a, b) => a + b, 0)
      )
      const figures = engines[worker.name] as EngineFigures
      figures.rounds++
    }
    progress(`${corpus}: round ${round + 1} of ${context.rounds} typed (load ${load().join(' ')})`)
  }
  for (const worker of workers) {
    const figures = engines[worker.name] as EngineFigures
    const times = wall.get(worker.name) ?? []
    const cpuTimes = cpu.get(worker.name) ?? []
    const slowest = times
      .map((ms, i) => ({ text: typed[i % typed.length] as string, ms: round2(ms) as number }))
      .sort((a, b) => b.ms - a.ms)
      .filter((k, i, all) => all.findIndex((o) => o.text === k.text) === i)
      .slice(0, 5)
    Object.assign(figures, {
      keystrokes: times.length,
      p50Ms: round2(percentile(times, 0.5)),
      p95Ms: round2(percentile(times, 0.95)),
      worstMs: round2(times.length > 0 ? Math.max(...times) : null),
      cpuP95Ms: round2(percentile(cpuTimes, 0.95)),
      cpuWorstMs: round2(cpuTimes.length > 0 ? Math.max(...cpuTimes) : null),
      slowest
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function formatTable(rows: readonly BenchCorpus[]): string {
  const mb = (n: number): string =>
    n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`
  const ms = (n: number | null | undefined): string =>
    n === null || n === undefined ? '–' : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`
  const lines: string[] = []
  for (const r of rows) {
    lines.push(
      `${r.name}: ${mb(r.textBytes)} of text, ${r.reports} report${r.reports === 1 ? '' : 's'}, ${r.paragraphs} paragraphs, ${r.glossaryTerms} glossary terms; ` +
        `${r.keystrokesPerRound} keystrokes a round; load average ${r.loadBefore.join(' ')} before, ${r.loadAfter.join(' ')} after`
    )
    const buildLine = (label: string, b: BuildFigures) =>
      `  content build${label}: ${(b.ms / 1000).toFixed(1)} s, peak memory ${b.peakMB} MB`
    lines.push(buildLine('', r.build))
    if (r.buildWithoutLunr) {
      const saved = /saved ([\d.]+ MB)/.exec(r.buildWithoutLunr.line)?.[1] ?? '?'
      lines.push(`${buildLine(' with "lunrIndex": false', r.buildWithoutLunr)} (saved ${saved})`)
    }
    lines.push(
      `  FlexSearch and MiniSearch build their indexes in ${(r.peerBuildMs.FlexSearch / 1000).toFixed(1)} s and ${(r.peerBuildMs.MiniSearch / 1000).toFixed(1)} s`
    )
    const names = ENGINES.filter((name) => r.engines[name])
    const e = names.map((name) => r.engines[name] as EngineFigures)
    const table = [
      ['', ...names],
      ['index on disk', ...e.map((f) => (f.indexBytes === null ? '–' : mb(f.indexBytes)))],
      ['memory after loading', ...e.map((f) => (f.memoryMB === null ? '–' : `${f.memoryMB} MB`))],
      ['window shows the report', ...e.map((f) => ms(f.launch?.reportMs))],
      ['search ready after launch', ...e.map((f) => ms(f.launch?.readyMs))],
      ['first search, typed once ready', ...e.map((f) => ms(f.launch?.firstSearchMs))],
      [
        `first search, typed ${TYPING_STARTS / 1000} s after the report`,
        ...e.map((f) => ms(f.launch?.laterSearchMs))
      ],
      ['keystroke p50', ...e.map((f) => ms(f.p50Ms))],
      ['keystroke p95', ...e.map((f) => ms(f.p95Ms))],
      ['keystroke worst', ...e.map((f) => ms(f.worstMs))],
      ['keystroke CPU p95', ...e.map((f) => ms(f.cpuP95Ms))],
      ['keystroke CPU worst', ...e.map((f) => ms(f.cpuWorstMs))],
      ['keystrokes timed (rounds)', ...e.map((f) => `${f.keystrokes} (${f.rounds})`)],
      ['top-3 quality', ...e.map((f) => (f.quality ? `${f.quality.passed}/${f.quality.of}` : '–'))]
    ]
    const widths =
      table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? []
    for (const row of table) {
      lines.push(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`
      )
    }
    for (const name of names) {
      const f = r.engines[name] as EngineFigures
      if (f.problem) lines.push(`  ${name}: ${f.problem}`)
      if (f.slowest.length > 0)
        lines.push(
          `  slowest, ${name}: ${f.slowest.map((k) => `${JSON.stringify(k.text)} ${ms(k.ms)}`).join(', ')}`
        )
      if (f.quality && f.quality.failed.length > 0)
        lines.push(
          `  top 3 missed a wanted word, ${name}: ${f.quality.failed.map((q) => JSON.stringify(q)).join(', ')}`
        )
    }
    const ours = r.engines.ours?.p95Ms
    const flex = r.engines.FlexSearch?.p95Ms
    if (ours && flex) lines.push(`  keystroke p95, ours ÷ FlexSearch: ${(ours / flex).toFixed(2)}×`)
    lines.push(`  typed: ${r.typed.map((q) => JSON.stringify(q)).join(', ')}`)
    lines.push('')
  }
  lines.push(
    'Keystroke: ours, the renderer’s request through main’s glossary wrapper (the best 50 with ' +
      'marked snippets); the others, their best 50 with a snippet each. Window shows the report / ' +
      'search ready: from the start of loading content, in a fresh process, median of 3 (ours: ' +
      'main’s own opening; the others: an app that parses library.json, then loads the index). ' +
      'First search: the slowest keystroke of the first query typed letter by letter in that ' +
      `process, as soon as search is ready, or ${TYPING_STARTS} ms after the report could show ` +
      '(ours only: main warms its engine up in the background meanwhile). Memory: heap and array buffers of the engine’s worker after loading.'
  )
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------
// Command line

interface Options {
  engines: EngineName[]
  json: boolean
  corpora: CorpusSpec[]
  seed: number
  rounds: number
  budgetMs: number
  withoutLunr: boolean
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    engines: [...DEFAULT_ENGINES],
    json: false,
    corpora: CORPORA.filter((c) => DEFAULT_CORPORA.includes(c.name)),
    seed: 1,
    rounds: 5,
    budgetMs: 120_000,
    withoutLunr: false
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--without-lunr') options.withoutLunr = true
    else if (arg === '--seed' || arg === '--budget' || arg === '--rounds') {
      const value = Number(argv[++i])
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${arg} needs a positive number`)
      if (arg === '--seed') options.seed = Math.round(value)
      else if (arg === '--rounds') options.rounds = Math.round(value)
      else options.budgetMs = value * 1000
    } else if (arg === '--engines') {
      const names = (argv[++i] ?? '').split(',')
      if (!names.every((n) => (ENGINES as readonly string[]).includes(n)))
        throw new Error(`--engines takes a list of ${ENGINES.join(',')}`)
      options.engines = ENGINES.filter((e) => names.includes(e))
    } else if (arg === '--corpora') {
      const names = (argv[++i] ?? '').split(',').filter((n) => n !== '')
      const unknown = names.filter((n) => !CORPORA.some((c) => c.name === n))
      if (names.length === 0 || unknown.length > 0) {
        throw new Error(
          `--corpora takes a list of ${CORPORA.map((c) => c.name).join(', ')}` +
            (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : '')
        )
      }
      options.corpora = CORPORA.filter((c) => names.includes(c.name))
    } else {
      throw new Error(
        `unknown option ${arg} (options: --json, --corpora ${CORPORA.map((c) => c.name).join(',')}, --engines ${ENGINES.join(',')}, --rounds N, --budget SECONDS, --seed N, --without-lunr)`
      )
    }
  }
  return options
}

async function main(): Promise<number> {
  let options: Options
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`)
    return 2
  }
  const started = performance.now()
  const loadAtStart = load()
  progress(`load average ${loadAtStart.join(' ')} (${process.version})`)
  let prose: ReturnType<typeof readProseDocuments> | null = null
  const context: Context = {
    engines: options.engines,
    seed: options.seed,
    rounds: options.rounds,
    budgetMs: options.budgetMs,
    withoutLunr: options.withoutLunr,
    vocabulary: learnVocabulary(readFileSync(BUNDLED_REPORT, 'utf8')),
    prose: () => {
      prose ??= readProseDocuments(fetchProsePackages(proseCacheDir(), (line) => progress(line)))
      return prose
    },
    proseQueries: null
  }
  // The prose queries come from the 1 MB corpus, whichever prose corpora are measured.
  if (options.corpora.some((c) => c.kind === 'prose')) {
    const dir = mkdtempSync(join(tmpdir(), 'reader-bench-queries-'))
    try {
      const small = writeContent(CORPORA[3] as CorpusSpec, context, join(dir, 'reports'))
      runScript(BUILD_SCRIPT, ['--content', small, '--out', join(dir, 'generated')])
      const library = JSON.parse(
        readFileSync(join(dir, 'generated', GENERATED_FILES.library), 'utf8')
      ) as Library
      context.proseQueries = benchQueries(vocabularyOf(library), mulberry32(options.seed), null)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const rows: BenchCorpus[] = []
  for (const spec of options.corpora) rows.push(await benchCorpus(spec, context))
  const loadAtEnd = load()
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  console.log(
    options.json
      ? JSON.stringify({ loadavg: { start: loadAtStart, end: loadAtEnd }, corpora: rows }, null, 2)
      : `${formatTable(rows)}\nLoad average (1, 5, 15 min): ${loadAtStart.join(' ')} at the start, ${loadAtEnd.join(' ')} at the end; ${process.version}, ${availableParallelism()} cores.`
  )
  return 0
}

process.exitCode = await main()
