/**
 * `npm run -s bench:sections [-- --reports 105,1000]`: what the first "Compare this section
 * across reports" costs main, with 105 and about 1,000 reports, before and after main answered it
 * from the table of contents:
 *
 * - before: `matchingSections(library, key)` over the opened library, as main did until it had
 *   the outline: every report's text is read from library.json (and checked) to see its headings;
 * - after: the `reportsWithSection` handler main registers (createIpcHandlers), as the window asks
 *   it, which answers from library-contents.json's headings;
 * - beside them, the Glossary tab's `getGlossary` (glossary.json, written by the build).
 *
 * The reports are synthetic ones learned from the bundled report (src/content/synthetic-corpus.ts),
 * 100 KB each for 105 reports and 25 KB each for 1,000, built once by the real content pipeline into
 * a cache folder. Each figure is a fresh process (nothing read yet, as at the first click after
 * launch), interleaved, `--runs` times (default 5); medians and the slowest. Prints figures; never
 * fails on one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateContent } from '../src/content/generate-content'
import {
  generateSyntheticCorpus,
  learnVocabulary,
  writeSyntheticCorpus
} from '../src/content/synthetic-corpus'
import { BUNDLED_REPORT_FILE } from '../src/content/test-support'
/* eslint-disable no-restricted-imports -- this benchmark drives main's handlers on purpose */
import { createIpcHandlers } from '../src/main/ipc-handlers'
import { openLibrary } from '../src/main/library-service'
/* eslint-enable no-restricted-imports */
import { GENERATED_FILES } from '../src/shared/report-model'
import { matchingSections, sectionKey } from '../src/shared/sections/section-match'
import { mainServices } from '../test/support/main-services'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}

/** The generated content of `count` synthetic reports, built once into the cache folder. */
function generatedContent(count: number): string {
  const reportBytes = count <= 200 ? 100_000 : 25_000
  const dir = join(tmpdir(), 'reader-bench-sections', `${count}x${reportBytes / 1000}k`)
  const generatedDir = join(dir, 'generated')
  if (existsSync(join(generatedDir, GENERATED_FILES.contents))) return generatedDir
  console.log(`building ${count} reports of ${reportBytes / 1000} KB into ${dir} (once)`)
  const contentDir = join(dir, 'reports')
  mkdirSync(contentDir, { recursive: true })
  const vocabulary = learnVocabulary(readFileSync(BUNDLED_REPORT_FILE, 'utf8'))
  writeSyntheticCorpus(
    contentDir,
    generateSyntheticCorpus(vocabulary, { seed: 7, targetBytes: count * reportBytes, reportBytes })
  )
  // The prebuilt lunr index is not what is measured: left out, as large editions do.
  writeFileSync(
    join(contentDir, 'edition.json'),
    JSON.stringify({
      appName: 'Bench',
      editionTitle: 'Bench',
      about: '',
      contact: '',
      lunrIndex: false
    })
  )
  generateContent({ contentDir, outDir: generatedDir })
  return generatedDir
}

/** The section key most reports share: the comparison a reader would open. */
function commonKey(generatedDir: string): string {
  const contents = JSON.parse(
    readFileSync(join(generatedDir, GENERATED_FILES.contents), 'utf8')
  ) as {
    reports: { sections: { heading: string }[] }[]
  }
  const counts = new Map<string, number>()
  for (const report of contents.reports)
    for (const key of new Set(report.sections.map((s) => sectionKey(s.heading))))
      counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}

interface ChildFigures {
  openMs: number
  firstMs: number
  secondMs: number
  matches: number
  glossaryMs: number
}

/** The child: opens the library as main does, then asks one thing, first and second time. */
async function child(mode: string, generatedDir: string, key: string): Promise<void> {
  let started = performance.now()
  const library = openLibrary(generatedDir)
  const openMs = performance.now() - started
  if (!library.ok) throw new Error(library.problem.message)
  const userData = mkdtempSync(join(tmpdir(), 'reader-bench-sections-user-'))
  const handlers = createIpcHandlers(await mainServices(library, userData))
  const ask =
    mode === 'before'
      ? () => matchingSections(library.library, key)
      : () => handlers.reportsWithSection(key) as ReturnType<typeof matchingSections>
  started = performance.now()
  const matches = ask()
  const firstMs = performance.now() - started
  started = performance.now()
  ask()
  const secondMs = performance.now() - started
  started = performance.now()
  await handlers.getGlossary(library.summaries[0]?.id ?? '')
  const glossaryMs = performance.now() - started
  const figures: ChildFigures = { openMs, firstMs, secondMs, matches: matches.length, glossaryMs }
  console.log(JSON.stringify(figures))
  process.exit(0)
}

function measure(mode: string, generatedDir: string, key: string): ChildFigures {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/support/register-electron-stub.mjs',
      fileURLToPath(import.meta.url),
      '--child',
      mode,
      generatedDir,
      key
    ],
    { cwd: ROOT, encoding: 'utf8' }
  )
  const line = result.stdout.trim().split('\n').pop() ?? ''
  if (!line.startsWith('{')) throw new Error(`the ${mode} run failed: ${result.stderr}`)
  return JSON.parse(line) as ChildFigures
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function main(): Promise<void> {
  const at = process.argv.indexOf('--child')
  if (at !== -1) {
    const [mode, dir, key] = process.argv.slice(at + 1) as [string, string, string]
    return child(mode, dir, key)
  }
  const counts = (option('reports') ?? '105,1000').split(',').map(Number)
  const runs = Number(option('runs') ?? 5)
  const [one, five, fifteen] = loadavg().map((n) => n.toFixed(2))
  console.log(
    `sections benchmark: Node ${process.version}, ${cpus().length} cores, load ${one} ${five} ${fifteen}; ${runs} fresh processes each, interleaved`
  )
  for (const count of counts) {
    const dir = generatedContent(count)
    const key = commonKey(dir)
    const figures: Record<string, ChildFigures[]> = { before: [], after: [] }
    for (let run = 0; run < runs; run++)
      for (const mode of ['before', 'after']) figures[mode]?.push(measure(mode, dir, key))
    for (const mode of ['before', 'after']) {
      const list = figures[mode] ?? []
      const first = list.map((f) => f.firstMs)
      console.log(
        `${String(count).padStart(5)} reports, ${mode.padEnd(6)} first reportsWithSection("${key}") ` +
          `median ${median(first).toFixed(1)} ms (slowest ${Math.max(...first).toFixed(1)}), ` +
          `again ${median(list.map((f) => f.secondMs)).toFixed(2)} ms; ${list[0]?.matches} reports have it; ` +
          `openLibrary ${median(list.map((f) => f.openMs)).toFixed(0)} ms; ` +
          `first getGlossary ${median(list.map((f) => f.glossaryMs)).toFixed(2)} ms; load ${loadavg()[0]?.toFixed(2)}`
      )
    }
  }
}

await main()
