import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as DurableWrite from './durable-write'

// Every durable write can be counted, or made to fail once the way a system fails (EPERM from
// antivirus on the rename): what a real disk cannot be made to do on demand.
const writes = vi.hoisted(() => ({ count: 0, failNext: null as NodeJS.ErrnoException | null }))
vi.mock('./durable-write', async (importOriginal) => {
  const real = await importOriginal<typeof DurableWrite>()
  return {
    ...real,
    writeFileDurably: async (...args: Parameters<typeof real.writeFileDurably>) => {
      writes.count++
      const failure = writes.failNext
      writes.failNext = null
      if (failure) throw failure
      return real.writeFileDurably(...args)
    }
  }
})
import {
  DEFAULT_COLOR_LABELS,
  LIMITS,
  type Annotation
} from '../shared/annotations/annotation-model'
import { AnnotationStore } from './annotation-store'
import { segmentText } from './notes-store/segment-file'
import { retrySentence } from './save-retry'
import {
  freshDir,
  input,
  notesIn,
  deterministic,
  OPENED_AT,
  readJson,
  segmentIn,
  STAMP,
  stored,
  storeOpener
} from '../../test/support/notes-fixtures'
import { idsOnDisk } from '../../test/support/notes-on-disk'

// The real electron-store reading, and the app's own durable writes, of real files in a temp folder.
const { open, closeAll } = storeOpener()
afterEach(() => {
  writes.failNext = null
  closeAll()
})

const byId = (x: Annotation, y: Annotation) => (x.id < y.id ? -1 : 1)
const notesFrom = (text: string) => (JSON.parse(text) as { annotations: Annotation[] }).annotations

