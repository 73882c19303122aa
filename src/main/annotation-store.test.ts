import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import type * as NodeFs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
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
import {
  DEFAULT_COLOR_LABELS,
  LIMITS,
  type Annotation,
  type NewAnnotation
} from '../shared/annotations/annotation-model'
import { constants } from 'node:buffer'
import { AnnotationStore, DEFAULT_MAX_FILE_CHARS } from './annotation-store'
import { migrate0to1, migrate1to2 } from './annotation-store-migrations'

// The real electron-store, writing real files in a temp folder (electron is stubbed in vitest.config).
const freshDir = () => mkdtempSync(join(tmpdir(), 'reader-notes-'))
const fileIn = (dir: string) => join(dir, 'annotations.json')
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
const OPENED_AT = new Date('2026-01-02T03:04:05.678Z')
const STAMP = '2026-01-02T03-04-05-678Z'

/** A clock that ticks one second per call, and ids id-000001, id-000002… */
function deterministic() {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5) + 1000 * tick++),
    newId: () => `id-${String(++id).padStart(6, '0')}`
  }
}

const open = (dir: string, options = {}) => {
  const store = AnnotationStore.open(dir, { ...deterministic(), ...options })
  opened.push(store)
  return store
}
const opened: AnnotationStore[] = []
afterEach(() => {
  faults.renameAside = null
  for (const store of opened.splice(0)) store.close()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function input(overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    reportId: 'alpha',
    editionHash: 'a'.repeat(64),
    target: {
      kind: 'text',
      paragraphId: 'overview-p1',
      position: { start: 0, end: 5 },
      quote: { exact: 'About', prefix: '', suffix: ' Alpha' }
    },
    color: 'yellow',
    note: 'A note',
    tags: ['one', 'two'],
    ...overrides
  }
}

function stored(n: number, overrides: Partial<Annotation> = {}): Annotation {
  const at = new Date(Date.UTC(2025, 5, 1) + n * 60_000).toISOString()
  return {
    ...input(),
    id: `stored-${String(n).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    ...overrides
  }
}

/** A highlight as version 0 and 1 stored it (see annotation-store-migrations.ts). */
function oldHighlight(n: number, color: string) {
  return { ...omit(stored(n), 'tags', 'updatedAt'), color }
}

function omit<T extends object, K extends keyof T & string>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as string[]).includes(key))
  ) as Omit<T, K>
}

describe('the annotation store', () => {
  it('starts empty, saves every change at once, and keeps notes in creation order', () => {
    const dir = freshDir()
    const store = open(dir)
    expect(store.list()).toEqual([])
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    expect(existsSync(fileIn(dir))).toBe(false) // Opening never writes.

    const first = store.create(input({ note: 'first' }))
    const second = store.create(input({ note: 'second', color: 'pink', tags: [] }))
    expect(first).toMatchObject({ id: 'id-000001', note: 'first', createdAt: first.updatedAt })
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(readJson(fileIn(dir))).toEqual({
      schemaVersion: 3,
      annotations: [first, second],
      colorLabels: DEFAULT_COLOR_LABELS
    })

    const again = open(dir)
    expect(again.list()).toEqual([first, second])
    expect(again.notices).toEqual([])
  })

  it('updates the fields given, bumps updatedAt, and says when a note no longer exists', () => {
    const dir = freshDir()
    const store = open(dir)
    const created = store.create(input())
    const updated = store.update(created.id, { note: 'changed', tags: ['x'], color: undefined })
    expect(updated).toEqual({
      ...created,
      note: 'changed',
      tags: ['x'],
      updatedAt: expect.not.stringMatching(created.updatedAt)
    })
    expect(open(dir).list()).toEqual([updated])
    expect(() => store.update('id-missing', { note: 'x' })).toThrow(
      expect.objectContaining({ code: 'not-found' })
    )
    expect(() => store.remove('id-missing')).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('refuses a record that would not pass the schema, and keeps the one it had', () => {
    const store = open(freshDir())
    const created = store.create(input())
    expect(() => store.update(created.id, { note: 'x'.repeat(LIMITS.noteLength + 1) })).toThrow(
      expect.objectContaining({ code: 'invalid-payload', message: expect.stringMatching(/note/) })
    )
    expect(store.list()).toEqual([created])
  })

  it('removes a note and restores it as it was, in its place (Undo)', () => {
    const dir = freshDir()
    const store = open(dir)
    const [a, b, c] = [store.create(input()), store.create(input()), store.create(input())]
    const before = readFileSync(fileIn(dir), 'utf8')

    const removed = store.remove(b.id)
    expect(removed).toEqual(b)
    expect(store.list()).toEqual([a, c])
    expect(open(dir).list()).toEqual([a, c])

    expect(store.restore(removed.id)).toEqual(b)
    expect(store.list()).toEqual([a, b, c])
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(before)
    // A second Undo changes nothing.
    expect(store.restore(removed.id)).toEqual(b)
    expect(store.list()).toEqual([a, b, c])
  })

  it('restores only a note deleted this session: never one made up by the caller', () => {
    const dir = freshDir()
    const store = open(dir)
    const kept = store.create(input())
    const gone = store.remove(store.create(input({ note: 'deleted' })).id)
    expect(() => store.restore('never-existed-1')).toThrow(
      expect.objectContaining({
        code: 'not-found',
        message:
          'That note can no longer be restored: only notes deleted since the app started can be.'
      })
    )
    // After a restart the deleted note is gone for good.
    expect(() => open(dir).restore(gone.id)).toThrow(expect.objectContaining({ code: 'not-found' }))
    expect(store.list()).toEqual([kept])
  })

  it('saves colour names, and refuses invalid ones', () => {
    const dir = freshDir()
    const store = open(dir)
    const labels = { ...DEFAULT_COLOR_LABELS, pink: 'To check' }
    expect(store.setColorLabels(labels)).toEqual(labels)
    expect(open(dir).colorLabels()).toEqual(labels)
    expect(() => store.setColorLabels({ ...labels, blue: 'x'.repeat(41) })).toThrow(/colour name/)
    expect(store.colorLabels()).toEqual(labels)
  })

  it('imports new notes in one write and counts what it skipped', () => {
    const dir = freshDir()
    const store = open(dir)
    const existing = store.create(input({ note: 'mine' }))
    const byNote = (a: Annotation) => a.note
    const write = spyOnFileWrites()

    const result = store.importMany(
      [
        stored(1, { note: 'mine' }), // duplicate of an existing note
        stored(2, { note: 'new one' }),
        stored(3, { note: 'new one' }), // duplicate of one imported just before
        stored(4, { note: 'other', id: existing.id }), // the id of one already there
        { ...stored(5), color: 'purple' } as unknown as Annotation // invalid
      ],
      byNote
    )
    expect(result).toEqual({ imported: 1, skipped: 4 })
    expect(write).toHaveBeenCalledTimes(1)
    const notes = store.list()
    expect(notes).toEqual([existing, stored(2, { note: 'new one' })])
    expect(open(dir).list()).toEqual(notes)

    expect(store.importMany([stored(2, { note: 'new one' })], byNote)).toEqual({
      imported: 0,
      skipped: 1
    })
    expect(write).toHaveBeenCalledTimes(1) // Nothing new: nothing written.
  })

  it('finds duplicates in one pass: each note is keyed once, however many there are', () => {
    const store = open(freshDir())
    store.importMany(
      Array.from({ length: 2_000 }, (_, i) => stored(i)),
      (a) => a.id
    )
    let keyed = 0
    const keyOf = (a: Annotation) => {
      keyed++
      return a.note + a.id
    }
    const incoming = Array.from({ length: 3_000 }, (_, i) => stored(i + 1_000))
    expect(store.importMany(incoming, keyOf)).toEqual({ imported: 2_000, skipped: 1_000 })
    // Quadratic de-duplication (each new note against every note) once took 69 s for an 18 MB file.
    expect(keyed).toBe(2_000 + 3_000)
  })

  it('refuses a change that would grow the file past its limit, and changes nothing', () => {
    const dir = freshDir()
    const store = open(dir, { maxFileChars: 12_000 })
    const note = store.create(input({ note: 'x'.repeat(8_000) }))
    const onDisk = readFileSync(fileIn(dir), 'utf8')
    const full =
      /^Your notes would take more than 0 MB, the most the app keeps in its notes file\. .* Delete some notes, or shorten long ones, to make room\.$/
    expect(() => store.create(input({ note: 'y'.repeat(5_000) }))).toThrow(full)
    expect(() => store.update(note.id, { note: 'z'.repeat(12_000) })).toThrow(full)
    expect(() => store.importMany([stored(1, { note: 'w'.repeat(5_000) })], (a) => a.id)).toThrow(
      /Nothing was imported/
    )
    expect(store.list()).toEqual([note])
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(onDisk)
    expect(store.saveState()).toEqual({ state: 'saved' })
    // Smaller changes still fit.
    store.update(note.id, { note: 'shorter' })
    expect(open(dir).list()[0]?.note).toBe('shorter')
  })

  it('keeps the file far below the longest string V8 can write', () => {
    // 28,000 notes of 20,000 characters once made every write fail with "Invalid string length".
    expect(DEFAULT_MAX_FILE_CHARS * 4).toBeLessThan(constants.MAX_STRING_LENGTH)
    expect(DEFAULT_MAX_FILE_CHARS).toBeLessThan(28_000 * 20_000)
  })

  it('keeps where notes were placed in a new edition, without touching updatedAt', () => {
    const dir = freshDir()
    const store = open(dir)
    const [a, b] = [store.create(input()), store.create(input({ note: 'edited later' }))]
    const movedA = { ...a, editionHash: 'b'.repeat(64) }
    const movedB = { ...b, editionHash: 'b'.repeat(64) }
    const editedB = store.update(b.id, { note: 'edited since' })
    const write = spyOnFileWrites()
    expect(
      store.applyPlacements([
        { before: a, after: movedA },
        { before: b, after: movedB } // b changed after its place was worked out: left alone
      ])
    ).toBe(1)
    expect(write).toHaveBeenCalledTimes(1)
    expect(open(dir).list()).toEqual([movedA, editedB])
  })

  it(`stops at ${LIMITS.annotationCount.toLocaleString('en')} notes with a clear error`, () => {
    const dir = freshDir()
    const full = Array.from({ length: LIMITS.annotationCount }, (_, i) => stored(i))
    writeFileSync(
      fileIn(dir),
      JSON.stringify({ schemaVersion: 2, annotations: full, colorLabels: DEFAULT_COLOR_LABELS })
    )
    const store = open(dir)
    expect(store.list()).toHaveLength(LIMITS.annotationCount)
    const limit = /limit of 100,000 notes/
    expect(() => store.create(input())).toThrow(limit)
    expect(() => store.importMany([stored(LIMITS.annotationCount)], (a) => a.id)).toThrow(
      /over the limit of 100,000\. Nothing was imported/
    )
    const removed = store.remove(full[0]?.id as string)
    expect(() => store.importMany([stored(-1), stored(-2)], (a) => a.id)).toThrow(
      /bring your notes to 100,001/
    )
    expect(store.list()).toHaveLength(LIMITS.annotationCount - 1)
    store.create(input())
    expect(() => store.restore(removed.id)).toThrow(limit)
    expect(store.list()).toHaveLength(LIMITS.annotationCount)
  })
})

describe('older formats', () => {
  it('migrates version 0 (a bare array, no schemaVersion) to the current one and keeps the original', () => {
    const dir = freshDir()
    const withoutNote = omit(oldHighlight(2, 'highlight-green'), 'note')
    const original = `${JSON.stringify([oldHighlight(1, 'highlight-yellow'), withoutNote], null, 2)}\n`
    writeFileSync(fileIn(dir), original)

    const store = open(dir, { now: () => OPENED_AT })
    expect(store.notices).toEqual([])
    expect(store.list()).toEqual([
      stored(1, { tags: [] }),
      stored(2, { color: 'green', note: '', tags: [] })
    ])
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    expect(store.saveState()).toEqual({ state: 'saved' })
    // Written back at once in the current format, after a byte-for-byte copy of the original.
    expect(readJson(fileIn(dir))).toEqual({
      schemaVersion: 3,
      annotations: store.list(),
      colorLabels: DEFAULT_COLOR_LABELS
    })
    expect(readFileSync(join(dir, `annotations.v0-${STAMP}.json`), 'utf8')).toBe(original)

    // Only once: the next start finds the current version.
    const before = readdirSync(dir).sort()
    expect(open(dir).list()).toEqual(store.list())
    expect(readdirSync(dir).sort()).toEqual(before)
  })

  it('migrates version 1 (highlights and labels) to the current one and keeps the original', () => {
    const dir = freshDir()
    const original = JSON.stringify({
      schemaVersion: 1,
      highlights: [
        { ...oldHighlight(1, 'highlight-blue'), updatedAt: stored(9).createdAt },
        { ...oldHighlight(2, 'highlight-pink'), updatedAt: stored(2).createdAt }
      ],
      labels: { 'highlight-yellow': 'Key point', 'highlight-blue': 'Ask', 'highlight-red': 'Gone' }
    })
    writeFileSync(fileIn(dir), original)

    const store = open(dir, { now: () => OPENED_AT })
    expect(store.notices).toEqual([])
    expect(store.list()).toEqual([
      stored(1, { color: 'blue', tags: [], updatedAt: stored(9).createdAt }),
      stored(2, { color: 'pink', tags: [] })
    ])
    expect(store.colorLabels()).toEqual({
      ...DEFAULT_COLOR_LABELS,
      yellow: 'Key point',
      blue: 'Ask'
    })
    expect(readJson(fileIn(dir))).toMatchObject({ schemaVersion: 3 })
    expect(readFileSync(join(dir, `annotations.v1-${STAMP}.json`), 'utf8')).toBe(original)
    expect(open(dir).list()).toEqual(store.list())
  })

  it('migrates version 2 to 3 without changing a record, keeping the original', () => {
    const dir = freshDir()
    const original = JSON.stringify({
      schemaVersion: 2,
      annotations: [stored(1), stored(2)],
      colorLabels: DEFAULT_COLOR_LABELS
    })
    writeFileSync(fileIn(dir), original)
    const store = open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1), stored(2)])
    expect(readJson(fileIn(dir))).toEqual({ ...JSON.parse(original), schemaVersion: 3 })
    expect(readFileSync(join(dir, `annotations.v2-${STAMP}.json`), 'utf8')).toBe(original)
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

  it('sets invalid records aside, with their original text and the reason, and says so', () => {
    const dir = freshDir()
    const good = [stored(1), stored(2)]
    const bad = [
      { ...stored(3), color: 'purple' },
      { ...stored(4), createdAt: undefined },
      { ...stored(5), id: stored(1).id, note: 'same id' },
      'not a note'
    ]
    writeFileSync(
      fileIn(dir),
      JSON.stringify({
        schemaVersion: 2,
        annotations: [good[0], bad[0], bad[1], good[1], bad[2], bad[3]],
        colorLabels: DEFAULT_COLOR_LABELS
      })
    )

    const store = open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual(good)
    const invalidFile = join(dir, `annotations.invalid-${STAMP}.json`)
    expect(store.notices).toEqual([
      `4 notes in your notes file could not be read, so they were left out. What could not be read was kept, with the reason, in ${invalidFile}.`
    ])
    const setAside = readJson(invalidFile) as { items: unknown[] }
    expect(setAside).toMatchObject({ sourceFile: fileIn(dir), schemaVersion: 2 })
    expect(setAside.items).toEqual([
      { record: 2, reason: expect.stringMatching(/^color: /), original: bad[0] },
      { record: 3, reason: expect.stringMatching(/^createdAt: /), original: bad[1] },
      { record: 5, reason: `its id ${stored(1).id} is already used by record 1`, original: bad[2] },
      { record: 6, reason: expect.any(String), original: 'not a note' }
    ])
    // The file no longer holds them, so the next start says nothing.
    expect(readJson(fileIn(dir))).toMatchObject({ annotations: good })
    expect(open(dir).notices).toEqual([])
  })

  it('keeps an invalid record of an older format as it was before migrating', () => {
    const dir = freshDir()
    const bad = { ...oldHighlight(2, 'highlight-orange'), updatedAt: stored(2).createdAt }
    writeFileSync(
      fileIn(dir),
      JSON.stringify({
        schemaVersion: 1,
        highlights: [
          { ...oldHighlight(1, 'highlight-yellow'), updatedAt: stored(1).createdAt },
          bad
        ],
        labels: { 'highlight-pink': 42 }
      })
    )
    const store = open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1, { tags: [] })])
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    expect(store.notices).toEqual([
      expect.stringMatching(/^1 note in your notes file and your colour names could not be read/)
    ])
    const invalidFile = join(dir, `annotations.invalid-${STAMP}.json`)
    expect(readJson(invalidFile)).toMatchObject({
      schemaVersion: 1,
      items: [
        { record: 2, original: bad },
        { record: 'colour names', original: { 'highlight-pink': 42 } }
      ]
    })
    expect(existsSync(join(dir, `annotations.v1-${STAMP}.json`))).toBe(true)
  })
})

describe('a file that cannot be used', () => {
  it.each([
    ['invalid JSON', '{"schemaVersion": 2, "annotations": [{"id": "ab', /not valid JSON/],
    ['a number', '42', /it holds a number/],
    ['null', 'null', /it holds null/],
    ['an object without schemaVersion', '{"notes": []}', /no valid format version/],
    ['annotations that are not a list', '{"schemaVersion": 2, "annotations": {}}', /not a list/]
  ])('moves %s aside, keeps its bytes, tells the user where, and goes on', (_, bytes, why) => {
    const dir = freshDir()
    writeFileSync(fileIn(dir), bytes)
    const store = open(dir, { now: () => OPENED_AT })
    const backup = join(dir, `annotations.corrupt-${STAMP}.json`)
    expect(readFileSync(backup, 'utf8')).toBe(bytes)
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]).toMatch(why)
    expect(store.notices[0]).toContain(backup)
    expect(store.list()).toEqual([])
    expect(existsSync(fileIn(dir))).toBe(false)

    store.create(input())
    expect(readFileSync(backup, 'utf8')).toBe(bytes)
    expect(open(dir).list()).toHaveLength(1)
  })

  it('never overwrites an earlier backup', () => {
    const dir = freshDir()
    writeFileSync(fileIn(dir), 'first')
    open(dir, { now: () => OPENED_AT })
    writeFileSync(fileIn(dir), 'second')
    const store = open(dir, { now: () => OPENED_AT })
    expect(readFileSync(join(dir, `annotations.corrupt-${STAMP}.json`), 'utf8')).toBe('first')
    const second = join(dir, `annotations.corrupt-${STAMP}-2.json`)
    expect(readFileSync(second, 'utf8')).toBe('second')
    expect(store.notices[0]).toContain(second)
  })

  it('moves a file from a newer version aside, unchanged, with its own message', () => {
    const dir = freshDir()
    const bytes = JSON.stringify({ schemaVersion: 4, notes: { whatever: true } })
    writeFileSync(fileIn(dir), bytes)
    const store = open(dir, { now: () => OPENED_AT })
    const kept = join(dir, `annotations.newer-v4-${STAMP}.json`)
    expect(readFileSync(kept, 'utf8')).toBe(bytes)
    expect(store.notices).toEqual([
      `Your notes file was made by a newer version of the app (format 4), which this version cannot read, so the app started without notes. The file was kept, unchanged, as ${kept}. To use those notes, go back to the newer version and rename that file to annotations.json.`
    ])
    expect(store.list()).toEqual([])
    store.create(input())
    expect(readJson(fileIn(dir))).toMatchObject({ schemaVersion: 3 })
  })

  it('if the bad file cannot be moved aside either, never writes over it', () => {
    const dir = freshDir()
    writeFileSync(fileIn(dir), '{"broken')
    faults.renameAside = Object.assign(new Error('EBUSY: resource busy or locked, rename'), {
      code: 'EBUSY'
    })
    const store = open(dir)
    expect(store.notices).toEqual([
      expect.stringMatching(
        /could not be read .*could not be moved aside \(another program is using it\).*nothing will be written to it/
      )
    ])
    const note = store.create(input())
    expect(store.list()).toEqual([note])
    expect(store.saveState()).toEqual({
      state: 'failed',
      message: store.notices[0],
      unsavedChanges: 1
    })
    expect(store.retryNow()).toMatchObject({ state: 'failed' })
    expect(readFileSync(fileIn(dir), 'utf8')).toBe('{"broken')
    expect(readdirSync(dir)).toEqual(['annotations.json'])
  })

  it('removes temp files of writes that were interrupted, and nothing else', () => {
    const dir = freshDir()
    open(dir).create(input())
    writeFileSync(join(dir, 'annotations.json.tmp-1767323045123abc'), '{"half": ')
    writeFileSync(join(dir, 'annotations.corrupt-x.json'), 'kept')
    expect(open(dir).list()).toHaveLength(1)
    expect(readdirSync(dir).sort()).toEqual(['annotations.corrupt-x.json', 'annotations.json'])
  })
})

describe('the file on disk', () => {
  it('is private to the user: 0600, in a folder the app makes as 0700, backups too', () => {
    const dir = join(freshDir(), 'made', 'by-the-app')
    const store = open(dir)
    store.create(input())
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(fileIn(dir)).mode & 0o777).toBe(0o600)
    writeFileSync(fileIn(dir), JSON.stringify([oldHighlight(1, 'highlight-yellow')]), {
      mode: 0o644
    })
    open(dir, { now: () => OPENED_AT }) // Migrates, keeping a copy of the original.
    expect(statSync(join(dir, `annotations.v0-${STAMP}.json`)).mode & 0o777).toBe(0o600)
    expect(statSync(fileIn(dir)).mode & 0o777).toBe(0o600)
  })

  it('is never written through a link: what the link points to stays as it was', () => {
    const dir = freshDir()
    const elsewhere = join(freshDir(), 'private.json')
    const theirs = JSON.stringify({ schemaVersion: 3, annotations: [], colorLabels: {} })
    writeFileSync(elsewhere, theirs)
    symlinkSync(elsewhere, fileIn(dir))
    const store = open(dir, { now: () => OPENED_AT })
    const aside = join(dir, `annotations.set-aside-${STAMP}.json`)
    expect(store.notices).toEqual([
      `Your notes file was a link to ${elsewhere}. The app does not use links for its own files, so it left that file unchanged, kept the link as ${aside}, and started without notes.`
    ])
    store.create(input())
    expect(readFileSync(elsewhere, 'utf8')).toBe(theirs)
    expect(lstatSync(fileIn(dir)).isSymbolicLink()).toBe(false)
    expect(lstatSync(aside).isSymbolicLink()).toBe(true)
  })

  it('is never replaced when the user made it read-only; it saves once it is writable again', () => {
    const dir = freshDir()
    const first = open(dir).create(input({ note: 'on disk' }))
    chmodSync(fileIn(dir), 0o444)
    const before = readFileSync(fileIn(dir), 'utf8')
    const store = open(dir)
    expect(store.list()).toEqual([first])
    const second = store.create(input({ note: 'kept in memory' }))
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringContaining(
        `${fileIn(dir)} is read-only. The app will not replace a file you protected, so your notes were not saved to it.`
      ),
      unsavedChanges: 1
    })
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(before)
    chmodSync(fileIn(dir), 0o600)
    expect(store.retryNow()).toEqual({ state: 'saved' })
    expect(open(dir).list()).toEqual([first, second])
  })

  it('opens without throwing when its folder cannot be used, and keeps changes in memory', () => {
    const parent = freshDir()
    writeFileSync(join(parent, 'blocked'), '') // A file where the folder should be.
    const dir = join(parent, 'blocked', 'user-data')
    const store = open(dir)
    expect(store.unavailable).toBe(
      `The app cannot use its folder ${dir} (a file stands where a folder should be).`
    )
    const note = store.create(input())
    expect(store.list()).toEqual([note])
    expect(store.saveState()).toEqual({
      state: 'failed',
      message: `${store.unavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
      unsavedChanges: 1
    })
  })
})

