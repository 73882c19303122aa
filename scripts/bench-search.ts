/**
 * The search benchmark: our engine (packed index) against plain lunr (search-index.json), side by
 * side, on the bundled report and on seeded synthetic corpora of about 1 MB and 10 MB of text.
 *
 *   npm run -s bench                               readable table
 *   npm run -s bench -- --json                     {"corpora": [...]} (see BenchCorpus below)
 *   npm run -s bench -- --corpora bundled,1MB      a subset, for quick runs
 *   npm run -s bench -- --seed 7                   another synthetic corpus and query sample
 *
 * For each corpus, in one process:
 * 1. The synthetic reports are written to a temporary content folder and built by the real
 *    pipeline (renderGeneratedContent); the generated files are written to a temporary folder.
 * 2. Each side loads its index from disk: ours reads search-index.bin and creates the engine;
 *    plain lunr reads search-index.json, parses it and calls lunr.Index.load. Both also map
 *    results to paragraph text (ours inside createSearchEngine, lunr in a ref → text map, timed
 *    with its load). library.json is parsed once, untimed, for both: each needs the text alike.
 *    loadMs is the median of several loads.
 * 3. Queries: ~60 realistic queries drawn from the report's vocabulary, several rounds after a
 *    warm-up. A query's time is from the text to the top 10 results with highlighted snippets:
 *    engine.search(text, { limit: 10, asYouType: true }) for ours (what the app asks), and
 *    index.search(text) plus a snippet window around each of the top 10's positions for lunr.
 * 4. Keystrokes: realistic queries typed one character at a time; every prefix is searched the
 *    same way, except that plain lunr gets a trailing `*` on the word being typed (the usual way
 *    to search as you type with lunr; without it a half-typed word finds nothing). p95 over all
 *    keystrokes of all rounds.
 * The two sides run one after the other in the same process, ours first; each side's index is
 * loaded only for its own turn, so neither pays for the other's heap or garbage (the app holds
 * only ours).
 *
 * Progress goes to stderr; stdout has only the table or the JSON.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import lunr from 'lunr'
import { renderGeneratedContent } from '../src/content/generate-content'
import {
  coreOf,
  generateSyntheticCorpus,
  learnVocabulary,
  utf8Length,
  writeSyntheticCorpus,
  type Random,
  type Vocabulary
} from '../src/content/synthetic-corpus'
import { writeGeneratedFiles } from '../src/content/write-generated'
import { GENERATED_FILES, paragraphRef, type Library } from '../src/shared/report-model'
import { matchedPositions } from '../src/shared/search/lunr-setup'
import { createSearchEngine } from '../src/shared/search/search-engine'
import type { SearchEngine, Span } from '../src/shared/search/search-types'
import { isStopWord } from '../src/shared/search/term-pipeline'
import { mulberry32 } from '../src/shared/seeded-random'

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUNDLED_CONTENT_DIR = join(PROJECT_ROOT, 'resources', 'reports')
const BUNDLED_REPORT = join(BUNDLED_CONTENT_DIR, 'crt2021-kazakhstan.txt')

const RESULT_LIMIT = 10
const SNIPPET_LENGTH = 200
const SNIPPET_CONTEXT = 50

interface CorpusSpec {
  name: 'bundled' | '1MB' | '10MB'
  /** Paragraph text to generate; null for the bundled report as it is. */
  targetBytes: number | null
  /** How many times each side loads its index (the median is reported). */
  loads: number
  /** Measured rounds over the query set and over the typing sequence. */
  queryRounds: number
  keystrokeRounds: number
}

const CORPORA: readonly CorpusSpec[] = [
  { name: 'bundled', targetBytes: null, loads: 15, queryRounds: 20, keystrokeRounds: 20 },
  { name: '1MB', targetBytes: 1_000_000, loads: 7, queryRounds: 8, keystrokeRounds: 8 },
  { name: '10MB', targetBytes: 10_000_000, loads: 5, queryRounds: 4, keystrokeRounds: 4 }
]

/** What is typed, one character at a time, for keystroke-to-results. */
const TYPED_QUERIES: readonly string[] = [
  'kazakhstan border security',
  'financing of terrorism',
  'Tokayev',
  'API/PNR',
  'repatriated',
  'religious extremism online',
  '"illegal border crossing"',
  'Committee for National Security'
]