describe('the annotation store', () => {
  it('starts empty, has each change on disk before it answers, and keeps notes in creation order', async () => {
    const dir = freshDir()
    const store = await open(dir)
    expect(store.list()).toEqual([])
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    expect(readdirSync(join(dir, 'notes'))).toEqual([]) // Opening writes no file.

    const first = await store.create(input({ note: 'first' }))
    const second = await store.create(input({ note: 'second', color: 'pink', tags: [] }))
    expect(first).toMatchObject({ id: 'id-000001', note: 'first', createdAt: first.updatedAt })
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(readJson(segmentIn(dir))).toEqual({
      schemaVersion: 5,
      reportId: 'alpha',
      digest: expect.stringMatching(/^[0-9a-f]{40}$/),
      annotations: [first, second]
    })

    const again = await open(dir)
    expect(again.list()).toEqual([first, second])
    expect(again.notices).toEqual([])
  })

  it('updates the fields given, bumps updatedAt, and says when a note no longer exists', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const created = await store.create(input())
    const updated = await store.update(created.id, {
      note: 'changed',
      tags: ['x'],
      color: undefined
    })
    expect(updated).toEqual({
      ...created,
      note: 'changed',
      tags: ['x'],
      updatedAt: expect.not.stringMatching(created.updatedAt)
    })
    expect((await open(dir)).list()).toEqual([updated])
    await expect(store.update('id-missing', { note: 'x' })).rejects.toMatchObject({
      code: 'not-found'
    })
    await expect(store.remove('id-missing')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses a record that would not pass the schema, and keeps the one it had', async () => {
    const store = await open(freshDir())
    const created = await store.create(input())
    await expect(
      store.update(created.id, { note: 'x'.repeat(LIMITS.noteLength + 1) })
    ).rejects.toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/note/) })
    expect(store.list()).toEqual([created])
  })

  it('removes a note and restores it as it was, in its place (Undo)', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const a = await store.create(input())
    const b = await store.create(input())
    const c = await store.create(input())
    const before = readFileSync(segmentIn(dir), 'utf8')

    expect(await store.remove(b.id)).toEqual(b)
    expect(store.list()).toEqual([a, c])
    expect((await open(dir)).list()).toEqual([a, c])

    expect(await store.restore(b.id)).toEqual(b)
    expect(store.list()).toEqual([a, b, c])
    expect(notesIn(segmentIn(dir)).sort(byId)).toEqual(notesFrom(before).sort(byId))
    expect((await open(dir)).list()).toEqual([a, b, c])
    // A second Undo changes nothing.
    expect(await store.restore(b.id)).toEqual(b)
    expect(store.list()).toEqual([a, b, c])
  })

  it('restores only a note deleted this session: never one made up by the caller', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const kept = await store.create(input())
    const gone = await store.remove((await store.create(input({ note: 'deleted' }))).id)
    await expect(store.restore('never-existed-1')).rejects.toMatchObject({
      code: 'not-found',
      message:
        'That note can no longer be restored: only notes deleted since the app started can be.'
    })
    // After a restart the deleted note is gone for good.
    await expect((await open(dir)).restore(gone.id)).rejects.toMatchObject({ code: 'not-found' })
    expect(store.list()).toEqual([kept])
  })

  it('saves colour names in notes/notes.json, and refuses invalid ones', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const labels = { ...DEFAULT_COLOR_LABELS, pink: 'To check' }
    expect(await store.setColorLabels(labels)).toEqual(labels)
    expect(readJson(join(dir, 'notes', 'notes.json'))).toMatchObject({ colorLabels: labels })
    expect((await open(dir)).colorLabels()).toEqual(labels)
    await expect(store.setColorLabels({ ...labels, blue: 'x'.repeat(41) })).rejects.toThrow(
      /colour name/
    )
    expect(store.colorLabels()).toEqual(labels)
  })

  it('imports new notes, skipping duplicates, in one write per file it touches', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const existing = await store.create(input({ note: 'mine' }))
    const byNote = (a: Annotation) => a.note
    writes.count = 0
    const progress: [number, number][] = []
    const result = await store.importMany(
      [
        stored(1, { note: 'mine' }), // duplicate of an existing note
        stored(2, { note: 'new one' }),
        stored(3, { note: 'new one' }), // duplicate of one imported just before
        stored(4, { note: 'other', id: existing.id }), // the id of one already there
        stored(5, { note: 'on beta', reportId: 'beta' })
      ],
      byNote,
      (done, total) => progress.push([done, total])
    )
    expect(result).toEqual({ imported: 2, skipped: 3 })
    expect(writes.count).toBe(2) // alpha's segment and beta's.
    expect(progress).toEqual([[2, 2]])
    const notes = store.list()
    expect(notes).toEqual([
      existing,
      stored(2, { note: 'new one' }),
      stored(5, { note: 'on beta', reportId: 'beta' })
    ])
    expect(
      (await open(dir))
        .list()
        .map((a) => a.id)
        .sort()
    ).toEqual(notes.map((a) => a.id).sort())

    writes.count = 0
    expect(await store.importMany([stored(2, { note: 'new one' })], byNote)).toEqual({
      imported: 0,
      skipped: 1
    })
    expect(writes.count).toBe(0) // Nothing new: nothing written.
  })

  it('finds duplicates in one pass: each note is keyed once, however many there are', async () => {
    const store = await open(freshDir())
    await store.importMany(
      Array.from({ length: 2_000 }, (_, i) => stored(i)),
      (a) => a.id
    )
    let keyed = 0
    const keyOf = (a: Annotation) => {
      keyed++
      return a.note + a.id
    }
    const incoming = Array.from({ length: 3_000 }, (_, i) => stored(i + 1_000))
    expect(await store.importMany(incoming, keyOf)).toEqual({ imported: 2_000, skipped: 1_000 })
    // Quadratic de-duplication (each new note against every note) once took 69 s for an 18 MB file.
    expect(keyed).toBe(2_000 + 3_000)
  })

  it('refuses a change that would take the notes past their limit, and changes nothing', async () => {
    const dir = freshDir()
    const store = await open(dir, { maxFileChars: 12_000 })
    const note = await store.create(input({ note: 'x'.repeat(8_000) }))
    const onDisk = readFileSync(segmentIn(dir), 'utf8')
    const full =
      /^Your notes would take more than 0 MB, the most the app keeps\. .* Delete some notes, or shorten long ones, to make room\.$/
    await expect(store.create(input({ note: 'y'.repeat(5_000) }))).rejects.toThrow(full)
    await expect(store.update(note.id, { note: 'z'.repeat(12_000) })).rejects.toThrow(full)
    await expect(
      store.importMany([stored(1, { note: 'w'.repeat(5_000) })], (a) => a.id)
    ).rejects.toThrow(/Nothing was imported/)
    expect(store.list()).toEqual([note])
    expect(readFileSync(segmentIn(dir), 'utf8')).toBe(onDisk)
    expect(store.saveState()).toEqual({ state: 'saved' })
    // Smaller changes still fit.
    await store.update(note.id, { note: 'shorter' })
    expect((await open(dir)).list()[0]?.note).toBe('shorter')
  })

  it('keeps where notes were placed in a new edition, without touching updatedAt', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const a = await store.create(input())
    const b = await store.create(input({ note: 'edited later' }))
    const movedA = { ...a, editionHash: 'b'.repeat(64) }
    const movedB = { ...b, editionHash: 'b'.repeat(64) }
    const editedB = await store.update(b.id, { note: 'edited since' })
    writes.count = 0
    expect(
      await store.applyPlacements([
        { before: a, after: movedA },
        { before: b, after: movedB } // b changed after its place was worked out: left alone
      ])
    ).toBe(1)
    expect(writes.count).toBe(1)
    expect((await open(dir)).list()).toEqual([movedA, editedB])
  })

  it('keeps placements a slice at a time, and a note the user deletes or edits meanwhile stays as the user left it', async () => {
    const dir = freshDir()
    // A slice of 0 ms: main gets a turn at every step, so the user's changes come in between.
    const store = await open(dir, { sliceMs: 0 })
    const notes = Array.from({ length: 1200 }, (_, i) => stored(i))
    await store.importMany(notes, (a) => a.id)
    const moved = (a: Annotation) => ({ ...a, editionHash: 'b'.repeat(64) })
    const applying = store.applyPlacements(notes.map((a) => ({ before: a, after: moved(a) })))
    const turn = () => new Promise((resolve) => setImmediate(resolve))
    // While it checks them: the first note deleted, and a late one edited.
    await turn()
    const deleting = store.remove((notes[0] as Annotation).id)
    const editing = store.update((notes[1100] as Annotation).id, { note: 'edited meanwhile' })
    // While it keeps them (the first ones are placed already): one of those deleted, which moves
    // every note after it, placed or not, up one place in the list.
    while (store.get((notes[1] as Annotation).id)?.editionHash !== 'b'.repeat(64)) await turn()
    const deletingPlaced = store.remove((notes[5] as Annotation).id)
    const edited = await editing
    await Promise.all([deleting, deletingPlaced])
    expect(await applying).toBe(1198)
    const listed = store.list()
    // Each note once, in its place, as the user left it or as placed; the same after a restart.
    expect(listed).toEqual(
      notes
        .filter((_, i) => i !== 0 && i !== 5)
        .map((a) => (a.id === edited.id ? edited : moved(a)))
    )
    for (const a of listed) expect(store.get(a.id)).toBe(a)
    expect((await open(dir)).list()).toEqual(listed)
  })

  it(`stops at ${LIMITS.annotationCount.toLocaleString('en')} notes with a clear error`, async () => {
    const dir = freshDir()
    const full = Array.from({ length: LIMITS.annotationCount }, (_, i) => stored(i))
    await (await open(dir)).importMany(full, (a) => a.id)
    const store = await open(dir)
    expect(store.list()).toHaveLength(LIMITS.annotationCount)
    const limit = /limit of 100,000 notes/
    await expect(store.create(input())).rejects.toThrow(limit)
    await expect(store.importMany([stored(LIMITS.annotationCount)], (a) => a.id)).rejects.toThrow(
      /over the limit of 100,000\. Nothing was imported/
    )
    const removed = await store.remove(full[0]?.id as string)
    await expect(store.importMany([stored(-1), stored(-2)], (a) => a.id)).rejects.toThrow(
      /bring your notes to 100,001/
    )
    expect(store.list()).toHaveLength(LIMITS.annotationCount - 1)
    await store.create(input())
    await expect(store.restore(removed.id)).rejects.toThrow(limit)
    expect(store.list()).toHaveLength(LIMITS.annotationCount)
  })
})

