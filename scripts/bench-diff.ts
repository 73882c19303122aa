/**
 * `npm run -s bench:diff [-- --cases alike:1000,unrelated:5 --baseline main --limit 300]`: what
 * comparing two editions costs, in time and memory, on the pairs of editions that matter:
 *
 * - `alike:<n>`: n sentences that differ from one another in one word, against the same with one
 *   other word changed in each (every pair is alike: the worst case for pairing edited sentences);
 * - `unrelated:<MB>`: a synthetic report against another in the same vocabulary (everything
 *   changed);
 * - `edited:<MB>`: a synthetic report against a copy with six edits;
 * - `editions:<MB>`: two real editions of one documentation (the AWS SDK v2 reference, 2.1500.0
 *   and 2.1693.0; fetched once with `npm pack`, see scripts/support/edition-pairs.ts).
 *
 * Each comparison runs alone in a fresh Node process under `/usr/bin/time -v` (CPU and peak
 * memory of that process, as the kernel counts them) and `timeout --foreground -s KILL <limit>`,
 * calling compareEditions bundled into plain JavaScript, as the `diff` command and the app's
 * comparison worker do. With `--baseline <git revision>` the same inputs are compared by that
 * revision's src/shared in the same run (interleaved), for a before and after. Prints figures;
 * never fails on one. `--heap <MB>` caps each comparison's heap (default 4096); `--heap app` runs
 * each in a worker thread with the limits the app's comparison worker gets for that much text
 * (comparisonWorkerLimits).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import type { ChangeCounts } from '../src/shared/compare/change-model'
import {
  comparedTextLength,
  comparisonHeapMb,
  comparisonWorkerLimits
} from '../src/shared/compare/comparison-limits'
import {
  alikeSentences,
  editedCopy,
  realEditions,
  textBytes,
  unrelatedReports,
  type EditionPair
} from './support/edition-pairs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEFAULT_CASES = [
  'alike:1000',
  'alike:4000',
  'alike:16000',
  'edited:5',
  'editions:5',
  'unrelated:5'
]

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}

interface ChildResult {
  compareMs: number
  rssBeforeMb: number
  counts: ChangeCounts
  changes: number
}

/**
 * The child, bundled by esbuild into one plain JavaScript file as electron-vite bundles the app's
 * comparison worker (no TypeScript loader in the process): reads a pair, compares it once with
 * the given compare-editions.ts, prints one line of JSON.
 */
function childScript(compareModule: string, out: string): string {
  const contents = `
    import { readFileSync } from 'node:fs'
    import { Worker, isMainThread, workerData } from 'node:worker_threads'
    import { compareEditions } from './compare-editions'
    import { countChanges } from './change-model'
    // With limits (argv[3]: the app worker's resourceLimits), the comparison runs in a worker
    // thread under them, as the app's comparison worker does; without, on the main thread.
    const limits = process.argv[3] ? JSON.parse(process.argv[3]) : null
    if (isMainThread && limits) {
      new Worker(new URL(import.meta.url), { workerData: process.argv[2], resourceLimits: limits })
        .on('error', (error) => {
          console.error(String(error))
          process.exit(1)
        })
    } else {
      const pair = JSON.parse(readFileSync(isMainThread ? process.argv[2] : workerData, 'utf8'))
      const rssBeforeMb = process.memoryUsage().rss / 1e6
      const started = performance.now()
      const changes = compareEditions(pair.before, pair.after)
      const compareMs = performance.now() - started
      const counts = countChanges(changes)
      console.log(JSON.stringify({ compareMs, rssBeforeMb, counts, changes: changes.length }))
    }
  `
  buildSync({
    stdin: { contents, resolveDir: dirname(compareModule), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: out,
    logLevel: 'error'
  })
  return out
}

/** The pair of editions a case names, written once into the cache folder. */
function caseInput(
  name: string,
  cacheDir: string
): { file: string; bytes: [number, number]; characters: number } {
  const file = join(cacheDir, `${name.replace(':', '-')}.json`)
  if (!existsSync(file)) {
    const [kind, size] = name.split(':') as [string, string]
    const amount = Number(size)
    if (!Number.isFinite(amount) || amount <= 0) throw new Error(`no size in case ${name}`)
    const mb = amount * 1_000_000
    const pair =
      kind === 'alike'
        ? alikeSentences(amount)
        : kind === 'unrelated'
          ? unrelatedReports(mb)
          : kind === 'edited'
            ? editedCopy(mb)
            : kind === 'editions'
              ? realEditions(mb, (line) => console.log(`  ${line}`))
              : null
    if (!pair) throw new Error(`unknown case ${name}`)
    // Only what the comparison reads, as the app's worker gets it.
    const slim = (report: EditionPair['before']) => ({
      sections: report.sections.map(({ id, heading, paragraphs }) => ({
        id,
        heading,
        paragraphs: paragraphs.map(({ id, text }) => ({ id, text }))
      }))
    })
    writeFileSync(file, JSON.stringify({ before: slim(pair.before), after: slim(pair.after) }))
  }
  const pair = JSON.parse(readFileSync(file, 'utf8')) as EditionPair
  return {
    file,
    bytes: [textBytes(pair.before), textBytes(pair.after)],
    characters: comparedTextLength(pair.before) + comparedTextLength(pair.after)
  }
}

/** src/shared of a git revision, written where its imports of node_modules resolve. */
function baselineModule(revision: string): string {
  const git = (args: string[]) => {
    const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
    return result.stdout
  }
  const commit = git(['rev-parse', '--short', revision]).trim()
  const dir = join(ROOT, 'node_modules', '.cache', 'bench-diff-baseline', commit)
  for (const path of git(['ls-tree', '-r', '--name-only', commit, 'src/shared']).split('\n')) {
    if (!path.endsWith('.ts') || path.endsWith('.test.ts')) continue
    const target = join(dir, path)
    if (existsSync(target)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, git(['show', `${commit}:${path}`]))
  }
  return join(dir, 'src/shared/compare/compare-editions.ts')
}

interface Measured {
  child: ChildResult | null
  cpuS: number
  wallS: number
  maxRssMb: number
  ending: string
}

/** One comparison in a fresh process, under /usr/bin/time -v and a kill after `limit` seconds. */
function measure(
  input: string,
  script: string,
  limit: number,
  heap: { mb: number; app: boolean }
): Measured {
  const heapMb = heap.mb
  // The app's limits go to a worker thread, as in the app; a plain cap to the process.
  const node = heap.app
    ? [process.execPath, script, input, JSON.stringify(comparisonWorkerLimits(heapMb))]
    : [process.execPath, `--max-old-space-size=${heapMb}`, script, input]
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', 'timeout', '--foreground', '-s', 'KILL', String(limit), ...node],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }
  )
  const stat = (label: string) =>
    Number(new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? Number.NaN)
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(result.stderr)?.[1]
  const line = result.stdout.trim().split('\n').pop() ?? ''
  const child = line.startsWith('{') ? (JSON.parse(line) as ChildResult) : null
  const killed = /Command exited with non-zero status 137/.test(result.stderr)
  const outOfMemory = /heap out of memory|Allocation failed/.test(result.stderr)
  return {
    child,
    cpuS: stat('User time \\(seconds\\)') + stat('System time \\(seconds\\)'),
    wallS: (wall ?? '0').split(':').reduce((total, part) => total * 60 + Number(part), 0),
    maxRssMb: stat('Maximum resident set size \\(kbytes\\)') / 1000,
    ending: child
      ? 'done'
      : outOfMemory
        ? `out of memory (heap cap ${heapMb} MB)`
        : killed
          ? `did not finish in ${limit} s (killed)`
          : `failed: ${result.stderr.trim().split('\n').slice(0, 3).join(' ')}`
  }
}