interface BenchCorpus {
  name: CorpusSpec['name']
  textBytes: number
  indexBytes: number
  loadMs: number
  queryP50Ms: number
  queryP95Ms: number
  keystrokeP95Ms: number
  lunr: { indexBytes: number; loadMs: number; queryP95Ms: number; keystrokeP95Ms: number }
}

/** The extra figures the table shows (not part of the JSON). */
interface CorpusDetails {
  reports: number
  paragraphs: number
  buildMs: number
  queries: number
  keystrokes: number
  lunrQueryP50Ms: number
}

/** One side of the comparison: text in, top results with highlighted snippets out. */
interface Side {
  /** Returns a number derived from the results, so the work cannot be optimized away. */
  run(text: string, typing: boolean): number
}

interface Loaded<T> {
  value: T
  loadMs: number
  indexBytes: number
}

// ---------------------------------------------------------------------------------------------
// The two sides

/** Ours: the packed index from disk → the engine the app uses. */
function loadOurs(generatedDir: string, library: Library): Loaded<SearchEngine> {
  const path = join(generatedDir, GENERATED_FILES.packedIndex)
  const started = performance.now()
  const engine = createSearchEngine(library, readFileSync(path))
  return { value: engine, loadMs: performance.now() - started, indexBytes: statSync(path).size }
}

function oursSide(engine: SearchEngine): Side {
  return {
    run(text) {
      const response = engine.search(text, { limit: RESULT_LIMIT, asYouType: true })
      let sink = response.total
      for (const hit of response.results) sink += hit.snippet.length + hit.highlights.length
      return sink
    }
  }
}

interface PlainLunr {
  index: lunr.Index
  texts: Map<string, string>
}

/** Plain lunr: search-index.json from disk → JSON.parse → lunr.Index.load, plus ref → text. */
function loadLunr(generatedDir: string, library: Library): Loaded<PlainLunr> {
  const path = join(generatedDir, GENERATED_FILES.searchIndex)
  const started = performance.now()
  const index = lunr.Index.load(JSON.parse(readFileSync(path, 'utf8')) as object)
  const texts = new Map<string, string>()
  for (const report of library.reports) {
    for (const section of report.sections) {
      for (const paragraph of section.paragraphs) {
        texts.set(paragraphRef(report.id, paragraph.id), paragraph.text)
      }
    }
  }
  return {
    value: { index, texts },
    loadMs: performance.now() - started,
    indexBytes: statSync(path).size
  }
}

function lunrSide({ index, texts }: PlainLunr): Side {
  return {
    run(text, typing) {
      let results: lunr.Index.Result[]
      try {
        // Search-as-you-type with plain lunr: the word being typed gets a trailing wildcard.
        results = index.search(typing && /\w$/.test(text) ? `${text}*` : text)
      } catch {
        results = [] // lunr throws on some input ("Overview:", "*", unbalanced syntax)
      }
      let sink = results.length
      for (const result of results.slice(0, RESULT_LIMIT)) {
        const { snippet, highlights } = lunrSnippet(texts.get(result.ref) ?? '', result)
        sink += snippet.length + highlights.length
      }
      return sink
    }
  }
}

/** A simple window around the first matched position, with every matched position in it marked. */
function lunrSnippet(
  text: string,
  result: lunr.Index.Result
): { snippet: string; highlights: Span[] } {
  const positions = matchedPositions(result)
    .filter((match) => match.field === 'text')
    .flatMap((match) => match.positions)
    .sort((a, b) => a[0] - b[0])
  const first = positions[0]?.[0] ?? 0
  const start = Math.max(0, Math.min(first - SNIPPET_CONTEXT, text.length - SNIPPET_LENGTH))
  const end = Math.min(text.length, start + SNIPPET_LENGTH)
  const highlights = positions
    .filter(([s, length]) => s >= start && s + length <= end)
    .map(([s, length]): Span => [s - start, s - start + length])
  return { snippet: text.slice(start, end), highlights }
}

// ---------------------------------------------------------------------------------------------
// Queries

/**
 * About 60 queries people would type, drawn from the report's vocabulary with a seeded sample:
 * common and rare words, names, acronyms, numbers, two- and three-word queries, quoted phrases,
 * misspellings and prefixes.
 */
