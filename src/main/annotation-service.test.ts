import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Approx from 'approx-string-match'
import { afterAll, describe, expect, it, vi } from 'vitest'

// Counts fuzzy searches, to show what a launch has to search for.
const searches = vi.hoisted(() => ({ count: 0 }))
vi.mock('approx-string-match', async (importOriginal) => {
  const original = (await importOriginal<typeof Approx>()).default
  return {
    default: (...args: Parameters<typeof original>) => {
      searches.count++
      return original(...args)
    }
  }
})

import { renderGeneratedContent } from '../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../content/test-support'
import {
  DEFAULT_COLOR_LABELS,
  LIMITS,
  type Annotation,
  type NewAnnotation,
  type TextTarget
} from '../shared/annotations/annotation-model'
import { textTargetFor, textTargetForRange } from '../shared/annotations/select-target'
import { toWebAnnotationCollection } from '../shared/annotations/web-annotation'
import {
  LIST_PAGE_CHARS,
  LIST_PAGE_SIZE,
  type AnnotationsSnapshot,
  type ImportProgress
} from '../shared/ipc-contract'
import type { Library, ProcessedReport } from '../shared/report-model'
import { AnnotationService } from './annotation-service'
import { AnnotationStore } from './annotation-store'
import { startNotesWorkerFromSource } from './notes-store/notes-worker-client'
import { NOTES_MESSAGE_CHARS, type NotesWorkerMessage } from './notes-store/notes-worker-protocol'
import { notesIn } from '../../test/support/notes-fixtures'
import { speakIn } from './words'

const library = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
const report = library.reports[0] as ProcessedReport
const P1 = 'legislation-law-enforcement-and-border-security-p1'
const P2 = 'legislation-law-enforcement-and-border-security-p2'
const p1Text = report.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)?.text ?? ''

/** The bundled report as a trainer corrected it: a sentence added and a sentence deleted in P1. */
function correctedLibrary(): Library {
  const copy = structuredClone(report)
  const paragraph = copy.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)
  if (paragraph) {
    paragraph.text = `The editors added this sentence. ${paragraph.text.replace(/President Tokayev[^.]*\./, '')}`
  }
  return { ...library, reports: [{ ...copy, contentHash: 'b'.repeat(64) }] }
}

const dialogs = (open: string | null = null, save: string | null = null) => ({
  chooseSavePath: vi.fn(async () => save),
  chooseOpenPath: async () => open
})

function highlightOf(phrase: string): NewAnnotation {
  const start = p1Text.indexOf(phrase)
  return {
    reportId: report.id,
    editionHash: report.contentHash,
    target: textTargetFor({ id: P1, text: p1Text }, start, start + phrase.length),
    color: 'green',
    note: '',
    tags: []
  }
}

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-service-'))
  made.push(dir)
  return dir
}

describe('new highlights must be in the report as it is', () => {
  const service = async () =>
    new AnnotationService(await AnnotationStore.open(userData()), library, dialogs())

  it('accepts a highlight of the text at its offsets', async () => {
    const made = await (await service()).create(highlightOf('wide discretion'))
    expect(made.item.anchor).toMatchObject({ status: 'anchored', method: 'position' })
  })

  it.each([
    [
      'offsets past the end of the paragraph',
      { position: { start: p1Text.length, end: p1Text.length + 5 } },
      'The highlight is not inside the report’s text. Select the passage again.'
    ],
    [
      'a quote that is not the text at its offsets',
      { quote: { exact: 'something else', prefix: '', suffix: '' } },
      'The highlight does not match the report’s text. Select the passage again.'
    ],
    [
      'a paragraph that does not exist',
      { paragraphId: 'no-such-paragraph-p1' },
      'The highlight is not inside the report’s text. Select the passage again.'
    ]
  ])('refuses %s, and saves nothing', async (_, change, message) => {
    const store = await AnnotationStore.open(userData())
    const notes = new AnnotationService(store, library, dialogs())
    const input = highlightOf('wide discretion')
    const target = { ...(input.target as TextTarget), ...change }
    await expect(notes.create({ ...input, target })).rejects.toThrow(message)
    expect(store.list()).toEqual([])
  })

  it('accepts a highlight over two paragraphs that holds their text, and refuses one that does not', async () => {
    const p2Text = report.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P2)?.text ?? ''
    const start = p1Text.indexOf('President Tokayev')
    const target = textTargetForRange(
      report,
      { paragraphId: P1, offset: start },
      { paragraphId: P2, offset: 20 }
    )
    const input = { ...highlightOf('wide discretion'), target }
    const made = await (await service()).create(input)
    expect(made.item.anchor).toMatchObject({ status: 'anchored', endParagraphId: P2 })
    expect(target.quote.exact.endsWith(`\n\n${p2Text.slice(0, 20)}`)).toBe(true)
    const wrong = { ...target, quote: { ...target.quote, exact: 'not what it says' } }
    await expect((await service()).create({ ...input, target: wrong })).rejects.toThrow(
      'The highlight does not match the report’s text. Select the passage again.'
    )
    const backwards = { ...target, paragraphId: P2, endParagraphId: P1 }
    await expect((await service()).create({ ...input, target: backwards })).rejects.toThrow(
      'The highlight is not inside the report’s text. Select the passage again.'
    )
  })

  it('refuses a highlight made on another edition', async () => {
    const input = { ...highlightOf('wide discretion'), editionHash: 'e'.repeat(64) }
    await expect((await service()).create(input)).rejects.toThrow(
      'The highlight was made on another edition of the report. Select the passage again.'
    )
  })
})

