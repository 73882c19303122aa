import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { comparisonWorkerScript } from '../../test/support/comparison-worker'
import { contentHash } from '../content/build-library'
import { renderGeneratedContent } from '../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../content/test-support'
import { textTargetFor } from '../shared/annotations/select-target'
import { keptEdition, type KeptEdition } from '../shared/compare/kept-edition'
import type { Library, ProcessedReport } from '../shared/report-model'
import type { SearchEngine } from '../shared/search/search-types'
import { AnnotationService } from './annotation-service'
import { AnnotationStore } from './annotation-store'
import { EditionChangesService } from './edition-changes-service'
import { COMPARISON_BOUNDS, comparisonInWorker } from './edition-comparer'
import { libraryInMemory, type LibraryLoad } from './library-service'
import { READ_EDITIONS_DIR, ReadEditionsStore } from './read-editions-store'

const bundled = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
const report = bundled.reports[0] as ProcessedReport
const P1 = 'legislation-law-enforcement-and-border-security-p1'
const SECTION = 'Legislation, Law Enforcement, and Border Security'
const paragraphText = (r: ProcessedReport, id: string) =>
  r.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? ''

/** The bundled report as a trainer corrected it: a sentence added, a word changed, one deleted. */
function corrected(): ProcessedReport {
  const copy = structuredClone(report)
  const paragraph = copy.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)
  if (!paragraph) throw new Error('no P1')
  paragraph.text = `This section was revised in 2023. ${paragraph.text}`
    .replace('wide discretion', 'broad discretion')
    .replace(/ President Tokayev signed amendments[^.]*\./, '')
  return { ...copy, contentHash: contentHash(copy.sections) }
}

/** The app's comparison worker thread, as main runs it. */
const comparer = comparisonInWorker(comparisonWorkerScript())

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})
function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-editions-'))
  made.push(dir)
  return dir
}

function libraryOf(r: ProcessedReport, previous?: KeptEdition): LibraryLoad {
  const library: Library = { ...bundled, reports: [r] }
  const load = libraryInMemory(library, {} as SearchEngine)
  if (!load.ok) throw new Error('not ok')
  return {
    ...load,
    previousEditions: () => ({
      ok: true,
      byReport: new Map(previous ? [[previous.reportId, previous]] : [])
    })
  }
}

/** The app as it starts on `r`, with the user's data in `dir` (and main's comparison worker). */
async function launch(dir: string, r: ProcessedReport, previous?: KeptEdition, compare = comparer) {
  const library = libraryOf(r, previous)
  const store = await AnnotationStore.open(dir)
  const notes = new AnnotationService(store, library.ok ? library.library : null, {
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null
  })
  const editions = new EditionChangesService(
    ReadEditionsStore.open(dir),
    library,
    () => notes.allViews(),
    compare
  )
  return { notes, editions }
}