function benchQueries(vocabulary: Vocabulary, random: Random): string[] {
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

  return [
    ...common,
    ...sample(rare, 8),
    ...sample(vocabulary.names, 6),
    ...sample(acronyms, 6),
    ...sample(numbers, 5),
    ...sample(pairs, 10),
    ...sample(triples, 5),
    '"illegal border crossing"',
    ...sample(triples, 2).map((t) => `"${t}"`),
    ...sample(long, 4).map(misspell),
    ...sample(long, 3).map((w) => w.slice(0, 5))
  ]
}

/** Every prefix of every typed query, as the search box sees them while typing. */
function keystrokes(): string[] {
  return TYPED_QUERIES.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))
  )
}

// ---------------------------------------------------------------------------------------------
// Measuring

let sink = 0

/** Runs every text `rounds` times; returns each run's time. */
function measure(side: Side, texts: readonly string[], rounds: number, typing = false): number[] {
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const started = performance.now()
      sink += side.run(text, typing)
      times.push(performance.now() - started)
    }
  }
  return times
}

interface SideFigures {
  indexBytes: number
  loadMs: number
  queryMs: number[]
  keystrokeMs: number[]
}

/**
 * Loads one side (median of `spec.loads` loads), warms it up, then times the queries and the
 * keystrokes. Only this side's index is in memory meanwhile: neither side pays for the other's
 * heap or garbage.
 */
function benchSide<T>(
  label: string,
  spec: CorpusSpec,
  load: () => Loaded<T>,
  makeSide: (value: T) => Side,
  queries: readonly string[],
  typed: readonly string[]
): SideFigures {
  progress(`${spec.name}, ${label}: loading the index ${spec.loads} times`)
  const loaded = loadRepeatedly(spec.loads, load)
  const side = makeSide(loaded.value)
  progress(`${spec.name}, ${label}: warming up`)
  measure(side, [...queries, ...typed], 1)
  collectGarbage()
  progress(`${spec.name}, ${label}: ${queries.length} queries × ${spec.queryRounds} rounds`)
  const queryMs = measure(side, queries, spec.queryRounds)
  collectGarbage()
  progress(`${spec.name}, ${label}: ${typed.length} keystrokes × ${spec.keystrokeRounds} rounds`)
  const keystrokeMs = measure(side, typed, spec.keystrokeRounds, true)
  return { indexBytes: loaded.indexBytes, loadMs: loaded.loadMs, queryMs, keystrokeMs }
}

/** Nearest-rank percentile. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number
}

function median(samples: readonly number[]): number {
  return percentile(samples, 0.5)
}

function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** Loads `times` times; returns the last load and the median time. */
function loadRepeatedly<T>(times: number, load: () => Loaded<T>): Loaded<T> {
  const samples: number[] = []
  const kept: { last?: Loaded<T> } = {}
  for (let i = 0; i < times; i++) {
    delete kept.last // the previous load is garbage before the next one starts
    collectGarbage()
    kept.last = load()
    samples.push(kept.last.loadMs)
  }
  if (!kept.last) throw new Error('no load')
  return { ...kept.last, loadMs: median(samples) }
}

const round2 = (ms: number): number => Math.round(ms * 100) / 100

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

