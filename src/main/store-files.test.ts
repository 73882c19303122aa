import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readOnlyFolder, type ReadOnlyFolder } from '../../test/support/read-only-folder'
import { AnnotationStore } from './annotation-store'
import { PreferencesStore } from './preferences-store'

const made: ReadOnlyFolder[] = []
afterEach(() => {
  for (const folder of made.splice(0)) folder.remove()
})

/** A notes file as the app writes it, with one note. */
function notesFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-notes-'))
  const store = AnnotationStore.open(dir)
  store.create({
    reportId: 'crt2021-kazakhstan',
    editionHash: 'a'.repeat(64),
    target: {
      kind: 'text',
      paragraphId: 'overview-p1',
      position: { start: 0, end: 10 },
      quote: { exact: 'Kazakhstan', prefix: '', suffix: ' remained' }
    },
    color: 'green',
    note: 'Written before the disk became read-only',
    tags: []
  })
  store.close()
  return readFileSync(join(dir, 'annotations.json'), 'utf8')
}

/** A user-data folder from earlier launches (notes and preferences in it) that takes no file. */
function existingReadOnlyFolder(): ReadOnlyFolder | string {
  const folder = readOnlyFolder({
    'annotations.json': notesFile(),
    'preferences.json': JSON.stringify({ schemaVersion: 2, lastReportId: 'field-guide' })
  })
  if (typeof folder !== 'string') made.push(folder)
  return folder
}

describe('an existing user-data folder that cannot be written', () => {
  it('is found out when the stores open, in plain words, not at the first note', (context) => {
    const folder = existingReadOnlyFolder()
    if (typeof folder === 'string') return context.skip(folder)
    const { path } = folder
    const preferences = PreferencesStore.open(path)
    const notes = AnnotationStore.open(path)
    const reason = `The app keeps your notes and settings in the folder ${path}, but it cannot save anything there (`
    expect(preferences.unavailable, folder.how).toContain(reason)
    expect(notes.unavailable, folder.how).toContain(reason)
    expect(notes.unavailable).toMatch(
      /\((the disk is read-only|the app is not allowed to use it)\)\.$/
    )
    // What it holds is read and used, and left as it was.
    expect(preferences.get().lastReportId).toBe('field-guide')
    expect(notes.list().map((n) => n.note)).toEqual(['Written before the disk became read-only'])
    notes.close()
    expect(JSON.parse(readFileSync(join(path, 'preferences.json'), 'utf8')).lastReportId).toBe(
      'field-guide'
    )
  })

  it('keeps a change made anyway in memory, says it is not saved, and writes nothing', (context) => {
    const folder = existingReadOnlyFolder()
    if (typeof folder === 'string') return context.skip(folder)
    const before = readFileSync(join(folder.path, 'annotations.json'), 'utf8')
    const notes = AnnotationStore.open(folder.path)
    const [first] = notes.list()
    if (!first) throw new Error('the note was not read')
    notes.update(first.id, { note: 'Changed while read-only' })
    expect(notes.list()[0]?.note).toBe('Changed while read-only')
    expect(notes.saveState()).toEqual({
      state: 'failed',
      message: `${notes.unavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
      unsavedChanges: 1
    })
    expect(readFileSync(join(folder.path, 'annotations.json'), 'utf8')).toBe(before)
    notes.close()
  })
})
