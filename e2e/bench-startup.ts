/**
 * Startup figures for the issue notes: time from launch to the report being visible in the browser
 * harness (whole launch, and from navigation start inside the page), and to the first search
 * results (the word typed as soon as the report shows, so it may meet "Search is getting
 * ready…"), plus the content build's time and output sizes. Prints JSON.
 * Run: `npm run -s bench:startup [-- --runs 15] [-- --generated DIR --query WORD]` (another
 * generated folder, e.g. a large library built with `npm run build:content -- --out DIR`).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateContent } from '../src/content/generate-content'
import { launchApp } from './fixtures/launch-app'
import { repoRoot } from './fixtures/paths'
import { REPORT_SHOWN_MARK } from '../src/renderer/src/report-shown-mark'

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const runs = Number(option('--runs') ?? 10)
const generatedDir = option('--generated') ?? join(repoRoot, 'resources', 'generated')
const query = option('--query') ?? 'security'

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  const round = (n: number) => Math.round(n * 10) / 10
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0] ?? NaN) }
}

// Content pipeline: build time and generated sizes (a fresh output folder each run).
const buildMs: number[] = []
for (let i = 0; i < runs; i++) {
  const outDir = mkdtempSync(join(tmpdir(), 'reader-bench-content-'))
  const started = performance.now()
  generateContent({ contentDir: join(repoRoot, 'resources', 'reports'), outDir })
  buildMs.push(performance.now() - started)
  rmSync(outDir, { recursive: true, force: true })
}

const launchToVisibleMs: number[] = []
const navigationToVisibleMs: number[] = []
const launchToResultsMs: number[] = []
for (let i = 0; i < runs; i++) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'reader-bench-user-'))
  const started = performance.now()
  const app = await launchApp({ userDataDir, target: 'browser', generatedDir })
  await app.page.locator('article p').first().waitFor({ state: 'visible' })
  launchToVisibleMs.push(performance.now() - started)
  // When the page drew the report, by its own clock: not when this busy process noticed.
  navigationToVisibleMs.push(
    // A string, not a function: tsx would add helpers the page does not have.
    await app.page.evaluate<number>(`new Promise((resolve) => {
      const check = () => {
        const entry = performance.getEntriesByName(${JSON.stringify(REPORT_SHOWN_MARK)})[0]
        if (entry) resolve(entry.startTime)
        else requestAnimationFrame(check)
      }
      check()
    })`)
  )
  await app.page.keyboard.press('Control+K')
  await app.page.keyboard.type(query)
  await app.page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .first()
    .waitFor({ state: 'visible' })
  launchToResultsMs.push(performance.now() - started)
  await app.close()
  rmSync(userDataDir, { recursive: true, force: true })
}

console.log(
  JSON.stringify(
    {
      runs,
      contentBuildMs: stats(buildMs),
      libraryBytes: statSync(join(generatedDir, 'library.json')).size,
      packedIndexBytes: statSync(join(generatedDir, 'search-index.bin')).size,
      // Left out of large editions ("lunrIndex": false in edition.json).
      indexBytes: existsSync(join(generatedDir, 'search-index.json'))
        ? statSync(join(generatedDir, 'search-index.json')).size
        : null,
      launchToReportVisibleMs: stats(launchToVisibleMs),
      navigationToReportVisibleMs: stats(navigationToVisibleMs),
      launchToFirstResultsMs: stats(launchToResultsMs)
    },
    null,
    2
  )
)
