/**
 * One launch, for the search benchmark (scripts/bench-search.ts runs it in a fresh process each
 * time): how long main takes, from the start of loading content, until the window can show the
 * report, until search is ready, and (ours) until every report's text has been read in the
 * background. Prints {"reportMs", "readyMs", "warmedMs"} as JSON.
 *
 *   node --import tsx scripts/bench-launch.ts --engine ours|FlexSearch|MiniSearch|"plain lunr" --generated DIR
 *
 * ours: main's own openLibrary (the table of contents, then the report on screen from its bytes
 * of library.json; the index in the background). The other engines stand for an app that loads
 * eagerly, as this one did before: library.json parsed and checked whole, then the engine's index
 * and the paragraph text it needs for snippets.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as v from 'valibot'
// eslint-disable-next-line no-restricted-imports -- measures main's own way of opening content
import { findReport, openLibrary } from '../src/main/library-service'
import { GENERATED_FILES, LibrarySchema } from '../src/shared/report-model'
import { documentsOf, ENGINES, loadEngine, type EngineName } from './support/bench-engines'

const args = process.argv.slice(2)
const engine = args[args.indexOf('--engine') + 1] as EngineName
const generatedDir = args[args.indexOf('--generated') + 1] as string
if (!ENGINES.includes(engine) || !generatedDir) {
  console.error('usage: bench-launch --engine NAME --generated DIR')
  process.exit(2)
}

const started = performance.now()
let reportMs: number
let readyMs: number
/** Ours: every report's text read in the background too (the others read it all before the report). */
let warmedMs: number | null = null
if (engine === 'ours') {
  const load = openLibrary(generatedDir)
  if (!load.ok) throw new Error(load.problem.message)
  // Main starts the index once the window has its report; here, at once, to time main alone.
  load.search.start()
  const first = load.summaries[0]?.id ?? ''
  const report = { ...findReport(load, first) }
  if (!report.sections?.length) throw new Error('no report')
  reportMs = performance.now() - started
  await load.search.ready
  readyMs = performance.now() - started
  await load.search.warmed
  warmedMs = performance.now() - started
} else {
  const json: unknown = JSON.parse(
    readFileSync(join(generatedDir, GENERATED_FILES.library), 'utf8')
  )
  const library = v.parse(LibrarySchema, json)
  if (!library.reports[0]?.sections.length) throw new Error('no report')
  reportMs = performance.now() - started
  await loadEngine(engine, generatedDir, () => documentsOf(library))
  readyMs = performance.now() - started
}
console.log(JSON.stringify({ reportMs, readyMs, warmedMs }))