describe('what changed since the user last opened a report', () => {
  it('keeps the text of the edition opened, in a private file, and has nothing to say the first time', async () => {
    const dir = userData()
    const answer = await (await launch(dir, report)).editions.opened(report.id)
    expect(answer).toEqual({ sinceLastRead: null, previousEdition: null, notice: null })
    const file = join(dir, READ_EDITIONS_DIR, `${report.id}.json`)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(keptEdition(report))
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(statSync(join(dir, READ_EDITIONS_DIR)).mode & 0o777).toBe(0o700)
    }
  })

  it('says nothing when the same edition is opened again', async () => {
    const dir = userData()
    await (await launch(dir, report)).editions.opened(report.id)
    expect((await (await launch(dir, report)).editions.opened(report.id)).sinceLastRead).toBeNull()
  })

  it('lists what a new edition changed, in reading order, all session long, and only once', async () => {
    const dir = userData()
    await (await launch(dir, report)).editions.opened(report.id)
    const next = corrected()
    const { editions } = await launch(dir, next)
    const { sinceLastRead } = await editions.opened(report.id)
    expect(sinceLastRead).toMatchObject({
      reportId: report.id,
      since: 'last-read',
      fromEdition: '2021',
      toEdition: '2021'
    })
    const changes = sinceLastRead?.changes ?? []
    expect(changes.map((c) => [c.kind, c.newSection?.heading ?? c.oldSection?.heading])).toEqual([
      ['inserted', SECTION],
      ['modified', SECTION],
      ['deleted', SECTION]
    ])
    expect(changes[0]?.newText).toBe('This section was revised in 2023.')
    expect(changes[1]?.parts?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'wide ' },
      { kind: 'added', text: 'broad ' }
    ])
    expect(changes[2]?.oldText).toMatch(/^President Tokayev signed amendments/)
    // Opening it again this session shows the same; the copy on disk is the new edition now.
    expect((await editions.opened(report.id)).sinceLastRead?.changes).toHaveLength(3)
    expect((await (await launch(dir, next)).editions.opened(report.id)).sinceLastRead).toBeNull()
  })

  it("names the user's notes each change touches, and how they fared", async () => {
    const dir = userData()
    const first = await launch(dir, report)
    const text = paragraphText(report, P1)
    for (const [phrase, note] of [
      ['wide discretion to determine', 'Which courts?'],
      ['President Tokayev signed amendments', 'Check the date'],
      ['comprehensive CT legal framework', '']
    ] as const) {
      const start = text.indexOf(phrase)
      await first.notes.create({
        reportId: report.id,
        editionHash: report.contentHash,
        target: textTargetFor({ id: P1, text }, start, start + phrase.length),
        color: 'green',
        note,
        tags: []
      })
    }
    await first.editions.opened(report.id)

    const { sinceLastRead } = await (await launch(dir, corrected())).editions.opened(report.id)
    const touched = (sinceLastRead?.changes ?? []).map((c) => [
      c.kind,
      c.notes.map((n) => [n.quote, n.placement, n.note])
    ])
    expect(touched).toEqual([
      ['inserted', []],
      ['modified', [['broad discretion to determine', 'changed', 'Which courts?']]],
      ['deleted', [['President Tokayev signed amendments', 'unplaced', 'Check the date']]]
    ])
  })
})

describe('when the copy of the edition read cannot be kept or read', () => {
  it('says so when the folder cannot be made, and the report still opens', async () => {
    const dir = userData()
    writeFileSync(join(dir, READ_EDITIONS_DIR), 'a file where the folder belongs')
    const answer = await (await launch(dir, report)).editions.opened(report.id)
    expect(answer.sinceLastRead).toBeNull()
    expect(answer.notice).toBe(
      `The app could not keep a copy of this edition of the report in ${join(dir, READ_EDITIONS_DIR)} (a file stands where a folder should be), so the next time a new edition arrives it cannot show what changed since today. Your notes and the report are not affected.`
    )
  })

  it('keeps nothing, and says nothing more, when the user-data folder cannot be used at all', async () => {
    const dir = userData()
    const editions = new EditionChangesService(
      ReadEditionsStore.open(dir),
      libraryOf(report),
      async () => [],
      comparer,
      true
    )
    expect(await editions.opened(report.id)).toEqual({
      sinceLastRead: null,
      previousEdition: null,
      notice: null
    })
    expect(existsSync(join(dir, READ_EDITIONS_DIR))).toBe(false)
  })

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'never replaces a copy the user made read-only, and says so',
    async () => {
      const dir = userData()
      mkdirSync(join(dir, READ_EDITIONS_DIR), { mode: 0o700 })
      const file = join(dir, READ_EDITIONS_DIR, `${report.id}.json`)
      writeFileSync(file, 'not json', { mode: 0o400 })
      const answer = await (await launch(dir, report)).editions.opened(report.id)
      expect(answer.notice).toMatch(/is read-only\), so the next time a new edition arrives/)
      chmodSync(file, 0o600)
      expect(readFileSync(file, 'utf8')).toBe('not json')
    }
  )

  it('replaces a damaged copy with this edition, and says why there is nothing to compare', async () => {
    const dir = userData()
    mkdirSync(join(dir, READ_EDITIONS_DIR), { mode: 0o700 })
    const file = join(dir, READ_EDITIONS_DIR, `${report.id}.json`)
    writeFileSync(file, '{"reportId": "crt2021-kazakhstan"', { mode: 0o600 })
    const answer = await (await launch(dir, report)).editions.opened(report.id)
    expect(answer.notice).toBe(
      `The app’s copy of the edition you last read (${file}) could not be read (it is not valid JSON: it may have been cut short or edited by hand), so it cannot show what changed since then. It keeps this edition instead.`
    )
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(keptEdition(report))
  })
})