describe('a failed write', () => {
  /** A folder where the file goes makes every write fail (EISDIR on the rename), also for root. */
  const breakWrites = (dir: string) => {
    rmSync(fileIn(dir), { force: true })
    mkdirSync(fileIn(dir))
  }
  const repairWrites = (dir: string) => rmdirSync(fileIn(dir))

  it('keeps the change in memory, reports it, and retries with backoff until it succeeds', () => {
    vi.useFakeTimers()
    const dir = freshDir()
    const store = open(dir, { retryDelaysMs: [1000, 5000] })
    breakWrites(dir)

    const a = store.create(input({ note: 'kept' }))
    expect(store.list()).toEqual([a])
    expect(store.saveState()).toEqual({
      state: 'retrying',
      message: `${fileIn(dir)} could not be written: something else (a folder) is in its place. Your changes are kept while the app is open; the app tries again in 1 s.`,
      unsavedChanges: 1
    })
    const b = store.create(input({ note: 'also kept' }))
    store.update(a.id, { note: 'kept, edited' })
    expect(store.saveState()).toMatchObject({ state: 'retrying', unsavedChanges: 3 })
    expect(store.list().map((x) => x.note)).toEqual(['kept, edited', 'also kept'])

    vi.advanceTimersByTime(1000) // Retry 1 fails; the next is 5 s later.
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringMatching(/tries again in 5 s\.$/)
    })
    vi.advanceTimersByTime(5000) // Retry 2 fails; then every 5 s (the last delay repeats).
    expect(store.saveState()).toMatchObject({ message: expect.stringMatching(/in 5 s\.$/) })

    repairWrites(dir)
    vi.advanceTimersByTime(5000)
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(vi.getTimerCount()).toBe(0)
    expect(open(dir).list()).toEqual([
      { ...a, note: 'kept, edited', updatedAt: expect.any(String) },
      b
    ])
  })

  it('retries now when asked, and a later change that succeeds clears the fault', () => {
    vi.useFakeTimers()
    const dir = freshDir()
    const store = open(dir)
    breakWrites(dir)
    store.create(input())
    expect(store.retryNow()).toMatchObject({ state: 'retrying', unsavedChanges: 1 })
    repairWrites(dir)
    expect(store.retryNow()).toEqual({ state: 'saved' })
    expect(vi.getTimerCount()).toBe(0)
    expect(open(dir).list()).toHaveLength(1)

    breakWrites(dir)
    store.create(input())
    repairWrites(dir)
    store.create(input()) // Saves everything, and stops retrying.
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(vi.getTimerCount()).toBe(0)
    expect(open(dir).list()).toHaveLength(3)
  })

  it('handles EPERM on the atomic rename (antivirus on Windows) the same way', () => {
    const dir = freshDir()
    const store = open(dir)
    const first = store.create(input())
    const before = readFileSync(fileIn(dir), 'utf8')
    spyOnFileWrites().mockImplementationOnce(() => {
      throw Object.assign(
        new Error(
          `EPERM: operation not permitted, rename '${fileIn(dir)}.tmp-1' -> '${fileIn(dir)}'`
        ),
        { code: 'EPERM', syscall: 'rename' }
      )
    })
    const second = store.create(input())
    expect(store.list()).toEqual([first, second])
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringMatching(/not allowed to write .*antivirus/),
      unsavedChanges: 1
    })
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(before) // The old file is untouched.
    expect(store.retryNow()).toEqual({ state: 'saved' })
    expect(open(dir).list()).toEqual([first, second])
  })

  it('when rewriting an older format fails, keeps the old file and its copy, and retries', () => {
    const dir = freshDir()
    const original = JSON.stringify([oldHighlight(1, 'highlight-yellow')])
    writeFileSync(fileIn(dir), original)
    spyOnFileWrites().mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    })
    const store = open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1, { tags: [] })])
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringMatching(/^The disk is full/),
      unsavedChanges: 1
    })
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(original)
    expect(readFileSync(join(dir, `annotations.v0-${STAMP}.json`), 'utf8')).toBe(original)
    expect(store.retryNow()).toEqual({ state: 'saved' })
    expect(readJson(fileIn(dir))).toMatchObject({ schemaVersion: 3 })
  })

  it('retries after 1, 5, 15 and 60 s by default, then every 60 s', () => {
    vi.useFakeTimers()
    const dir = freshDir()
    const store = open(dir, { retryDelaysMs: undefined })
    breakWrites(dir)
    store.create(input())
    const waits: string[] = []
    for (const seconds of [1, 5, 15, 60, 60, 60]) {
      const state = store.saveState()
      waits.push(state.state === 'retrying' ? (/in (\d+ s)\.$/.exec(state.message)?.[1] ?? '') : '')
      vi.advanceTimersByTime(seconds * 1000)
    }
    expect(waits).toEqual(['1 s', '5 s', '15 s', '60 s', '60 s', '60 s'])
    expect(vi.getTimerCount()).toBe(1)
  })

  it('after close, stops retrying and reports the changes as failed', () => {
    vi.useFakeTimers()
    const dir = freshDir()
    const store = open(dir)
    breakWrites(dir)
    store.create(input())
    store.close()
    expect(vi.getTimerCount()).toBe(0)
    expect(store.saveState()).toMatchObject({ state: 'failed', unsavedChanges: 1 })
  })
})

/**
 * Every atomic write of the whole file: an assignment to electron-store's `store`, a setter of its
 * base class (conf). Its private write method (`#write` since conf 16) cannot be reached.
 */
function spyOnFileWrites() {
  const conf = Object.getPrototypeOf(ElectronStore.prototype) as { store: unknown }
  return vi.spyOn(conf, 'store', 'set')
}
