import { hash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import type * as NodeFs from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

// A rename the store makes itself (moving a bad file aside) can be made to fail, to reach the
// case where a file can neither be read nor moved: something root cannot provoke for real.
const faults = vi.hoisted(() => ({ renameAside: null as NodeJS.ErrnoException | null }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>()
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (faults.renameAside && /\.(corrupt|newer)-/.test(to)) throw faults.renameAside
      fs.renameSync(from, to)
    }
  }
})
import { DEFAULT_COLOR_LABELS } from '../shared/annotations/annotation-model'
import { migrate0to1, migrate1to2, migrate4to5, reasonOf } from './annotation-store-migrations'
import { speakIn } from './words'
import { notesIndexText } from './notes-store/notes-index'
import { segmentText } from './notes-store/segment-file'
import {
  freshDir,
  input,
  OPENED_AT,
  readJson,
  segmentIn,
  STAMP,
  stored,
  storeOpener
} from '../../test/support/notes-fixtures'
import { idsOnDisk } from '../../test/support/notes-on-disk'
import type { Annotation } from '../shared/annotations/annotation-model'
import type { UnplacedReason } from '../shared/annotations/unplaced-reason'

// annotations.json, the one notes file of the versions before the notes folder, is read on the
// notes worker (from its TypeScript source here), its notes written into the folder, and only then
// moved aside, unchanged.
const { open, closeAll } = storeOpener()
afterEach(() => {
  faults.renameAside = null
  closeAll()
})

const legacyIn = (dir: string) => join(dir, 'annotations.json')

/** A highlight as version 0 and 1 stored it (see annotation-store-migrations.ts). */
function oldHighlight(n: number, color: string) {
  const record: Partial<ReturnType<typeof stored>> = { ...stored(n) }
  delete record.tags
  delete record.updatedAt
  return { ...record, color }
}