describe('one file per report, in segments: a change costs the same at any count', () => {
  it('rewrites only the segment it touches, however many notes there are', async () => {
    const dir = freshDir()
    const store = await open(dir, { segmentChars: 8_000 })
    await store.importMany(
      Array.from({ length: 2_000 }, (_, i) => stored(i)),
      (a) => a.id
    )
    const segments = readdirSync(join(dir, 'notes', 'alpha')).filter((n) => /^\d+\.json$/.test(n))
    expect(segments.length).toBeGreaterThan(50)
    const sizes = segments.map((n) => statSync(join(dir, 'notes', 'alpha', n)).size)
    expect(Math.max(...sizes)).toBeLessThan(8_000 + 2_000) // A segment's limit and one note.

    writes.count = 0
    const note = await store.create(input({ note: 'one more' }))
    await store.update(stored(7).id, { note: 'edited' })
    await store.remove(stored(1_500).id)
    expect(writes.count).toBe(3) // One segment each, not the 2,000 notes.
    const again = await open(dir, { segmentChars: 8_000 })
    expect(again.list()).toHaveLength(2_000)
    expect(again.list().find((a) => a.id === stored(7).id)?.note).toBe('edited')
    expect(again.list().some((a) => a.id === note.id)).toBe(true)
  })

  it('writes changes that come while a write is under way together, and answers each once on disk', async () => {
    const dir = freshDir()
    const store = await open(dir)
    writes.count = 0
    const made = await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.create(input({ note: `burst ${i}` })))
    )
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect(writes.count).toBeLessThan(40)
    expect(idsOnDisk(dir)).toEqual(made.map((a) => a.id).sort())
  })

  it('opens before reading any note, and a change made meanwhile waits for them and loses none', async () => {
    const dir = freshDir()
    const first = await open(dir, { segmentChars: 8_000 })
    await first.importMany(
      Array.from({ length: 1_000 }, (_, i) => stored(i)),
      (a) => a.id
    )
    first.close()
    const segments = readdirSync(join(dir, 'notes', 'alpha')).length

    // What the app does at launch: the window opens while the notes are read.
    const store = AnnotationStore.start(dir, { ...deterministic(), segmentChars: 8_000 })
    expect(() => store.list()).toThrow(/still being read/)
    expect(store.colorLabels()).toEqual(DEFAULT_COLOR_LABELS)
    const made = await store.create(input({ note: 'made while the notes were read' }))
    expect(store.list()).toHaveLength(1_001)
    store.close()

    // Written into the last segment or a new one after it: no segment written over.
    expect(readdirSync(join(dir, 'notes', 'alpha')).length).toBeGreaterThanOrEqual(segments)
    const again = await open(dir, { segmentChars: 8_000 })
    expect(again.list()).toHaveLength(1_001)
    expect(again.get(made.id)?.note).toBe('made while the notes were read')
    expect(again.get(stored(0).id)).toEqual(stored(0))
  })

  it('keeps each report in its own folder', async () => {
    const dir = freshDir()
    const store = await open(dir)
    const a = await store.create(input())
    const b = await store.create(input({ reportId: 'beta' }))
    expect(notesIn(segmentIn(dir, 1, 'alpha'))).toEqual([a])
    expect(notesIn(segmentIn(dir, 1, 'beta'))).toEqual([b])
  })

  it('takes a segment the app wrote as it is, and checks one changed since, record by record', async () => {
    const dir = freshDir()
    mkdirSync(dirname(segmentIn(dir)), { recursive: true })
    // Its digest holds: the app wrote it, after checking every note, so it is not checked again.
    writeFileSync(segmentIn(dir, 1), segmentText('alpha', [stored(1)]))
    // Edited by hand (no digest): every record is checked; the bad ones are set aside.
    const bad = { ...stored(3), color: 'purple' }
    const otherReport = stored(4, { reportId: 'beta' })
    writeFileSync(
      segmentIn(dir, 2),
      JSON.stringify({
        schemaVersion: 4,
        reportId: 'alpha',
        annotations: [stored(2), bad, otherReport, stored(1, { note: 'same id' })]
      })
    )
    const store = await open(dir, { now: () => OPENED_AT })
    expect(store.list()).toEqual([stored(1), stored(2)])
    const invalidFile = join(dir, 'notes', 'alpha', `2.invalid-${STAMP}.json`)
    expect(store.notices).toEqual([
      `3 notes in ${segmentIn(dir, 2)} could not be read, so they were left out. What could not be read was kept, with the reason, in ${invalidFile}.`
    ])
    expect((readJson(invalidFile) as { items: unknown[] }).items).toEqual([
      { record: 2, reason: expect.stringMatching(/^color: /), original: bad },
      {
        record: 3,
        reason: 'it is a note on the report “beta”, filed under “alpha”',
        original: otherReport
      },
      {
        record: 4,
        reason: `its id ${stored(1).id} is already used by another note`,
        original: stored(1, { note: 'same id' })
      }
    ])
    // Written again without them (and with a digest), so the next start says nothing.
    expect(notesIn(segmentIn(dir, 2))).toEqual([stored(2)])
    expect((await open(dir)).notices).toEqual([])
  })

  it.each([
    [
      'invalid JSON',
      '{"schemaVersion": 4, "annotations": [{"id": "ab',
      'corrupt',
      /not valid JSON/
    ],
    ['a number', '42', 'corrupt', /not a notes file/],
    [
      'another report’s notes',
      '{"schemaVersion":4,"reportId":"beta","annotations":[]}',
      'corrupt',
      /not a file of notes on the report “alpha”/
    ],
    [
      'a newer format',
      '{"schemaVersion":6,"anything":true}',
      'newer-v6',
      /newer version of the app \(format 6\)/
    ]
  ])(
    'moves a segment holding %s aside, unchanged, says so, and reads the others',
    async (_, bytes, kind, why) => {
      const dir = freshDir()
      mkdirSync(dirname(segmentIn(dir)), { recursive: true })
      writeFileSync(segmentIn(dir, 1), segmentText('alpha', [stored(1)]))
      writeFileSync(segmentIn(dir, 2), bytes)
      const store = await open(dir, { now: () => OPENED_AT })
      const kept = join(dir, 'notes', 'alpha', `2.${kind}-${STAMP}.json`)
      expect(readFileSync(kept, 'utf8')).toBe(bytes)
      expect(store.notices).toEqual([expect.stringMatching(why)])
      expect(store.notices[0]).toContain(kept)
      expect(store.list()).toEqual([stored(1)])
      // New notes never go where the damaged file was.
      await store.create(input())
      expect(readFileSync(kept, 'utf8')).toBe(bytes)
      expect((await open(dir)).list()).toHaveLength(2)
    }
  )
})

