// Child process for the read-only disk test (src/main/read-only-disk.test.ts): opens the app's
// stores on <dir>, which real-disk.ts made read-only after the test filled it, and prints what the
// user would be told, as `result <JSON>`.
//   <dir>/existing   a user-data folder with notes, preferences and a read edition;
//   <dir>/missing    no folder yet: the app would have to make it.
import { join } from 'node:path'
import { AnnotationStore } from '../../src/main/annotation-store'
import { PreferencesStore } from '../../src/main/preferences-store'
import { ReadEditionsStore } from '../../src/main/read-editions-store'
import { DEFAULT_READING_SETTINGS } from '../../src/shared/ipc-contract'

const dir = process.argv[3] as string

async function attempt(save: () => Promise<unknown>): Promise<string | null> {
  try {
    await save()
    return null
  } catch (error) {
    return (error as Error).message
  }
}

async function storesIn(userData: string) {
  const notes = await AnnotationStore.open(userData)
  const preferences = PreferencesStore.open(userData)
  const opened = {
    notes: notes.list().length,
    theme: preferences.get().reading.theme,
    notesUnavailable: notes.unavailable,
    preferencesUnavailable: preferences.unavailable,
    notices: [...notes.notices, ...preferences.notices],
    saveStateOnOpen: notes.saveState()
  }
  await notes.create({
    reportId: 'crt2021-kazakhstan',
    editionHash: 'b'.repeat(64),
    target: { kind: 'section', sectionId: 'overview' },
    color: 'green',
    note: 'made on a read-only disk',
    tags: []
  })
  const preferencesError = await attempt(() =>
    preferences.setReadingSettings({ ...DEFAULT_READING_SETTINGS, theme: 'light' })
  )
  const readEdition = await ReadEditionsStore.open(userData).keep({
    reportId: 'crt2021-kazakhstan',
    contentHash: 'b'.repeat(64),
    edition: '2021',
    sections: []
  })
  notes.close()
  return { ...opened, saveState: notes.saveState(), preferencesError, readEdition }
}

const result = {
  existing: await storesIn(join(dir, 'existing')),
  missing: await storesIn(join(dir, 'missing', 'user-data'))
}
process.stdout.write(`result ${JSON.stringify(result)}\n`)