describe('where each listed note is, said by main', () => {
  it('gives a placed note its section heading and the section’s place in the report, and an unplaced one where it was', async () => {
    const dir = userData()
    const store = await AnnotationStore.open(dir)
    const placed = await store.create(highlightOf('Committee for National Security (KNB)'))
    const lost = await store.create(highlightOf('abolishing the death penalty'))
    const onSection = await store.create({
      ...highlightOf('wide discretion'),
      target: { kind: 'section', sectionId: 'overview' }
    })
    store.close()

    const { items } = await new AnnotationService(
      await AnnotationStore.open(dir),
      correctedLibrary(),
      dialogs()
    ).snapshot()
    const sectionOf = (id: string) => items.find((i) => i.annotation.id === id)?.section
    const headings = report.sections.map((s) => s.heading)
    expect(sectionOf(placed.id)).toEqual({
      heading: 'Legislation, Law Enforcement, and Border Security',
      index: headings.indexOf('Legislation, Law Enforcement, and Border Security')
    })
    expect(sectionOf(onSection.id)).toEqual({ heading: 'Overview', index: 0 })
    // The deleted sentence's note: not placed, but the reader is told where it used to be.
    expect(sectionOf(lost.id)).toEqual({
      heading: 'Legislation, Law Enforcement, and Border Security',
      index: null
    })
  })
})

/** A note as long as a note may be (20,000 characters), numbered. */
const longNote = (i: number) =>
  `${i} ${'a long note of many words '.repeat(800)}`.slice(0, LIMITS.noteLength)

describe('listing many notes for the window', () => {
  it('gives them a page at a time, each note once, whatever changes between pages', async () => {
    const store = await AnnotationStore.open(userData())
    const many = Array.from({ length: 2 * LIST_PAGE_SIZE + 500 }, (_, i) => ({
      ...highlightOf('wide discretion'),
      id: `many-${String(i).padStart(6, '0')}`,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
    }))
    await store.importMany(many, (a) => a.id)
    const service = new AnnotationService(store, library, dialogs())
    const first = await service.snapshot(0)
    expect(first.items).toHaveLength(LIST_PAGE_SIZE)
    expect(first.next).toBe(LIST_PAGE_SIZE)
    // A note deleted and one made while the window fetches: no page shifts under it.
    await service.remove(many[0]?.id as string)
    await service.create(highlightOf('wide discretion'))
    const second = await service.snapshot(first.next as number)
    const third = await service.snapshot(second.next as number)
    expect(third.next).toBeNull()
    const ids = [...first.items, ...second.items, ...third.items].map((i) => i.annotation.id)
    expect(ids).toEqual(many.map((a) => a.id))
    // The next listing sees the changes.
    const again = await service.snapshot(0)
    expect(again.items[0]?.annotation.id).toBe(many[1]?.id)
  })

  it('ends a page early at long notes, so that no page is a burden to copy', async () => {
    const store = await AnnotationStore.open(userData())
    // 300 notes of 20,000 characters, the longest a note may be: 6 MB in all.
    const long = Array.from({ length: 300 }, (_, i) => ({
      ...highlightOf('wide discretion'),
      id: `long-${String(i).padStart(6, '0')}`,
      note: longNote(i),
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
    }))
    await store.importMany(long, (a) => a.id)
    const service = new AnnotationService(store, library, dialogs())
    const ids: string[] = []
    let from: number | null = 0
    while (from !== null) {
      const page: AnnotationsSnapshot = await service.snapshot(from)
      expect(page.items.length).toBeGreaterThan(0)
      expect(JSON.stringify(page.items).length).toBeLessThan(1.2 * LIST_PAGE_CHARS)
      ids.push(...page.items.map((item) => item.annotation.id))
      from = page.next
    }
    expect(ids).toEqual(long.map((a) => a.id))
  })
})

