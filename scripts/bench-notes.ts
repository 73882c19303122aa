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
import { fileURLToPath } from 'node:url'
import { renderGeneratedContent } from '../src/content/generate-content'
import type { Annotation } from '../src/shared/annotations/annotation-model'
import { toWebAnnotationCollection } from '../src/shared/annotations/web-annotation'
import { DEFAULT_COLOR_LABELS } from '../src/shared/annotations/annotation-model'
import type { Library, ProcessedReport } from '../src/shared/report-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's service on purpose
import { AnnotationService } from '../src/main/annotation-service'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import { AnnotationStore } from '../src/main/annotation-store'
import { benchNotes } from './support/bench-notes-data'
import { timed } from './support/main-blocking'
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
    const list = await timed(() => everyNote(service))
    const again = await timed(() => service.import())
    store.close()
    return {
      notes: notes.length,
      import: { ms: round(first.ms), maxBlockMs: round(first.maxBlockMs), outcome: first.value },
      listAfterImport: { ms: round(list.ms), maxBlockMs: round(list.maxBlockMs) },
      importSameFileAgain: {
        ms: round(again.ms),
        maxBlockMs: round(again.maxBlockMs),
        outcome: again.value
      }
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
      const items = await everyNote(service)
      store.close()
      const anchored = items.filter((i) => i.anchor.status === 'anchored').length
      return { anchored, unanchored: items.length - anchored }
    }
    const launchOnce = async () => {
      const { value, ms, maxBlockMs } = await timed(launch)
      return { ...value, ms: round(ms), maxBlockMs: round(maxBlockMs) }
    }
    const first = await launchOnce()
    const second = await launchOnce()
    return { notes: notes.length, firstLaunchAfterNewEdition: first, secondLaunch: second }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every note, as the window fetches them: a page at a time. */
async function everyNote(service: AnnotationService) {
  let page = await service.snapshot(0)
  const items = [...page.items]
  while (page.next !== null) {
    page = await service.snapshot(page.next)
    items.push(...page.items)
  }
  return items
}

const notes = benchNotes(report, prose, NOTES, { foreign: 0.4 })
const results = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  proseSentences: prose.length,
  import: await benchImport(notes),
  launch: await benchLaunch(notes)
}
console.log(JSON.stringify(results, null, 2))