function row(cells: (string | number)[]): string {
  const widths = [13, 10, 10, 10, 10, 7, 7, 8, 10, 6]
  return cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join(' ')
}

function main(): void {
  const cases = (option('cases') ?? DEFAULT_CASES.join(',')).split(',').filter(Boolean)
  const limit = Number(option('limit') ?? 300)
  // `--heap app`: each comparison with the heap the app's worker gets for that much text.
  const heapOption = option('heap') ?? '4096'
  const revision = option('baseline')
  const cacheDir = join(tmpdir(), 'reader-bench-diff')
  mkdirSync(cacheDir, { recursive: true })
  const implementations = [
    { label: 'this tree', module: join(ROOT, 'src/shared/compare/compare-editions.ts') },
    ...(revision ? [{ label: revision, module: baselineModule(revision) }] : [])
  ].map(({ label, module }, i) => ({
    label,
    script: childScript(module, join(cacheDir, `child-${i}.mjs`))
  }))
  const [one, five, fifteen] = loadavg().map((n) => n.toFixed(2))
  const heapLabel = heapOption === 'app' ? "the app worker's" : `${heapOption} MB`
  console.log(
    `diff benchmark: Node ${process.version}, ${cpus().length} cores, load ${one} ${five} ${fifteen}; ` +
      `each comparison alone under /usr/bin/time -v, killed after ${limit} s, heap cap ${heapLabel}`
  )
  console.log(
    row([
      'case',
      'code',
      'sentences',
      'text MB',
      'compare s',
      'CPU s',
      'wall s',
      'peak MB',
      'peak/text',
      'load',
      'changes, or how it ended'
    ])
  )
  for (const name of cases) {
    const input = caseInput(name, cacheDir)
    const text = Math.max(...input.bytes)
    const heapMb = heapOption === 'app' ? comparisonHeapMb(input.characters) : Number(heapOption)
    const sentences = name.startsWith('alike:') ? name.slice('alike:'.length) : '-'
    for (const { label, script } of implementations) {
      const m = measure(input.file, script, limit, { mb: heapMb, app: heapOption === 'app' })
      console.log(
        row([
          name,
          label,
          sentences,
          `${(input.bytes[0] / 1e6).toFixed(2)}/${(input.bytes[1] / 1e6).toFixed(2)}`,
          m.child ? (m.child.compareMs / 1000).toFixed(2) : '-',
          m.cpuS.toFixed(1),
          m.wallS.toFixed(1),
          m.maxRssMb.toFixed(0),
          `${Math.round((m.maxRssMb * 1e6) / text)}×`,
          loadavg()[0]?.toFixed(2) ?? '',
          m.child
            ? `${m.child.changes} ${JSON.stringify(m.child.counts)} (RSS ${m.child.rssBeforeMb.toFixed(0)} MB before comparing)`
            : m.ending
        ])
      )
    }
  }
  console.log(
    "\ncompare s: compareEditions alone. CPU, wall, peak: the whole process (Node, reading the input, comparing). peak/text: peak resident memory over the larger edition's text bytes."
  )
}

main()
