// Times what an analyst with a large library of notes waits for, through main's real service and
// store (real electron-store, real files in a temp folder): importing a notes file, and launching
// after a new edition of the report. Run with the electron stub: `npm run -s bench:notes`
// (`-- --notes 10000` for another size). Prints JSON.
//
// The notes are a realistic mix: 60% highlight real passages of the bundled report, 40% carry long
// quotes of real prose from elsewhere (README files of the installed packages) that match nothing
// in the report, the case that once cost 13.5 s on every launch for 1,500 notes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { renderGeneratedContent } from '../src/content/generate-content'
import { COLOR_IDS, type Annotation } from '../src/shared/annotations/annotation-model'
import { textTargetFor } from '../src/shared/annotations/select-target'
import { toWebAnnotationCollection } from '../src/shared/annotations/web-annotation'
import { DEFAULT_COLOR_LABELS } from '../src/shared/annotations/annotation-model'
import type { Library, ProcessedReport } from '../src/shared/report-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import { AnnotationService } from '../src/main/annotation-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import { AnnotationStore } from '../src/main/annotation-store'
import { mulberry32 } from '../src/shared/seeded-random'
import { realProseSentences } from './support/real-prose'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const sizeArg = args.indexOf('--notes')
const NOTES = sizeArg >= 0 ? Number(args[sizeArg + 1]) : 10_000
if (!Number.isInteger(NOTES) || NOTES < 1) {
  console.error('usage: npm run -s bench:notes -- [--notes N]')
  process.exit(2)
}

const library = renderGeneratedContent(join(root, 'resources', 'reports')).library
const report = library.reports[0] as ProcessedReport
const prose = realProseSentences(join(root, 'node_modules'))

function makeNotes(count: number): Annotation[] {
  const next = mulberry32(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const paragraphs = report.sections.flatMap((s) => s.paragraphs)
  return Array.from({ length: count }, (_, i) => {
    const paragraph = pick(paragraphs)
    const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
    const base = {
      id: `bench-${String(i).padStart(8, '0')}`,
      reportId: report.id,
      editionHash: report.contentHash,
      color: pick(COLOR_IDS),
      note: pick(prose),
      tags: [`tag-${i % 13}`],
      createdAt: at,
      updatedAt: at
    }
    if (next() < 0.6) {
      const words = [...paragraph.text.matchAll(/\S+/g)]
      const first = Math.floor(next() * Math.max(1, words.length - 3))
      const last = Math.min(words.length - 1, first + 2 + Math.floor(next() * 28))
      const start = (words[first] as RegExpMatchArray).index as number
      const lastWord = words[last] as RegExpMatchArray
      const end = (lastWord.index as number) + lastWord[0].length
      return { ...base, target: textTargetFor(paragraph, start, end) }
    }
    // A long quote of prose from elsewhere, on an older edition: nothing in the report matches.
    let exact = ''
    while (exact.length < 400) exact += `${pick(prose)} `
    exact = exact.trim().slice(0, 400 + Math.floor(next() * 1200))
    return {
      ...base,
      editionHash: 'c'.repeat(64),
      target: {
        kind: 'text' as const,
        paragraphId: paragraph.id,
        position: { start: 0, end: exact.length },
        quote: { exact, prefix: pick(prose).slice(0, 32), suffix: pick(prose).slice(0, 32) }
      }
    }
  })
}

/** The report as a trainer corrects it: a sentence inserted, a word changed, two paragraphs swapped. */
function correctedEdition(): Library {
  const copy = structuredClone(report)
  const all = copy.sections.flatMap((s) => s.paragraphs)
  const first = all[0] as { text: string }
  first.text = `A sentence the editors added. ${first.text}`
  for (const p of all) p.text = p.text.replace('wide discretion', 'broad discretion')
  const section = copy.sections.find((s) => s.paragraphs.length >= 2)
  if (section) section.paragraphs.reverse()
  return { ...library, reports: [{ ...copy, contentHash: 'd'.repeat(64) }] }
}

const noDialogs = (path: string | null) => ({
  chooseSavePath: async () => null,
  chooseOpenPath: async () => path
})

/**
 * Runs `work`, returning its wall time and the longest stretch in which the event loop could not
 * turn (in the app, the longest the window would have been frozen).
 */
async function timed<T>(
  work: () => Promise<T> | T
): Promise<{ value: T; ms: number; maxBlockMs: number }> {
  let last = performance.now()
  let maxGap = 0
  let ticker: ReturnType<typeof setTimeout> | undefined
  const tick = () => {
    const now = performance.now()
    maxGap = Math.max(maxGap, now - last)
    last = now
    ticker = setTimeout(tick, 0)
  }
  ticker = setTimeout(tick, 0)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  // One more turn, so a block at the very end is seen too.
  await new Promise((resolve) => setTimeout(resolve, 0))
  clearTimeout(ticker)
  maxGap = Math.max(maxGap, performance.now() - last)
  return { value, ms: round(ms), maxBlockMs: round(maxGap) }
}

const round = (ms: number) => Math.round(ms * 10) / 10

async function benchImport(notes: Annotation[]) {
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-notes-'))
  try {
    const file = join(dir, 'notes.annotations.json')
    writeFileSync(
      file,
      JSON.stringify(toWebAnnotationCollection(notes, library, DEFAULT_COLOR_LABELS))
    )
    const store = await AnnotationStore.open(join(dir, 'user-data'))
    const service = new AnnotationService(store, library, noDialogs(file))
    const first = await timed(() => service.import())
    const list = await timed(() => service.snapshot())
    const again = await timed(() => service.import())
    store.close()
    return {
      notes: notes.length,
      import: { ...first, value: undefined, outcome: first.value },
      listAfterImport: { ms: list.ms, maxBlockMs: list.maxBlockMs },
      importSameFileAgain: { ...again, value: undefined, outcome: again.value }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchLaunch(notes: Annotation[]) {
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-notes-'))
  try {
    const seed = await AnnotationStore.open(dir)
    await seed.importMany(notes, (a) => a.id)
    seed.close()
    const corrected = correctedEdition()
    const launch = async () => {
      const store = await AnnotationStore.open(dir)
      const service = new AnnotationService(store, corrected, noDialogs(null))
      const snapshot = await service.snapshot()
      store.close()
      const anchored = snapshot.items.filter((i) => i.anchor.status === 'anchored').length
      return { anchored, unanchored: snapshot.items.length - anchored }
    }
    const first = await timed(launch)
    const second = await timed(launch)
    return { notes: notes.length, firstLaunchAfterNewEdition: first, secondLaunch: second }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const notes = makeNotes(NOTES)
const results = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  proseSentences: prose.length,
  import: await benchImport(notes),
  launch: await benchLaunch(notes)
}
console.log(JSON.stringify(results, null, 2))
