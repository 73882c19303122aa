/**
 * What the window does with many notes (issue 17 §3): the built renderer in Debian's Chromium
 * through the browser harness (main's real handlers and store), importing a notes file with the
 * app's own Import JSON… button, as a reader would. For each case it prints the longest moment the
 * page did not answer (the longest gap between animation frames, and the longest task the page
 * reported), the import's total time (click to "Imported N notes." and the N notes listed), then a search (Ctrl+K, a word,
 * until the first result shows) and a scroll (the notes list and the report, to their ends, until
 * the next frame is drawn), with os.loadavg().
 *
 * Cases: 10,000 notes all on one passage; 20,000 on ten passages (long notes, ~23 MB); 20,000
 * spread over the report's paragraphs. Notes are real prose from elsewhere (README files).
 *
 * Run: `npm run -s bench:window-notes` (builds first). `-- --compare DIR` also runs another built
 * renderer (e.g. `integrate`'s out/renderer) in the same run, case by case, alternating.
 * `-- --renderer DIR` runs another build instead of this tree's.
 * `-- --cases one-passage,ten-passages` to choose; `-- --timeout-s 240` bounds each import.
 * `-- --profile DIR` writes the page's CPU profile of each import (click to listed) as
 * DIR/<case>-<n>.cpuprofile, to open in Chromium's DevTools (Performance) and find a long task.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import type { Annotation } from '../src/shared/annotations/annotation-model'
import type { ProcessedReport } from '../src/shared/report-model'
import { benchNotes } from '../scripts/support/bench-notes-data'
import { realProseSentences } from '../scripts/support/real-prose'
import { launchApp } from './fixtures/launch-app'
import { bundledLibrary, piledNotes, webAnnotationFile } from './fixtures/many-notes'
import { repoRoot } from './fixtures/paths'

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const compareDir = option('--compare')
const profileDir = option('--profile')
let profiled = 0
const timeoutMs = Number(option('--timeout-s') ?? 240) * 1000
const CASES = ['one-passage', 'ten-passages', 'spread'] as const
type CaseName = (typeof CASES)[number]
const chosen = (option('--cases')?.split(',') ?? CASES) as CaseName[]

const library = bundledLibrary()
const report = library.reports[0] as ProcessedReport
const prose = realProseSentences(join(repoRoot, 'node_modules'))

/** A long note of real prose (about 1 KB: 20,000 of them make a file of some 23 MB). */
const longNote = (i: number) =>
  Array.from({ length: 6 }, (_, k) => prose[(i * 7 + k * 131) % prose.length]).join(' ')

function notesOf(name: CaseName): Annotation[] {
  // Numbered: an import skips a note it already has (same passage, colour and words).
  if (name === 'one-passage')
    return piledNotes(10_000, 1, (i) => `${i + 1}. ${prose[i % prose.length]}`)
  if (name === 'ten-passages') return piledNotes(20_000, 10, (i) => `${i + 1}. ${longNote(i)}`)
  return benchNotes(report, prose, 20_000, { idPrefix: 'spread' })
}

/** Starts a probe in the page: the longest gap between frames and the longest task seen. */
const START_PROBE = `(() => {
  const probe = { maxFrameGap: 0, maxLongTask: 0, last: performance.now(), running: true }
  window.__probe = probe
  const frame = (now) => {
    probe.maxFrameGap = Math.max(probe.maxFrameGap, now - probe.last)
    probe.last = now
    if (probe.running) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.maxLongTask = Math.max(probe.maxLongTask, e.duration)
    }).observe({ type: 'longtask', buffered: false })
  } catch {}
})()`
const STOP_PROBE = `new Promise((resolve) => requestAnimationFrame((now) => {
  const p = window.__probe
  p.running = false
  resolve({ maxFrameGap: Math.max(p.maxFrameGap, now - p.last), maxLongTask: p.maxLongTask })
}))`

/** Scrolls `selector` to its end and waits for the frame after: the ms that took, by the page's clock. */
const scrollTime = (page: Page, selector: string) =>
  page.evaluate<number | null>(`new Promise((resolve) => {
    const el = document.querySelector(${JSON.stringify(selector)})
    if (!el) return resolve(null)
    const started = performance.now()
    el.scrollTop = el.scrollHeight
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)))
  })`)

const round = (ms: number | null) => (ms === null ? null : Math.round(ms))