describe('moving annotations.json into the notes folder', () => {
  it.each([
    [
      0,
      () => [
        oldHighlight(1, 'highlight-yellow'),
        { ...oldHighlight(2, 'highlight-green'), note: undefined }
      ],
      [stored(1, { tags: [] }), stored(2, { color: 'green', note: '', tags: [] })],
      DEFAULT_COLOR_LABELS
    ],
    [
      1,
      () => ({
        schemaVersion: 1,
        highlights: [
          { ...oldHighlight(1, 'highlight-blue'), updatedAt: stored(9).createdAt },
          { ...oldHighlight(2, 'highlight-pink'), updatedAt: stored(2).createdAt }
        ],
        labels: {
          'highlight-yellow': 'Key point',
          'highlight-blue': 'Ask',
          'highlight-red': 'Gone'
        }
      }),
      [
        stored(1, { color: 'blue', tags: [], updatedAt: stored(9).createdAt }),
        stored(2, { color: 'pink', tags: [] })
      ],
      { ...DEFAULT_COLOR_LABELS, yellow: 'Key point', blue: 'Ask' }
    ],
    [
      2,
      () => ({
        schemaVersion: 2,
        annotations: [stored(1), stored(2)],
        colorLabels: DEFAULT_COLOR_LABELS
      }),
      [stored(1), stored(2)],
      DEFAULT_COLOR_LABELS
    ],
    [
      3,
      () => ({
        schemaVersion: 3,
        annotations: [stored(1), stored(2, { reportId: 'beta' })],
        colorLabels: { ...DEFAULT_COLOR_LABELS, pink: 'Later' }
      }),
      [stored(1), stored(2, { reportId: 'beta' })],
      { ...DEFAULT_COLOR_LABELS, pink: 'Later' }
    ]
  ])(
    'keeps every note of format %i, and the original file, byte for byte',
    async (version, file, notes, labels) => {
      const dir = freshDir()
      const original = `${JSON.stringify(file(), null, 2)}\n`
      writeFileSync(legacyIn(dir), original)

      const store = await open(dir, { now: () => OPENED_AT })
      expect(store.notices).toEqual([])
      expect(store.list()).toEqual(notes)
      expect(store.colorLabels()).toEqual(labels)
      expect(store.saveState()).toEqual({ state: 'saved' })
      expect(idsOnDisk(dir)).toEqual(notes.map((a) => a.id).sort())
      // The original is kept as it was, under a name that is never read again.
      expect(existsSync(legacyIn(dir))).toBe(false)
      const kept = join(dir, `annotations.v${version}-${STAMP}.json`)
      expect(readFileSync(kept, 'utf8')).toBe(original)
      expect(statSync(kept).mode & 0o777).not.toBe(0) // Not rewritten: only renamed.

      // Only once: the next start finds the notes folder, and nothing else changes.
      const before = readdirSync(dir).sort()
      expect((await open(dir)).list()).toEqual(notes)
      expect(readdirSync(dir).sort()).toEqual(before)
    }
  )

  it('keeps every one of 10,000 notes of a real-sized file', async () => {
    const dir = freshDir()
    const notes = Array.from({ length: 10_000 }, (_, i) =>
      stored(i, { note: `Note ${i}. ${'x'.repeat(i % 700)}` })
    )
    const original = JSON.stringify({
      schemaVersion: 3,
      annotations: notes,
      colorLabels: DEFAULT_COLOR_LABELS
    })
    writeFileSync(legacyIn(dir), original)
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual(notes)
    expect(idsOnDisk(dir)).toEqual(notes.map((a) => a.id).sort())
    expect(readFileSync(join(dir, `annotations.v3-${STAMP}.json`), 'utf8')).toBe(original)
    expect((await open(dir)).list()).toEqual(notes)
  })

  it('finishes a move that was cut short, without a note twice or one deleted since coming back', async () => {
    const dir = freshDir()
    const original = JSON.stringify({
      schemaVersion: 3,
      annotations: [stored(1), stored(2), stored(3)],
      colorLabels: DEFAULT_COLOR_LABELS
    })
    writeFileSync(legacyIn(dir), original)
    // Killed after writing one segment with two of its notes, before the index and the move.
    mkdirSync(join(dir, 'notes', 'alpha'), { recursive: true })
    writeFileSync(segmentIn(dir), segmentText('alpha', [stored(1), stored(2)]))
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1), stored(2), stored(3)])
    expect(idsOnDisk(dir)).toEqual([stored(1).id, stored(2).id, stored(3).id])
    expect(existsSync(legacyIn(dir))).toBe(false)

    // Killed after recording the file as moved in, before moving it: it is only moved aside, so
    // a note deleted in the folder stays deleted.
    const again = freshDir()
    writeFileSync(legacyIn(again), original)
    mkdirSync(join(again, 'notes', 'alpha'), { recursive: true })
    writeFileSync(segmentIn(again), segmentText('alpha', [stored(1), stored(3)]))
    writeFileSync(
      join(again, 'notes', 'notes.json'),
      notesIndexText(DEFAULT_COLOR_LABELS, [hash('sha1', original, 'hex')])
    )
    expect((await open(again, { now: () => OPENED_AT })).list()).toEqual([stored(1), stored(3)])
    expect(readFileSync(join(again, `annotations.v3-${STAMP}.json`), 'utf8')).toBe(original)
  })

  it('keeps what a full disk kept it from writing in the old file, and moves it next time', async () => {
    const dir = freshDir()
    const original = JSON.stringify([oldHighlight(1, 'highlight-yellow')])
    writeFileSync(legacyIn(dir), original)
    // The notes folder's report folder cannot be made: nothing can be written.
    mkdirSync(join(dir, 'notes'), { recursive: true })
    writeFileSync(join(dir, 'notes', 'alpha'), 'a file where the folder goes')
    const store = await open(dir, { now: () => OPENED_AT, retryDelaysMs: [3_600_000] })
    expect(store.list()).toEqual([stored(1, { tags: [] })])
    expect(store.saveState()).toMatchObject({ state: 'retrying', unsavedChanges: 2 })
    expect(readFileSync(legacyIn(dir), 'utf8')).toBe(original) // Untouched, still the one to read.
    store.close()

    rmSync(join(dir, 'notes', 'alpha'))
    const later = await open(dir, { now: () => OPENED_AT })
    expect(later.list()).toEqual([stored(1, { tags: [] })])
    expect(later.saveState()).toEqual({ state: 'saved' })
    expect(existsSync(legacyIn(dir))).toBe(false)
  })

  it('migration steps map records one to one and pass anything odd through to validation', () => {
    expect(migrate0to1([{ createdAt: 't', color: 'highlight-pink' }, 7, null])).toEqual({
      schemaVersion: 1,
      highlights: [{ createdAt: 't', updatedAt: 't', note: '', color: 'highlight-pink' }, 7, null],
      labels: {}
    })
    expect(
      migrate1to2({
        schemaVersion: 1,
        highlights: [{ color: 'highlight-pink', tags: ['kept'] }, { color: 'red' }, 'x'],
        labels: 'not an object'
      })
    ).toEqual({
      schemaVersion: 2,
      annotations: [{ color: 'pink', tags: ['kept'] }, { color: 'red', tags: [] }, 'x'],
      colorLabels: DEFAULT_COLOR_LABELS
    })
  })

  it('sets invalid records aside, with their original text and the reason, and says so', async () => {
    const dir = freshDir()
    const good = [stored(1), stored(2)]
    const bad = [
      { ...stored(3), color: 'purple' },
      { ...stored(4), createdAt: undefined },
      { ...stored(5), id: stored(1).id, note: 'same id' },
      'not a note'
    ]
    writeFileSync(
      legacyIn(dir),
      JSON.stringify({
        schemaVersion: 2,
        annotations: [good[0], bad[0], bad[1], good[1], bad[2], bad[3]],
        colorLabels: DEFAULT_COLOR_LABELS
      })
    )

    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual(good)
    const invalidFile = join(dir, `annotations.invalid-${STAMP}.json`)
    expect(store.notices).toEqual([
      `4 notes in ${legacyIn(dir)} could not be read, so they were left out. What could not be read was kept, with the reason, in ${invalidFile}.`
    ])
    const setAside = readJson(invalidFile) as { items: unknown[] }
    expect(setAside).toMatchObject({ sourceFile: legacyIn(dir), schemaVersion: 2 })
    expect(setAside.items).toEqual([
      { record: 2, reason: expect.stringMatching(/^color: /), original: bad[0] },
      { record: 3, reason: expect.stringMatching(/^createdAt: /), original: bad[1] },
      { record: 5, reason: `its id ${stored(1).id} is already used by record 1`, original: bad[2] },
      { record: 6, reason: expect.any(String), original: 'not a note' }
    ])
    expect(idsOnDisk(dir)).toEqual(good.map((a) => a.id))
    expect((await open(dir)).notices).toEqual([])
  })

  it('keeps an invalid record of an older format as it was before migrating', async () => {
    const dir = freshDir()
    const bad = { ...oldHighlight(2, 'highlight-orange'), updatedAt: stored(2).createdAt }
    writeFileSync(
      legacyIn(dir),
      JSON.stringify({
        schemaVersion: 1,
        highlights: [
          { ...oldHighlight(1, 'highlight-yellow'), updatedAt: stored(1).createdAt },
          bad
        ],
        labels: { 'highlight-pink': 42 }
      })
    )
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1, { tags: [] })])
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    expect(store.notices).toEqual([
      expect.stringMatching(
        /^1 note in .*annotations\.json and your colour names could not be read/
      )
    ])
    expect(readJson(join(dir, `annotations.invalid-${STAMP}.json`))).toMatchObject({
      schemaVersion: 1,
      items: [
        { record: 2, original: bad },
        { record: 'colour names', original: { 'highlight-pink': 42 } }
      ]
    })
    expect(existsSync(join(dir, `annotations.v1-${STAMP}.json`))).toBe(true)
  })
})

