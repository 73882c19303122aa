/**
 * One launch, for the search benchmark (scripts/bench-search.ts runs it in a fresh process each
 * time): how long main takes, from the start of loading content, until the window can show the
 * report and until search is ready; then the first search: the first query typed letter by
 * letter, each keystroke the renderer's own request, as soon as search is ready, or (--after MS)
 * that long after the window could show the report (when a person can have started typing; main
 * goes on with its own work meanwhile). Prints {"reportMs", "readyMs", "firstKeystrokeMs",
 * "firstSearchMs"} as JSON (firstSearchMs: the slowest keystroke of that first query).
 *
 *   node --import tsx scripts/bench-launch.ts --engine NAME --generated DIR --first "QUERY" [--after MS]
 *
 * ours: main's own openLibrary (the table of contents, then the report on screen from its bytes
 * of library.json), then search.start() and the index's head. The other engines stand for an app
 * that loads eagerly: library.json parsed and checked whole, then the engine's index and the
 * paragraph text it needs for snippets.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as v from 'valibot'
// eslint-disable-next-line no-restricted-imports -- measures main's own way of opening content
import { findReport, openLibrary } from '../src/main/library-service'
import { GENERATED_FILES, LibrarySchema } from '../src/shared/report-model'
import { asYouTypeRequest } from '../src/shared/search/search-types'
import { keystrokes } from './support/bench-queries'
import { documentsOf, ENGINES, loadEngine, type EngineName } from './support/bench-engines'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const engine = option('--engine') as EngineName
const generatedDir = option('--generated') as string
const first = option('--first') ?? 'search'
const after = Number(option('--after') ?? 0)
if (!ENGINES.includes(engine) || !generatedDir) {
  console.error('usage: bench-launch --engine NAME --generated DIR [--first QUERY]')
  process.exit(2)
}

const started = performance.now()
let reportMs: number
let readyMs: number
let search: (text: string) => void
if (engine === 'ours') {
  const load = openLibrary(generatedDir)
  if (!load.ok) throw new Error(load.problem.message)
  const summary = load.summaries[0]?.id ?? ''
  const report = { ...findReport(load, summary) }
  if (!report.sections?.length) throw new Error('no report')
  reportMs = performance.now() - started
  // Main starts the index once the window has its report.
  load.search.start()
  const ready = await load.search.ready
  readyMs = performance.now() - started
  search = (text) => void ready.search(text, asYouTypeRequest(null))
} else {
  const json: unknown = JSON.parse(
    readFileSync(join(generatedDir, GENERATED_FILES.library), 'utf8')
  )
  const library = v.parse(LibrarySchema, json)
  if (!library.reports[0]?.sections.length) throw new Error('no report')
  reportMs = performance.now() - started
  const { side } = await loadEngine(engine, generatedDir, () => documentsOf(library))
  readyMs = performance.now() - started
  search = (text) => void side.run(text, true)
}
// The first keystroke no sooner than `after` ms after the window could show the report.
const wait = started + reportMs + after - performance.now()
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
const times = keystrokes([first]).map((text) => {
  const at = performance.now()
  search(text)
  return performance.now() - at
})
console.log(
  JSON.stringify({
    reportMs,
    readyMs,
    firstKeystrokeMs: times[0] ?? null,
    firstSearchMs: times.length > 0 ? Math.max(...times) : null
  })
)