async function runCase(name: CaseName, file: string, count: number, rendererDir?: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'reader-bench-window-notes-'))
  const app = await launchApp({ userDataDir, target: 'browser', rendererDir })
  const { page } = app
  let crashed = false
  page.on('crash', () => (crashed = true))
  try {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByRole('heading', { level: 1 }).waitFor()
    const show = page.getByRole('button', { name: 'Show contents and notes' })
    if (await show.isVisible()) await show.click()
    await page.getByRole('tab', { name: /^Notes/ }).click()
    await app.answerFileDialogs({ open: file })
    const cdp = profileDir ? await page.context().newCDPSession(page) : undefined
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.start')
    }
    await page.evaluate(START_PROBE)
    const started = performance.now()
    await page.getByRole('button', { name: 'Import JSON…' }).click()
    const done = page
      .getByRole('group', { name: 'Export and import' })
      .getByRole('status')
      .filter({ hasText: /^Imported/ })
    const finished = await done
      .waitFor({ timeout: timeoutMs })
      .then(() => true)
      .catch(() => false)
    // Then the notes are listed (the app reads them back from main a page at a time).
    const listed =
      finished &&
      (await page
        .getByRole('tab', { name: `Notes (${count.toLocaleString('en')})` })
        .waitFor({ timeout: timeoutMs })
        .then(() => true)
        .catch(() => false))
    const importMs = performance.now() - started
    if (cdp && profileDir) {
      const { profile } = await cdp.send('Profiler.stop')
      mkdirSync(profileDir, { recursive: true })
      writeFileSync(join(profileDir, `${name}-${++profiled}.cpuprofile`), JSON.stringify(profile))
    }
    if (!listed || crashed) {
      return {
        case: name,
        notes: count,
        outcome: crashed
          ? 'window crashed'
          : `${finished ? 'imported, not listed' : 'not imported'} after ${timeoutMs / 1000} s`,
        importMs: round(importMs)
      }
    }
    // The window answers again when the page takes a trivial call: the probe's last frame.
    const probe = (await page.evaluate(STOP_PROBE)) as { maxFrameGap: number; maxLongTask: number }
    const afterImportMs = performance.now() - started
    // Scrolled first, while the notes are on screen; then a search (which shows its results).
    const notesScrollMs = await scrollTime(page, '#sidebar')
    const textScrollMs = await scrollTime(page, '.reading-pane')
    const searchStarted = performance.now()
    await page.keyboard.press('Control+K')
    await page.keyboard.type('security')
    const searched = await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: timeoutMs })
      .then(() => true)
      .catch(() => false)
    const searchMs = performance.now() - searchStarted
    return {
      case: name,
      notes: count,
      outcome: crashed ? 'window crashed after the import' : 'imported and listed',
      longestFrameGapMs: round(probe.maxFrameGap),
      longestTaskMs: round(probe.maxLongTask),
      importMs: round(importMs),
      importAndAnswerMs: round(afterImportMs),
      searchMs: searched ? round(searchMs) : `no result after ${timeoutMs / 1000} s`,
      notesScrollMs: round(notesScrollMs),
      textScrollMs: round(textScrollMs)
    }
  } finally {
    await app.close().catch(() => undefined)
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

const builds: { label: string; dir?: string }[] = [
  ...(compareDir ? [{ label: compareDir, dir: compareDir }] : []),
  option('--renderer')
    ? { label: option('--renderer') as string, dir: option('--renderer') }
    : { label: 'this tree (out/renderer)' }
]
const results = []
for (const name of chosen) {
  const notes = notesOf(name)
  const file = webAnnotationFile(notes)
  const fileMB = Math.round(Buffer.byteLength(JSON.stringify(notes)) / 1e5) / 10
  for (const build of builds) {
    const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100)
    const result = await runCase(name, file, notes.length, build.dir).catch((error: Error) => ({
      case: name,
      notes: notes.length,
      outcome: `failed: ${error.message.split('\n')[0]}`
    }))
    const line = { build: build.label, fileMB, ...result, loadavg: loadBefore }
    console.error(JSON.stringify(line))
    results.push(line)
  }
  rmSync(dirname(file), { recursive: true, force: true })
}
console.log(JSON.stringify({ loadavgAtEnd: loadavg(), results }, null, 2))