describe('searching many notes', () => {
  it('answers the latest query only: a search overtaken by the next keystroke stops', async () => {
    const store = await AnnotationStore.open(userData())
    await store.importMany(
      Array.from({ length: 300 }, (_, i) => ({
        ...highlightOf('wide discretion'),
        id: `searched-${String(i).padStart(6, '0')}`,
        note: i % 2 ? 'border guards' : 'borderline case',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z'
      })),
      (a) => a.id
    )
    // A slice of 0 ms: a turn of the event loop after every step, whatever the machine's speed.
    const service = new AnnotationService(store, library, dialogs(), { placingSliceMs: 0 })
    const typed = service.search('bor')
    const next = service.search('border guards')
    expect(await typed).toEqual([])
    expect((await next).map((hit) => hit.note)).toEqual(Array(20).fill('border guards'))
  })

  it('finds notes whose words the notes worker read, and a note changed since by its new words', async () => {
    const store = await AnnotationStore.open(userData())
    const notes = Array.from({ length: 1_200 }, (_, i) => ({
      ...highlightOf('wide discretion'),
      id: `worded-${String(i).padStart(6, '0')}`,
      note: i === 700 ? 'the one about checkpoints' : i % 2 ? 'border guards' : 'borderline case',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }))
    await store.importMany(notes, (a) => a.id)
    let wordsFromWorker = 0
    const service = new AnnotationService(store, library, dialogs(), {
      startWorker: (job) => {
        const worker = startNotesWorkerFromSource(job)
        worker.on('message', (message: NotesWorkerMessage) => {
          if (message.type === 'words') wordsFromWorker += message.words.length
        })
        return worker
      }
    })
    expect((await service.search('checkpoint')).map((hit) => hit.id)).toEqual(['worded-000700'])
    expect(wordsFromWorker).toBe(1_200)
    expect(await service.search('border guards')).toHaveLength(20)
    await service.update('worded-000701', { note: 'another checkpoint' })
    expect((await service.search('checkpoint')).map((hit) => hit.id).sort()).toEqual([
      'worded-000700',
      'worded-000701'
    ])
    expect((await service.search('guards -checkpoint')).map((hit) => hit.id)).not.toContain(
      'worded-000701'
    )
  })
})

