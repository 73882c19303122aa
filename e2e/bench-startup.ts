/**
 * Startup figures for the issue notes: time from launch to the report being visible in the browser
 * harness (whole launch, and from navigation start inside the page), plus the content build's
 * time and output sizes. Prints JSON. Run: `npm run -s bench:startup [-- --runs 15]`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateContent } from '../src/content/generate-content'
import { launchApp } from './fixtures/launch-app'
import { repoRoot } from './fixtures/paths'

const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10

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
const generatedDir = join(repoRoot, 'resources', 'generated')

const launchToVisibleMs: number[] = []
const navigationToVisibleMs: number[] = []
for (let i = 0; i < runs; i++) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'reader-bench-user-'))
  const started = performance.now()
  const app = await launchApp({ userDataDir, target: 'browser' })
  await app.page.locator('article p').first().waitFor({ state: 'visible' })
  launchToVisibleMs.push(performance.now() - started)
  navigationToVisibleMs.push(await app.page.evaluate(() => performance.now()))
  await app.close()
  rmSync(userDataDir, { recursive: true, force: true })
}

console.log(
  JSON.stringify(
    {
      runs,
      contentBuildMs: stats(buildMs),
      libraryBytes: statSync(join(generatedDir, 'library.json')).size,
      indexBytes: statSync(join(generatedDir, 'search-index.json')).size,
      launchToReportVisibleMs: stats(launchToVisibleMs),
      navigationToReportVisibleMs: stats(navigationToVisibleMs)
    },
    null,
    2
  )
)