describe('a copy of the edition read that is not what the app wrote', () => {
  it('is not read at all when it is far larger than an edition can be, and is said so', async () => {
    const dir = userData()
    mkdirSync(join(dir, READ_EDITIONS_DIR), { mode: 0o700 })
    const file = join(dir, READ_EDITIONS_DIR, `${report.id}.json`)
    // 200 MB (sparse: nothing is written), as in the report of a copy that held main for 5 s.
    writeFileSync(file, '')
    truncateSync(file, 200 * 1000 * 1000)
    const answer = await (await launch(dir, report)).editions.opened(report.id)
    expect(answer.sinceLastRead).toBeNull()
    expect(answer.notice).toBe(
      `The app’s copy of the edition you last read (${file}) is 200 MB, far larger than an earlier edition of this report can be; it was not read, so it cannot show what changed since then. It keeps this edition instead.`
    )
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(keptEdition(report))
  })

  it('is never read through a link put in its place', async () => {
    const dir = userData()
    mkdirSync(join(dir, READ_EDITIONS_DIR), { mode: 0o700 })
    const elsewhere = join(userData(), 'secret.json')
    writeFileSync(elsewhere, JSON.stringify(keptEdition(corrected())))
    const file = join(dir, READ_EDITIONS_DIR, `${report.id}.json`)
    symlinkSync(elsewhere, file)
    const answer = await (await launch(dir, report)).editions.opened(report.id)
    expect(answer.sinceLastRead).toBeNull()
    expect(answer.notice).toMatch(
      /is a link to .*secret\.json, and the app does not write through links/
    )
    expect(JSON.parse(readFileSync(elsewhere, 'utf8'))).toEqual(keptEdition(corrected()))
  })
})

describe('comparing with the previous edition the app bundles', () => {
  it('offers it as the report opens, and compares with it for anyone', async () => {
    const previous = keptEdition(report, '2021, first printing')
    const { editions } = await launch(userData(), corrected(), previous)
    expect((await editions.opened(report.id)).previousEdition).toBe('2021, first printing')
    const comparison = await editions.sincePreviousEdition(report.id)
    expect(comparison).toMatchObject({
      since: 'previous-edition',
      fromEdition: '2021, first printing',
      toEdition: '2021'
    })
    expect(comparison.changes.map((c) => c.kind)).toEqual(['inserted', 'modified', 'deleted'])
  })

  it('says plainly when a report has no previous edition', async () => {
    const { editions } = await launch(userData(), report)
    await expect(editions.sincePreviousEdition(report.id)).rejects.toThrow(
      'This app has no earlier edition of this report to compare.'
    )
  })
})

/**
 * A report of `count` sentences that differ in one word each, in paragraphs of four, and the same
 * report with one other word changed in every sentence: thousands of alike sentences.
 */
function alikeReport(count: number, verb: string): ProcessedReport {
  const paragraphs = Array.from({ length: Math.ceil(count / 4) }, (_, p) => ({
    id: `part-p${p + 1}`,
    text: Array.from(
      { length: 4 },
      (_, i) =>
        `The regional office received file KZ-${p * 4 + i + 1} from the border service and ${verb} it to the prosecutor.`
    ).join(' ')
  }))
  const sections = [{ ...(report.sections[0] as ProcessedReport['sections'][number]), paragraphs }]
  return { ...report, sections, contentHash: contentHash(sections) }
}

const UNCHANGED = 'The report and your notes are as they were.'