describe('placing notes in a new edition', () => {
  async function notesOnTheOldEdition(dir: string): Promise<Annotation[]> {
    const store = await AnnotationStore.open(dir)
    const made = [
      await store.create(highlightOf('Committee for National Security (KNB)')),
      await store.create(highlightOf('abolishing the death penalty')),
      await store.create({
        ...highlightOf('wide discretion'),
        target: { kind: 'section', sectionId: 'overview' }
      })
    ]
    store.close()
    return made
  }

  it('searches once per edition, keeps the result, and the next launch searches nothing', async () => {
    const dir = userData()
    const [moved, deleted] = await notesOnTheOldEdition(dir)
    const corrected = correctedLibrary()
    const newReport = corrected.reports[0] as ProcessedReport

    const first = await new AnnotationService(
      await AnnotationStore.open(dir),
      corrected,
      dialogs()
    ).snapshot()
    const anchors = Object.fromEntries(first.items.map((i) => [i.annotation.id, i.anchor]))
    expect(anchors[moved?.id as string]).toMatchObject({ status: 'anchored' })
    expect(anchors[deleted?.id as string]).toMatchObject({
      status: 'orphan',
      reason: { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' }
    })

    // Kept on disk: the moved note in the new edition with its old place as history; the other
    // marked as not found in this edition, its original selectors kept.
    const onDisk = notesIn(join(dir, 'notes', report.id, '1.json'))
    const [keptMoved, keptDeleted] = onDisk
    expect(keptMoved).toMatchObject({
      editionHash: newReport.contentHash,
      history: [{ editionHash: report.contentHash, target: moved?.target, method: 'quote' }],
      updatedAt: moved?.updatedAt
    })
    expect(keptDeleted).toMatchObject({
      editionHash: report.contentHash,
      target: deleted?.target,
      unplacedIn: {
        editionHash: newReport.contentHash,
        reason: { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' }
      }
    })

    searches.count = 0
    const second = await new AnnotationService(
      await AnnotationStore.open(dir),
      corrected,
      dialogs()
    ).snapshot()
    expect(searches.count).toBe(0)
    expect(second.items.map((i) => i.anchor)).toEqual(first.items.map((i) => i.anchor))
  })

  it('takes a note the user re-attaches as placed, though the search had not found it', async () => {
    const dir = userData()
    const [, deleted] = await notesOnTheOldEdition(dir)
    const corrected = correctedLibrary()
    const newReport = corrected.reports[0] as ProcessedReport
    const service = new AnnotationService(await AnnotationStore.open(dir), corrected, dialogs())
    await service.snapshot()
    const text =
      newReport.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)?.text ?? ''
    const start = text.indexOf('wide discretion')
    const change = await service.update(deleted?.id as string, {
      target: textTargetFor({ id: P1, text }, start, start + 'wide discretion'.length),
      editionHash: newReport.contentHash
    })
    expect(change.item.anchor).toMatchObject({ status: 'anchored', method: 'position' })
    expect(change.item.annotation.unplacedIn).toBeUndefined()
  })

  it('lets the event loop turn while it places many notes', async () => {
    const dir = userData()
    const store = await AnnotationStore.open(dir)
    const prose = 'Every option of the command line can also be set in the configuration file. '
    await store.importMany(
      Array.from({ length: 50 }, (_, i) => ({
        ...highlightOf('wide discretion'),
        id: `foreign-${String(i).padStart(4, '0')}`,
        editionHash: 'c'.repeat(64),
        target: {
          kind: 'text' as const,
          paragraphId: P1,
          position: { start: 0, end: 600 },
          quote: { exact: `${i} ${prose.repeat(8)}`.slice(0, 600), prefix: '', suffix: '' }
        },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z'
      })),
      (a) => a.id
    )
    // A slice of 0 ms: a turn after every note, whatever the machine's speed.
    const service = new AnnotationService(store, library, dialogs(), { placingSliceMs: 0 })
    // Counts the turns of the event loop (in the app: chances for main to answer the window).
    let turns = 0
    let placing = true
    const tick = () => {
      turns++
      if (placing) setImmediate(tick)
    }
    setImmediate(tick)
    const snapshot = await service.snapshot()
    placing = false
    expect(snapshot.items.every((i) => i.anchor.status === 'orphan')).toBe(true)
    expect(turns).toBeGreaterThanOrEqual(25)
  })

  it('places imported notes as they are imported, not at every launch', async () => {
    const dir = userData()
    const made = await notesOnTheOldEdition(dir)
    const file = join(dir, 'export.json')
    writeFileSync(
      file,
      JSON.stringify(toWebAnnotationCollection(made, library, DEFAULT_COLOR_LABELS))
    )
    const elsewhere = userData()
    const corrected = correctedLibrary()
    const service = new AnnotationService(
      await AnnotationStore.open(elsewhere),
      corrected,
      dialogs(file)
    )
    expect(await service.import()).toMatchObject({ status: 'imported', imported: 3 })
    searches.count = 0
    await new AnnotationService(
      await AnnotationStore.open(elsewhere),
      corrected,
      dialogs()
    ).snapshot()
    expect(searches.count).toBe(0)
  })
})

describe('exporting the notes chosen', () => {
  const EVERYTHING = { filter: {}, timeZone: 'Asia/Tokyo' }

  async function notesToExport(save: string | null, chooser = dialogs(null, save)) {
    const store = await AnnotationStore.open(userData())
    const service = new AnnotationService(store, library, chooser)
    await service.create({ ...highlightOf('wide discretion'), tags: ['law'] })
    await service.create({ ...highlightOf('abolishing the death penalty'), color: 'yellow' })
    await service.create({ ...highlightOf('Committee for National Security (KNB)'), tags: ['knb'] })
    return service
  }

  it('writes only the notes matching the filter, says which they are, in the reader’s time', async () => {
    const file = join(userData(), 'evidence.md')
    const service = await notesToExport(file)
    const result = await service.export('markdown', {
      filter: { color: 'green', tag: 'law' },
      timeZone: 'Asia/Tokyo'
    })
    expect(result).toEqual({ status: 'saved', path: file, count: 1 })
    const md = readFileSync(file, 'utf8')
    expect(md).toContain('These are the notes coloured Evidence and tagged “law”.')
    expect(md).toContain('Times are local times in Asia/Tokyo.')
    expect(md).toContain('> wide discretion\n>\n> — *Country Reports on Terrorism 2021')
    expect(md).not.toContain('abolishing the death penalty')
    expect(md).not.toContain('Committee for National Security')
  })

  it('writes the file’s own words, dates and count in the language the app speaks', async () => {
    const file = join(userData(), 'заметки.md')
    const service = await notesToExport(file)
    speakIn('ru')
    try {
      await service.export('markdown', { filter: { tag: 'law' }, timeZone: 'Asia/Almaty' })
    } finally {
      speakIn('en')
    }
    const md = readFileSync(file, 'utf8')
    expect(md).toMatch(
      /^# Выделения и заметки\n\nЗдесь заметки с меткой «law»\.\n\nВ файле 1 заметка\./
    )
    expect(md).toContain('Время местное, часовой пояс Asia/Almaty.')
    expect(md).toContain('раздел «Legislation, Law Enforcement, and Border Security». U.S.')
    expect(md).toMatch(
      /Цвет: Факт \(green\) · Метки: law · Создано \d+ [а-я]+\. \d{4} г\., \d\d:\d\d/
    )
    expect(md).not.toMatch(/Highlights|Colour|Created|Tags|section “/)
  })

  it('writes the same choice as Web Annotation JSON', async () => {
    const file = join(userData(), 'yellow.json')
    const result = await (
      await notesToExport(file)
    ).export('json', {
      ...EVERYTHING,
      filter: { color: 'yellow' }
    })
    expect(result).toMatchObject({ status: 'saved', count: 1 })
    const items = JSON.parse(readFileSync(file, 'utf8')).first.items
    expect(
      items.map((i: { target: { selector: { exact?: string }[] } }) => i.target.selector[0]?.exact)
    ).toEqual(['abolishing the death penalty'])
  })

  it('asks nothing and writes nothing when no note matches', async () => {
    const chooser = dialogs(null, join(userData(), 'never.md'))
    const service = await notesToExport(null, chooser)
    expect(await service.export('markdown', { ...EVERYTHING, filter: { tag: 'none' } })).toEqual({
      status: 'empty'
    })
    expect(chooser.chooseSavePath).not.toHaveBeenCalled()
    const empty = new AnnotationService(await AnnotationStore.open(userData()), library, dialogs())
    expect(await empty.export('json', EVERYTHING)).toEqual({ status: 'empty' })
  })

  it.each([
    ['a folder that does not exist', 'no-such-folder/notes.md', 'that folder does not exist'],
    [
      'a file where a folder should be',
      'a-file/notes.md',
      'part of that path is a file, not a folder'
    ]
  ])(
    'says in words why it could not save to %s, and that nothing was written',
    async (_, name, why) => {
      const dir = userData()
      writeFileSync(join(dir, 'a-file'), 'not a folder')
      const file = join(dir, name)
      await expect((await notesToExport(file)).export('markdown', EVERYTHING)).rejects.toThrow(
        `The notes could not be saved to ${file}: ${why}. Nothing was written; choose another folder.`
      )
      expect(readdirSync(dir)).toEqual(['a-file'])
    }
  )
})

describe('importing: what the reader is told', () => {
  const importOf = async (contents: string | null) => {
    const dir = userData()
    const file = join(dir, 'notes.json')
    if (contents !== null) writeFileSync(file, contents)
    const store = await AnnotationStore.open(userData())
    return { file, result: new AnnotationService(store, library, dialogs(file)).import() }
  }

  it('says a file of no notes holds none, and imports nothing', async () => {
    expect(await (await importOf('[]')).result).toEqual({
      status: 'unreadable',
      message: 'The file holds no notes. Nothing was imported.'
    })
  })

  it('says in words why a file could not be opened, and what JSON it could not read, without positions', async () => {
    const gone = await importOf(null)
    expect(await gone.result).toEqual({
      status: 'unreadable',
      message: `${gone.file} could not be opened: the file is no longer there. Nothing was imported.`
    })
    expect(await (await importOf('{"type": "AnnotationCollection", "first": {')).result).toEqual({
      status: 'unreadable',
      message:
        'The file is not a notes file: it is not valid JSON (it may be damaged or cut short). Nothing was imported.'
    })
  })

  /** A Web Annotation file of `count` notes on one passage, `noteOf` each one's note. */
  const notesFile = (count: number, noteOf: (i: number) => string) => {
    const notes = Array.from({ length: count }, (_, i) => ({
      ...highlightOf('wide discretion'),
      id: `imported-${String(i).padStart(6, '0')}`,
      note: noteOf(i),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }))
    const file = join(userData(), 'notes.json')
    writeFileSync(
      file,
      JSON.stringify(toWebAnnotationCollection(notes, library, DEFAULT_COLOR_LABELS))
    )
    return { notes, file }
  }

  it('says how far it got while it reads and while it saves, up to every note', async () => {
    const { file } = notesFile(2_500, (i) => `Imported note ${i}`)
    const service = new AnnotationService(
      await AnnotationStore.open(userData()),
      library,
      dialogs(file)
    )
    const progress: ImportProgress[] = []
    expect(await service.import((p) => progress.push(p))).toMatchObject({ imported: 2_500 })
    expect(progress).toEqual([
      { stage: 'checking', done: 1000, total: 2500 },
      { stage: 'checking', done: 2000, total: 2500 },
      { stage: 'checking', done: 2500, total: 2500 },
      { stage: 'saving', done: 1000, total: 2500 },
      { stage: 'saving', done: 2000, total: 2500 },
      { stage: 'saving', done: 2500, total: 2500 }
    ])
  })

  it('takes long notes from the notes worker in small pieces, every one of them', async () => {
    const { notes, file } = notesFile(300, longNote)
    const store = await AnnotationStore.open(userData())
    const pieces: number[] = []
    const service = new AnnotationService(store, library, dialogs(file), {
      startWorker: (job) => {
        const worker = startNotesWorkerFromSource(job)
        worker.on('message', (message: NotesWorkerMessage) => {
          if (message.type === 'notes') pieces.push(JSON.stringify(message.annotations).length)
        })
        return worker
      }
    })
    expect(await service.import()).toMatchObject({ imported: 300 })
    // 6 MB of notes: several messages, none much over NOTES_MESSAGE_CHARS.
    expect(pieces.length).toBeGreaterThan(5)
    expect(Math.max(...pieces)).toBeLessThan(1.2 * NOTES_MESSAGE_CHARS)
    expect(store.list().map((a) => a.note)).toEqual(notes.map((a) => a.note))
  })

  it('names each item it could not import, by its number in the file, and why', async () => {
    const store = await AnnotationStore.open(userData())
    const made = (
      await new AnnotationService(store, library, dialogs()).create(highlightOf('wide discretion'))
    ).item.annotation
    const items = JSON.parse(
      JSON.stringify(toWebAnnotationCollection([made, made, made], library, DEFAULT_COLOR_LABELS))
    ).first.items
    // The second is the first again under another id: the same note, skipped.
    items[1].id = 'urn:x-reader:annotation:second-0002'
    items[2].id = 'urn:x-reader:annotation:third-00003'
    items[2].body.at(-1).value = 'purple'
    const { result } = await importOf(JSON.stringify(items))
    expect(await result).toEqual({
      status: 'imported',
      imported: 1,
      skipped: 1,
      invalid: 1,
      problems: [
        'Item 3: its colour “purple” is not one of the app’s colours (yellow, green, blue, pink).'
      ]
    })
  })

  it('says why, in the language the app speaks, from the notes worker too', async () => {
    const note = {
      ...highlightOf('wide discretion'),
      id: 'first-00001',
      createdAt: '2026-01-02T09:30:00.000Z',
      updatedAt: '2026-01-02T09:30:00.000Z'
    }
    const items = JSON.parse(
      JSON.stringify(toWebAnnotationCollection([note], library, DEFAULT_COLOR_LABELS))
    ).first.items
    items[0].body.at(-1).value = 'purple'
    speakIn('ru')
    try {
      const { result } = await importOf(JSON.stringify([...items, { type: 'Note' }]))
      expect(await result).toMatchObject({
        status: 'imported',
        imported: 0,
        invalid: 2,
        problems: [
          'Запись 1: её цвет «purple» не входит в цвета приложения (yellow, green, blue, pink).',
          'Запись 2: это не заметка: её тип — «Note», а не «Annotation».'
        ]
      })
      expect(await (await importOf('{"first": ')).result).toEqual({
        status: 'unreadable',
        message:
          'Это не файл заметок: в нём нет правильного JSON (возможно, файл повреждён или обрезан). Ничего не импортировано.'
      })
    } finally {
      speakIn('en')
    }
  })
})
