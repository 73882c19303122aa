import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freshDir, input } from '../../test/support/notes-fixtures'
import { readOnlyFolder, type ReadOnlyFolder } from '../../test/support/read-only-folder'
import { AnnotationStore } from './annotation-store'
import { PreferencesStore } from './preferences-store'

const made: ReadOnlyFolder[] = []
afterEach(() => {
  for (const folder of made.splice(0)) folder.remove()
})

const BEFORE = 'Written before the disk became read-only'

/** The notes files as the app writes them, with one note: their paths and text. */
async function notesFiles(): Promise<Record<string, string>> {
  const dir = freshDir()
  const store = await AnnotationStore.open(dir)
  await store.create(
    input({ reportId: 'crt2021-kazakhstan', color: 'green', note: BEFORE, tags: [] })
  )
  store.close()
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')])
  )
}

const SEGMENT = join('notes', 'crt2021-kazakhstan', '1.json')

/** A user-data folder from earlier launches (notes and preferences in it) that takes no file. */
async function existingReadOnlyFolder(): Promise<ReadOnlyFolder | string> {
  const folder = readOnlyFolder({
    ...(await notesFiles()),
    'preferences.json': JSON.stringify({ schemaVersion: 2, lastReportId: 'field-guide' })
  })
  if (typeof folder !== 'string') made.push(folder)
  return folder
}

describe('an existing user-data folder that cannot be written', () => {
  it('is found out when the stores open, in plain words, not at the first note', async (context) => {
    const folder = await existingReadOnlyFolder()
    if (typeof folder === 'string') return context.skip(folder)
    const { path } = folder
    const preferences = PreferencesStore.open(path)
    const notes = await AnnotationStore.open(path)
    const reason = `The app keeps your notes and settings in the folder ${path}, but it cannot save anything there (`
    expect(preferences.unavailable, folder.how).toContain(reason)
    expect(notes.unavailable, folder.how).toContain(reason)
    expect(notes.unavailable).toMatch(
      /\((the disk is read-only|the app is not allowed to use it)\)\.$/
    )
    // What it holds is read and used, and left as it was.
    expect(preferences.get().lastReportId).toBe('field-guide')
    expect(notes.list().map((n) => n.note)).toEqual([BEFORE])
    notes.close()
    expect(JSON.parse(readFileSync(join(path, 'preferences.json'), 'utf8')).lastReportId).toBe(
      'field-guide'
    )
  })

  it('keeps a change made anyway in memory, says it is not saved, and writes nothing', async (context) => {
    const folder = await existingReadOnlyFolder()
    if (typeof folder === 'string') return context.skip(folder)
    const before = readFileSync(join(folder.path, SEGMENT), 'utf8')
    const notes = await AnnotationStore.open(folder.path)
    const [first] = notes.list()
    if (!first) throw new Error('the note was not read')
    await notes.update(first.id, { note: 'Changed while read-only' })
    expect(notes.list()[0]?.note).toBe('Changed while read-only')
    expect(notes.saveState()).toEqual({
      state: 'failed',
      message: `${notes.unavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
      unsavedChanges: 1
    })
    expect(readFileSync(join(folder.path, SEGMENT), 'utf8')).toBe(before)
    notes.close()
  })
})