describe('the comparison runs in a worker thread, within bounds', () => {
  it('leaves main free while it compares: main goes on answering before the list arrives', async () => {
    const dir = userData()
    await (await launch(dir, alikeReport(4000, 'forwarded'))).editions.opened(report.id)
    const opening = (await launch(dir, alikeReport(4000, 'sent'))).editions.opened(report.id)
    let mainTurned = false
    setImmediate(() => (mainTurned = true))
    const { sinceLastRead, notice } = await opening
    expect(mainTurned).toBe(true)
    expect(notice).toBeNull()
    const changes = sinceLastRead?.changes ?? []
    expect(changes).toHaveLength(4000)
    expect(changes.every((c) => c.kind === 'modified' && c.unit === 'sentence')).toBe(true)
    expect(changes[1234]?.parts?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'forwarded ' },
      { kind: 'added', text: 'sent ' }
    ])
    expect(changes[1234]?.newText).toContain('file KZ-1235 ')
  })

  it('refuses two editions with more text than it compares, in plain words, and the report opens', async () => {
    const small = comparisonInWorker(comparisonWorkerScript(), {
      ...COMPARISON_BOUNDS,
      maxCharacters: 10_000
    })
    const dir = userData()
    await (await launch(dir, report, undefined, small)).editions.opened(report.id)
    const answer = await (
      await launch(dir, corrected(), undefined, small)
    ).editions.opened(report.id)
    expect(answer.sinceLastRead).toBeNull()
    expect(answer.notice).toMatch(
      /^What changed since you last read this report cannot be shown: The two editions hold \d+ KB of text together, more than the 10 KB the app compares, so it did not compare them\. The report and your notes are as they were\.$/
    )
    const previous = keptEdition(report, '2021, first printing')
    const offered = (await launch(userData(), corrected(), previous, small)).editions
    await expect(offered.sincePreviousEdition(report.id)).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/more than the 10 KB the app compares/)
    })
  })

  it('stops a comparison that runs past its time, and says so', async () => {
    // A worker that never answers stands for a comparison that takes too long.
    const never = join(userData(), 'never.mjs')
    writeFileSync(never, 'setInterval(() => undefined, 1000)\n')
    const slow = comparisonInWorker({ file: never }, { ...COMPARISON_BOUNDS, timeLimitMs: 300 })
    const previous = keptEdition(report, '2021, first printing')
    const { editions } = await launch(userData(), corrected(), previous, slow)
    await expect(editions.sincePreviousEdition(report.id)).rejects.toMatchObject({
      code: 'failed',
      message: `Comparing the two editions took longer than 0.3 seconds, so the app stopped it. ${UNCHANGED}`
    })
    // The next comparison is not held up by the one that was stopped.
    const { editions: next } = await launch(userData(), corrected(), previous)
    expect((await next.sincePreviousEdition(report.id)).changes).toHaveLength(3)
  })

  it('stops a comparison that needs more memory than it is given, and says so', async () => {
    const tight = comparisonInWorker(comparisonWorkerScript(), {
      ...COMPARISON_BOUNDS,
      heapMb: () => 8
    })
    const dir = userData()
    await (
      await launch(dir, alikeReport(8000, 'forwarded'), undefined, tight)
    ).editions.opened(report.id)
    const answer = await (
      await launch(dir, alikeReport(8000, 'sent'), undefined, tight)
    ).editions.opened(report.id)
    expect(answer.sinceLastRead).toBeNull()
    expect(answer.notice).toBe(
      `What changed since you last read this report cannot be shown: Comparing the two editions needed more memory than the app gives it (8 MB), so the app stopped it. ${UNCHANGED}`
    )
  })

  it('says so in plain words when the worker fails', async () => {
    const broken = join(userData(), 'broken.mjs')
    writeFileSync(broken, "throw new Error('the comparison code is missing')\n")
    const previous = keptEdition(report, '2021, first printing')
    const { editions } = await launch(
      userData(),
      corrected(),
      previous,
      comparisonInWorker({ file: broken })
    )
    await expect(editions.sincePreviousEdition(report.id)).rejects.toMatchObject({
      code: 'failed',
      message: `The two editions could not be compared (the comparison code is missing). ${UNCHANGED}`
    })
  })
})