describe('an annotations.json that cannot be used', () => {
  it.each([
    ['invalid JSON', '{"schemaVersion": 2, "annotations": [{"id": "ab', /not valid JSON/],
    ['a number', '42', /it holds a number/],
    ['null', 'null', /it holds null/],
    ['an object without schemaVersion', '{"notes": []}', /no valid format version/],
    ['annotations that are not a list', '{"schemaVersion": 2, "annotations": {}}', /not a list/]
  ])(
    'is moved aside when it holds %s: its bytes kept, the user told where',
    async (_, bytes, why) => {
      const dir = freshDir()
      writeFileSync(legacyIn(dir), bytes)
      const store = await open(dir, { now: () => OPENED_AT })
      const backup = join(dir, `annotations.corrupt-${STAMP}.json`)
      expect(readFileSync(backup, 'utf8')).toBe(bytes)
      expect(store.notices).toEqual([expect.stringMatching(why)])
      expect(store.notices[0]).toContain(backup)
      expect(store.list()).toEqual([])
      expect(existsSync(legacyIn(dir))).toBe(false)
      await store.create(input())
      expect((await open(dir)).list()).toHaveLength(1)
    }
  )

  it('never overwrites an earlier backup', async () => {
    const dir = freshDir()
    writeFileSync(legacyIn(dir), 'first')
    await open(dir, { now: () => OPENED_AT })
    writeFileSync(legacyIn(dir), 'second')
    const store = await open(dir, { now: () => OPENED_AT })
    expect(readFileSync(join(dir, `annotations.corrupt-${STAMP}.json`), 'utf8')).toBe('first')
    const second = join(dir, `annotations.corrupt-${STAMP}-2.json`)
    expect(readFileSync(second, 'utf8')).toBe('second')
    expect(store.notices[0]).toContain(second)
  })

  it('is moved aside, unchanged, when a newer version of the app made it, with its own message', async () => {
    const dir = freshDir()
    const bytes = JSON.stringify({ schemaVersion: 9, notes: { whatever: true } })
    writeFileSync(legacyIn(dir), bytes)
    const store = await open(dir, { now: () => OPENED_AT })
    const kept = join(dir, `annotations.newer-v9-${STAMP}.json`)
    expect(readFileSync(kept, 'utf8')).toBe(bytes)
    expect(store.notices).toEqual([
      `Your notes file was made by a newer version of the app (format 9), which this version cannot read, so the app started without its notes. The file was kept, unchanged, as ${kept}. To use those notes, go back to the newer version and rename that file to annotations.json.`
    ])
  })

  it('says so in the language the app speaks, in Arabic too (the legacy file is read on the worker)', async () => {
    const dir = freshDir()
    writeFileSync(legacyIn(dir), JSON.stringify({ schemaVersion: 9, notes: {} }))
    speakIn('ar')
    try {
      const store = await open(dir, { now: () => OPENED_AT })
      const kept = join(dir, `annotations.newer-v9-${STAMP}.json`)
      expect(store.notices).toEqual([
        `أنشأ ملفَّ ملاحظاتك إصدارٌ أحدث من التطبيق (الصيغة 9) لا يستطيع هذا الإصدار قراءته، لذا بدأ التطبيق دون ملاحظاته. حُفظ الملف كما هو باسم ${kept}. لاستخدام تلك الملاحظات، عُد إلى الإصدار الأحدث وأعد تسمية ذلك الملف إلى annotations.json.`
      ])
    } finally {
      speakIn('en')
    }
  })

  it('is left as it is, and said, when it can neither be read nor moved aside', async () => {
    const dir = freshDir()
    writeFileSync(legacyIn(dir), '{"broken')
    faults.renameAside = Object.assign(new Error('EBUSY: resource busy or locked, rename'), {
      code: 'EBUSY'
    })
    const store = await open(dir)
    expect(store.notices).toEqual([
      expect.stringMatching(
        /could not be read .*could not be moved aside \(another program is using it\)\. It was left as it is\./
      )
    ])
    // The notes folder is the app's now: new notes are saved there, the old file never touched.
    await store.create(input())
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(readFileSync(legacyIn(dir), 'utf8')).toBe('{"broken')
  })

  it('is set aside when it is a link, and what it points to is never read or written', async () => {
    const dir = freshDir()
    const elsewhere = join(freshDir(), 'private.json')
    const theirs = JSON.stringify({
      schemaVersion: 3,
      annotations: [stored(1)],
      colorLabels: DEFAULT_COLOR_LABELS
    })
    writeFileSync(elsewhere, theirs)
    const { symlinkSync, lstatSync } = await vi.importActual<typeof NodeFs>('node:fs')
    symlinkSync(elsewhere, legacyIn(dir))
    const store = await open(dir, { now: () => OPENED_AT })
    const aside = join(dir, `annotations.set-aside-${STAMP}.json`)
    expect(store.notices).toEqual([
      `Your notes file was a link to ${elsewhere}. The app does not use links for its own files, so it left that file unchanged, kept the link as ${aside}, and started without notes.`
    ])
    expect(store.list()).toEqual([])
    expect(readFileSync(elsewhere, 'utf8')).toBe(theirs)
    expect(lstatSync(aside).isSymbolicLink()).toBe(true)
  })
})