async function benchCorpus(
  spec: CorpusSpec,
  vocabulary: Vocabulary,
  seed: number,
  queries: readonly string[]
): Promise<{ result: BenchCorpus; details: CorpusDetails }> {
  const workDir = mkdtempSync(join(tmpdir(), `reader-bench-search-${spec.name}-`))
  try {
    let contentDir = BUNDLED_CONTENT_DIR
    if (spec.targetBytes !== null) {
      progress(`${spec.name}: generating the synthetic reports (seed ${seed})`)
      contentDir = join(workDir, 'reports')
      writeSyntheticCorpus(
        contentDir,
        generateSyntheticCorpus(vocabulary, { seed, targetBytes: spec.targetBytes })
      )
    }
    progress(`${spec.name}: building the content with the real pipeline`)
    const generatedDir = join(workDir, 'generated')
    const buildStarted = performance.now()
    writeGeneratedFiles(generatedDir, renderGeneratedContent(contentDir).files)
    const buildMs = performance.now() - buildStarted
    collectGarbage()

    // Both sides need the paragraph text for snippets: parsed once, for both, untimed.
    const library = JSON.parse(
      readFileSync(join(generatedDir, GENERATED_FILES.library), 'utf8')
    ) as Library
    const paragraphs = library.reports.flatMap((r) => r.sections.flatMap((s) => s.paragraphs))
    const textBytes = paragraphs.reduce((sum, p) => sum + utf8Length(p.text), 0)

    const typed = keystrokes()
    const ours = benchSide(
      'ours',
      spec,
      () => loadOurs(generatedDir, library),
      oursSide,
      queries,
      typed
    )
    collectGarbage()
    const plain = benchSide(
      'plain lunr',
      spec,
      () => loadLunr(generatedDir, library),
      lunrSide,
      queries,
      typed
    )

    return {
      result: {
        name: spec.name,
        textBytes,
        indexBytes: ours.indexBytes,
        loadMs: round2(ours.loadMs),
        queryP50Ms: round2(percentile(ours.queryMs, 0.5)),
        queryP95Ms: round2(percentile(ours.queryMs, 0.95)),
        keystrokeP95Ms: round2(percentile(ours.keystrokeMs, 0.95)),
        lunr: {
          indexBytes: plain.indexBytes,
          loadMs: round2(plain.loadMs),
          queryP95Ms: round2(percentile(plain.queryMs, 0.95)),
          keystrokeP95Ms: round2(percentile(plain.keystrokeMs, 0.95))
        }
      },
      details: {
        reports: library.reports.length,
        paragraphs: paragraphs.length,
        buildMs,
        queries: queries.length,
        keystrokes: typed.length,
        lunrQueryP50Ms: round2(percentile(plain.queryMs, 0.5))
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function formatTable(rows: { result: BenchCorpus; details: CorpusDetails }[]): string {
  const bytes = (n: number): string =>
    n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`
  const ms = (n: number): string => `${n.toFixed(2)} ms`
  const lines: string[] = []
  for (const { result: r, details: d } of rows) {
    lines.push(
      `${r.name}: ${bytes(r.textBytes)} of text, ${d.reports} report${d.reports === 1 ? '' : 's'}, ` +
        `${d.paragraphs} paragraphs (content build ${(d.buildMs / 1000).toFixed(1)} s); ` +
        `${d.queries} queries, ${d.keystrokes} keystrokes`
    )
    const table = [
      ['', 'ours', 'plain lunr'],
      ['index on disk', bytes(r.indexBytes), bytes(r.lunr.indexBytes)],
      ['index load (median)', ms(r.loadMs), ms(r.lunr.loadMs)],
      ['query p50', ms(r.queryP50Ms), ms(d.lunrQueryP50Ms)],
      ['query p95', ms(r.queryP95Ms), ms(r.lunr.queryP95Ms)],
      ['keystroke-to-results p95', ms(r.keystrokeP95Ms), ms(r.lunr.keystrokeP95Ms)]
    ]
    const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => (row[c] ?? '').length)))
    for (const row of table) {
      lines.push(
        `  ${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padStart(widths[1] ?? 0)}  ${(row[2] ?? '').padStart(widths[2] ?? 0)}`
      )
    }
    lines.push('')
  }
  lines.push(
    'Query and keystroke times: from the text to the top 10 results with highlighted snippets.'
  )
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------
// Command line

interface Options {
  json: boolean
  corpora: CorpusSpec[]
  seed: number
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, corpora: [...CORPORA], seed: 1 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--seed') {
      const seed = Number(argv[++i])
      if (!Number.isInteger(seed)) throw new Error('--seed needs an integer')
      options.seed = seed
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
        `unknown option ${arg} (options: --json, --corpora bundled,1MB,10MB, --seed N)`
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
  const vocabulary = learnVocabulary(readFileSync(BUNDLED_REPORT, 'utf8'))
  const queries = benchQueries(vocabulary, mulberry32(options.seed))
  const started = performance.now()
  const rows: { result: BenchCorpus; details: CorpusDetails }[] = []
  for (const spec of options.corpora) {
    rows.push(await benchCorpus(spec, vocabulary, options.seed, queries))
    collectGarbage()
  }
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (sink === -1) progress('') // keeps the results' work observable
  console.log(
    options.json
      ? JSON.stringify({ corpora: rows.map((row) => row.result) }, null, 2)
      : formatTable(rows)
  )
  return 0
}

process.exitCode = await main()
