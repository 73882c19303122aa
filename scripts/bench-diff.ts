/**
 * `npm run -s bench:diff [-- --kb 250 --runs 7]`: how long comparing two editions takes on a
 * report of real size. The report is a synthetic one learned from the bundled report
 * (src/content/synthetic-corpus.ts), built by the real pipeline; the new edition is a copy with a
 * few explicit edits. Prints figures; never fails on one (speed targets live here, not in tests).
 */
import { readFileSync } from 'node:fs'
import { buildReport } from '../src/content/build-library'
import { generateSyntheticCorpus, learnVocabulary } from '../src/content/synthetic-corpus'
import { BUNDLED_REPORT_FILE } from '../src/content/test-support'
import { countChanges } from '../src/shared/compare/change-model'
import { compareEditions } from '../src/shared/compare/compare-editions'
import type { ProcessedReport, Section } from '../src/shared/report-model'

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const kilobytes = option('kb', 250)
const runs = option('runs', 7)
const vocabulary = learnVocabulary(readFileSync(BUNDLED_REPORT_FILE, 'utf8'))

function syntheticReport(seed: number): ProcessedReport {
  const [source] = generateSyntheticCorpus(vocabulary, {
    seed,
    targetBytes: kilobytes * 1000,
    reportBytes: kilobytes * 1000
  })
  if (!source) throw new Error('no synthetic report')
  return buildReport({
    ...source,
    format: 'text',
    sourceFile: `${source.id}.txt`,
    path: `${source.id}.txt`
  })
}

/** The same report with a word changed in three places, a paragraph deleted, one moved, one added. */
function edited(report: ProcessedReport): ProcessedReport {
  const copy = structuredClone(report)
  const paragraphs = (s: number): Section['paragraphs'] =>
    (copy.sections[s % copy.sections.length] as Section).paragraphs
  for (const s of [0, 2, 4]) {
    const paragraph = paragraphs(s)[1]
    if (paragraph) paragraph.text = paragraph.text.replace(/\b(\w{5,})\b/, 'changed')
  }
  paragraphs(1).splice(2, 1)
  const [moved] = paragraphs(3).splice(0, 1)
  if (moved) paragraphs(5).push(moved)
  paragraphs(6).splice(1, 0, { id: 'added', text: 'A new paragraph. It says two things.' })
  return copy
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function time(label: string, before: ProcessedReport, after: ProcessedReport): void {
  compareEditions(before, after) // warm-up: the first call also compiles the code
  const times: number[] = []
  let changes = compareEditions(before, after)
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    changes = compareEditions(before, after)
    times.push(performance.now() - started)
  }
  const counts = countChanges(changes)
  console.log(
    `${label.padEnd(44)} median ${median(times).toFixed(1)} ms (${runs} runs, ` +
      `slowest ${Math.max(...times).toFixed(1)} ms); ${changes.length} changes ${JSON.stringify(counts)}`
  )
}

const report = syntheticReport(1)
const bytes = new TextEncoder().encode(
  report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n\n')
).length
const paragraphCount = report.sections.reduce((n, s) => n + s.paragraphs.length, 0)
console.log(
  `diff benchmark: a ${Math.round(bytes / 1000)} KB report (${report.sections.length} sections, ` +
    `${paragraphCount} paragraphs), Node ${process.version}`
)
time('against itself', report, report)
time('against a copy with 6 edits', report, edited(report))
time(`against another ${kilobytes} KB report (all changed)`, report, syntheticReport(2))