/**
 * Format 4 stored why a note could not be placed as an English sentence; format 5 stores a code and
 * its values, put into words in the reader's language when shown.
 */
describe('reasons stored as English sentences (format 4 and annotations.json)', () => {
  const OTHER_EDITION = 'b'.repeat(64)
  /** A note as format 4 kept it: not found in another edition, and why, in English. */
  const unplacedBefore = (n: number, reason: string) => ({
    ...stored(n),
    unplacedIn: { editionHash: OTHER_EDITION, reason }
  })
  const unplacedNow = (n: number, reason: UnplacedReason): Annotation => ({
    ...stored(n),
    unplacedIn: { editionHash: OTHER_EDITION, reason }
  })
  /** A segment as the version before this one wrote it, byte for byte, its digest holding. */
  const format4Segment = (reportId: string, records: unknown[]) => {
    const list = JSON.stringify(records)
    return `{"schemaVersion":4,"reportId":${JSON.stringify(reportId)},"digest":"${hash('sha1', list, 'hex')}","annotations":${list}}`
  }

  it('maps each sentence the app ever stored to its code and values', () => {
    expect(
      [
        'The highlighted text (“abolishing the death penalty”) is not in this edition of the report.',
        'The highlighted text (“He said “no” (twice)…”) is not in this edition of the report.',
        'The passage it was on changed too much to place it automatically.',
        'Its section (“countering-violent-extremism”) is not in this edition of the report.',
        'Its report, “old-course-report”, is not in this app.',
        'It belongs to another report.',
        'The report content is not available.'
      ].map(reasonOf)
    ).toEqual([
      { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' },
      { code: 'textNotInEdition', excerpt: 'He said “no” (twice)…' },
      { code: 'passageChanged' },
      { code: 'sectionNotInEdition', sectionId: 'countering-violent-extremism' },
      { code: 'reportNotInApp', reportId: 'old-course-report' },
      { code: 'otherReport' },
      { code: 'contentUnavailable' }
    ])
  })

  it('keeps a sentence it does not know word for word, to be shown as it was', () => {
    for (const sentence of [
      'Moved by hand in a test build.',
      'The highlighted text is not in this edition.', // Close, but never written so.
      ''
    ]) {
      expect(reasonOf(sentence)).toEqual({ code: 'asWritten', text: sentence })
    }
  })

  it('maps records one to one, the others left as the very same objects', () => {
    const plain = stored(1)
    const already = unplacedNow(2, { code: 'passageChanged' })
    const odd = { unplacedIn: { reason: 42 } }
    const records = [plain, unplacedBefore(3, 'It belongs to another report.'), already, odd, 'x']
    const migrated = migrate4to5(records)
    expect(migrated).toEqual([plain, unplacedNow(3, { code: 'otherReport' }), already, odd, 'x'])
    expect(migrated.filter((record, i) => record === records[i])).toHaveLength(4)
  })

  it('reads a format 4 segment with codes, writes it again in format 5, and keeps an unknown sentence', async () => {
    const dir = freshDir()
    mkdirSync(join(dir, 'notes', 'alpha'), { recursive: true })
    const before = [
      stored(1),
      unplacedBefore(
        2,
        'The highlighted text (“abolishing the death penalty”) is not in this edition of the report.'
      ),
      unplacedBefore(3, 'The passage it was on changed too much to place it automatically.'),
      unplacedBefore(4, 'Set aside by a trainer’s script.')
    ]
    writeFileSync(segmentIn(dir), format4Segment('alpha', before))
    const now = [
      stored(1),
      unplacedNow(2, { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' }),
      unplacedNow(3, { code: 'passageChanged' }),
      unplacedNow(4, { code: 'asWritten', text: 'Set aside by a trainer’s script.' })
    ]

    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.notices).toEqual([])
    expect(store.list()).toEqual(now)
    expect(store.saveState()).toEqual({ state: 'saved' })
    // Written again in the current format, its digest holding: the next start reads it as it is.
    expect(readJson(segmentIn(dir))).toMatchObject({ schemaVersion: 5, annotations: now })
    expect(readFileSync(segmentIn(dir), 'utf8')).toBe(segmentText('alpha', now))
    const again = await open(dir)
    expect(again.notices).toEqual([])
    expect(again.list()).toEqual(now)
  })

  it('leaves a format 4 segment without such a sentence as it is, for an older app to read', async () => {
    const dir = freshDir()
    mkdirSync(join(dir, 'notes', 'alpha'), { recursive: true })
    const bytes = format4Segment('alpha', [stored(1), stored(2)])
    writeFileSync(segmentIn(dir), bytes)
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1), stored(2)])
    expect(readFileSync(segmentIn(dir), 'utf8')).toBe(bytes)
    // Its first change writes it in format 5.
    await store.update(stored(1).id, { note: 'changed' })
    expect(readJson(segmentIn(dir))).toMatchObject({ schemaVersion: 5 })
  })

  it('checks a format 4 segment edited by hand record by record, after mapping its sentences', async () => {
    const dir = freshDir()
    mkdirSync(join(dir, 'notes', 'alpha'), { recursive: true })
    const tooLong = unplacedBefore(3, 'x'.repeat(501))
    writeFileSync(
      segmentIn(dir),
      JSON.stringify({
        schemaVersion: 4,
        reportId: 'alpha',
        annotations: [stored(1), unplacedBefore(2, 'It belongs to another report.'), tooLong]
      })
    )
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1), unplacedNow(2, { code: 'otherReport' })])
    // What cannot be read is kept as it was in the file, with the reason.
    const invalidFile = join(dir, 'notes', 'alpha', `1.invalid-${STAMP}.json`)
    expect((readJson(invalidFile) as { items: unknown[] }).items).toEqual([
      { record: 3, reason: expect.stringMatching(/^unplacedIn\.reason/), original: tooLong }
    ])
  })

  it('maps the sentences of an annotations.json (format 3) as it moves it into the folder', async () => {
    const dir = freshDir()
    const original = JSON.stringify({
      schemaVersion: 3,
      annotations: [
        unplacedBefore(1, 'Its section (“old-section”) is not in this edition of the report.'),
        unplacedBefore(2, 'Kept by hand.')
      ],
      colorLabels: DEFAULT_COLOR_LABELS
    })
    writeFileSync(legacyIn(dir), original)
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.notices).toEqual([])
    expect(store.list()).toEqual([
      unplacedNow(1, { code: 'sectionNotInEdition', sectionId: 'old-section' }),
      unplacedNow(2, { code: 'asWritten', text: 'Kept by hand.' })
    ])
    expect(readFileSync(join(dir, `annotations.v3-${STAMP}.json`), 'utf8')).toBe(original)
  })
})