describe('the files on disk', () => {
  it('are private to the user: 0600, in folders the app makes as 0700', async () => {
    const dir = join(freshDir(), 'made', 'by-the-app')
    const store = await open(dir)
    await store.create(input())
    for (const folder of [dir, join(dir, 'notes'), join(dir, 'notes', 'alpha')]) {
      expect(statSync(folder).mode & 0o777).toBe(0o700)
    }
    expect(statSync(segmentIn(dir)).mode & 0o777).toBe(0o600)
  })

  it('are never written through a link: what the link points to stays as it was', async () => {
    const dir = freshDir()
    const elsewhere = join(freshDir(), 'private.json')
    const theirs = segmentText('alpha', [stored(9)])
    writeFileSync(elsewhere, theirs)
    mkdirSync(dirname(segmentIn(dir)), { recursive: true })
    symlinkSync(elsewhere, segmentIn(dir))
    const store = await open(dir, { now: () => OPENED_AT })
    const aside = join(dir, 'notes', 'alpha', `1.set-aside-${STAMP}.json`)
    expect(store.notices).toEqual([
      `A file of your notes, ${segmentIn(dir)}, was a link to ${elsewhere}. The app does not use links for its own files, so it left what the link points to unchanged and kept the link as ${aside}. Your other notes are all here. If the file the link points to holds notes you want, close the app and put a copy of that file itself, not a link, at ${segmentIn(dir)}.`
    ])
    expect(store.list()).toEqual([])
    await store.create(input())
    expect(readFileSync(elsewhere, 'utf8')).toBe(theirs)
    expect(lstatSync(aside).isSymbolicLink()).toBe(true)
  })

  it('are never replaced when the user made one read-only; it saves once it is writable again', async () => {
    const dir = freshDir()
    const first = await (await open(dir)).create(input({ note: 'on disk' }))
    chmodSync(segmentIn(dir), 0o444)
    const before = readFileSync(segmentIn(dir), 'utf8')
    const store = await open(dir)
    expect(store.list()).toEqual([first])
    const second = await store.create(input({ note: 'kept in memory' }))
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringContaining(
        `${segmentIn(dir)} is read-only. The app will not replace a file you protected, so your notes were not saved to it.`
      ),
      unsavedChanges: 1
    })
    expect(readFileSync(segmentIn(dir), 'utf8')).toBe(before)
    chmodSync(segmentIn(dir), 0o600)
    expect(await store.retryNow()).toEqual({ state: 'saved' })
    expect((await open(dir)).list()).toEqual([first, second])
  })

  it('opens without throwing when its folder cannot be used, and keeps changes in memory', async () => {
    const parent = freshDir()
    writeFileSync(join(parent, 'blocked'), '') // A file where the folder should be.
    const dir = join(parent, 'blocked', 'user-data')
    const store = await open(dir)
    expect(store.unavailable).toBe(
      `The app cannot use its folder ${dir} (a file stands where a folder should be).`
    )
    const note = await store.create(input())
    expect(store.list()).toEqual([note])
    expect(store.saveState()).toEqual({
      state: 'failed',
      message: `${store.unavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
      unsavedChanges: 1
    })
  })

  it('removes the temp files of writes that were cut short, and nothing else', async () => {
    const dir = freshDir()
    await (await open(dir)).create(input())
    const report = join(dir, 'notes', 'alpha')
    writeFileSync(join(report, '1.json.tmp-0123456789abcdef'), '{"half": ')
    writeFileSync(join(dir, 'notes', 'notes.json.tmp-1767323045123abc'), '{"half": ')
    writeFileSync(join(dir, 'annotations.json.tmp-1767323045123abc'), '{"half": ')
    writeFileSync(join(report, '1.corrupt-x.json'), 'kept')
    writeFileSync(join(dir, 'notes.txt.tmp-0123456789abcdef'), 'not ours')
    expect((await open(dir)).list()).toHaveLength(1)
    expect(readdirSync(report).sort()).toEqual(['1.corrupt-x.json', '1.json'])
    expect(readdirSync(dir).sort()).toEqual(['notes', 'notes.txt.tmp-0123456789abcdef'])
  })
})

describe('a failed write', () => {
  /** A folder where a segment goes makes every write of it fail (EISDIR), also for root. */
  const breakWrites = (dir: string, n = 1) => {
    rmSync(segmentIn(dir, n), { force: true })
    mkdirSync(segmentIn(dir, n), { recursive: true })
  }
  const repairWrites = (dir: string, n = 1) => rmSync(segmentIn(dir, n), { recursive: true })

  it('keeps the change in memory, says so without a countdown, and retries until it lands', async () => {
    const dir = freshDir()
    const store = await open(dir, { retryDelaysMs: [30] })
    await store.create(input({ note: 'on disk' }))
    breakWrites(dir)

    const a = await store.create(input({ note: 'kept' }))
    expect(store.list().map((x) => x.note)).toEqual(['on disk', 'kept'])
    expect(store.saveState()).toEqual({
      state: 'retrying',
      message: `${segmentIn(dir)} could not be written: something else (a folder) is in its place. Your changes are kept in memory while the app is open. ${retrySentence()}`,
      unsavedChanges: 1
    })
    await store.update(a.id, { note: 'kept, edited' })
    expect(store.saveState()).toMatchObject({ state: 'retrying', unsavedChanges: 2 })
    // However long it fails, it never claims a time it will not keep.
    await vi.waitFor(() => expect(writes.count).toBeGreaterThan(6), { timeout: 120_000 })
    expect(store.saveState()).toMatchObject({ message: expect.not.stringMatching(/ in \d+ s/) })

    repairWrites(dir)
    await vi.waitFor(() => expect(store.saveState()).toEqual({ state: 'saved' }), {
      timeout: 120_000
    })
    expect((await open(dir)).list().map((x) => x.note)).toEqual(['on disk', 'kept, edited'])
  })

  it('retries now when asked, and a later change that lands clears the fault', async () => {
    const dir = freshDir()
    const store = await open(dir, { retryDelaysMs: [3_600_000] })
    await store.create(input())
    breakWrites(dir)
    await store.create(input())
    expect(await store.retryNow()).toMatchObject({ state: 'retrying', unsavedChanges: 1 })
    repairWrites(dir)
    expect(await store.retryNow()).toEqual({ state: 'saved' })
    expect((await open(dir)).list()).toHaveLength(2)

    breakWrites(dir)
    await store.create(input())
    repairWrites(dir)
    await store.create(input()) // Writes everything, and stops retrying.
    expect(store.saveState()).toEqual({ state: 'saved' })
    expect((await open(dir)).list()).toHaveLength(4)
  })

  it('handles EPERM on the rename (antivirus on Windows) the same way, the old file untouched', async () => {
    const dir = freshDir()
    const store = await open(dir, { retryDelaysMs: [3_600_000] })
    const first = await store.create(input())
    const before = readFileSync(segmentIn(dir), 'utf8')
    writes.failNext = Object.assign(
      new Error(
        `EPERM: operation not permitted, rename '${segmentIn(dir)}.tmp-1' -> '${segmentIn(dir)}'`
      ),
      { code: 'EPERM', syscall: 'rename' }
    )
    const second = await store.create(input())
    expect(store.list()).toEqual([first, second])
    expect(store.saveState()).toMatchObject({
      state: 'retrying',
      message: expect.stringMatching(/not allowed to write .*antivirus/),
      unsavedChanges: 1
    })
    expect(readFileSync(segmentIn(dir), 'utf8')).toBe(before)
    expect(await store.retryNow()).toEqual({ state: 'saved' })
    expect((await open(dir)).list()).toEqual([first, second])
  })

  it('says a full disk in plain words: what is kept, and that it is saved when there is room', async () => {
    const dir = freshDir()
    const store = await open(dir, { retryDelaysMs: [3_600_000] })
    writes.failNext = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC'
    })
    await store.create(input())
    expect(store.saveState()).toEqual({
      state: 'retrying',
      message: `The disk is full: your last change is kept in memory and saved when there is room. Nothing on disk was damaged. ${retrySentence()}`,
      unsavedChanges: 1
    })
    expect(existsSync(segmentIn(dir))).toBe(false)
    expect(await store.retryNow()).toEqual({ state: 'saved' })
  })

  it('after close, reports the changes as failed: no retry is promised any more', async () => {
    const dir = freshDir()
    const store = await open(dir, { retryDelaysMs: [3_600_000] })
    await store.create(input())
    breakWrites(dir)
    await store.create(input())
    store.close()
    expect(store.saveState()).toEqual({
      state: 'failed',
      message: `${segmentIn(dir)} could not be written: something else (a folder) is in its place. Your changes are kept in memory while the app is open.`,
      unsavedChanges: 1
    })
  })
})
