// Child process for the full-disk tests (src/main/full-disk.test.ts): the real notes and
// preferences stores on a small disk (test/support/real-disk.ts puts <dir> on one), one phase per
// process, as launches of the app follow each other. Prints one line, `result <JSON>`.
//
//   fill <dir>      fills the disk with `filler.bin`, then saves a reading setting (which fits),
//                   then 150 notes of ~1.5 KB each, awaiting each one, then fills the last bytes
//                   (`filler-2.bin`) and saves a second reading setting; says which notes were
//                   acknowledged and what the user was told. Exits with the disk full (what was
//                   not acknowledged is lost with the process).
//   relaunch <dir>  opens both stores on the full disk (the next launch): says what they hold and
//                   whether every file is whole; then removes the fillers and saves 10 more notes.
//   room <dir>      as fill, then removes the fillers and waits for the stores' own retries to
//                   write everything they kept in memory.
import { rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { AnnotationStore } from '../../src/main/annotation-store'
import { PreferencesStore } from '../../src/main/preferences-store'
import { DEFAULT_READING_SETTINGS } from '../../src/shared/ipc-contract'
import { readNotesOnDisk, tempFilesIn } from './notes-on-disk'

const [phase, dirArg] = process.argv.slice(2)
if (!dirArg || !['fill', 'relaunch', 'room'].includes(phase ?? '')) {
  process.stderr.write('usage: full-disk-scenario.ts fill|relaunch|room <dir>\n')
  process.exit(2)
}
const dir: string = dirArg
const userData = join(dir, 'user-data')
const filler = join(dir, 'filler.bin')
const lastBytes = join(dir, 'filler-2.bin')

/** Writes `path` until the disk takes no more (through fs/promises, as the app writes). */
async function fillUp(path: string): Promise<void> {
  const handle = await open(path, 'w')
  try {
    for (;;) await handle.write(Buffer.alloc(4096))
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    await handle.close().catch(() => undefined)
  }
}
const note = (i: number) => ({
  reportId: 'crt2021-kazakhstan',
  editionHash: 'b'.repeat(64),
  target: { kind: 'section' as const, sectionId: `section-${i % 7}` },
  color: 'green' as const,
  note: `Note ${i}: ${'the border guards checked every papers of the travellers; '.repeat(24)}`,
  tags: ['full-disk']
})

async function saveNotes(store: AnnotationStore, from: number, count: number) {
  const acknowledged: string[] = []
  const messages = new Set<string>()
  for (let i = from; i < from + count; i++) {
    const made = await store.create(note(i))
    const state = store.saveState()
    if (state.state === 'saved') acknowledged.push(made.id)
    else messages.add(state.message)
  }
  return { acknowledged, messages: [...messages] }
}

async function setTheme(preferences: PreferencesStore, theme: 'dark' | 'light') {
  try {
    await preferences.setReadingSettings({ ...DEFAULT_READING_SETTINGS, theme })
    return null
  } catch (error) {
    return (error as Error).message
  }
}

function onDisk() {
  const notes = readNotesOnDisk(userData)
  return {
    notes: 'problem' in notes ? { problem: notes.problem } : { count: notes.ids.size },
    tempFiles: tempFilesIn(dir)
  }
}

async function fill(waitForRoom: boolean) {
  // Retries while the disk is full would free their temp files' room now and then: only the
  // phase that waits for room has them soon.
  const retryDelaysMs = [waitForRoom ? 50 : 3_600_000]
  const notes = await AnnotationStore.open(userData, { retryDelaysMs })
  const preferences = PreferencesStore.open(userData, undefined, { retryDelaysMs })
  const themeBefore = await setTheme(preferences, 'dark')
  // All of the disk but about 200 KB (the room on the 200 KB tmpfs): real-disk.ts says.
  writeFileSync(filler, Buffer.alloc(Number(process.env['READER_FILLER_BYTES'])))
  const saved = await saveNotes(notes, 0, 150)
  await fillUp(lastBytes)
  const themeAfter = await setTheme(preferences, 'light')
  const full = { ...saved, themeBefore, themeAfter, ...onDisk() }
  if (!waitForRoom) {
    notes.close()
    preferences.close()
    return full
  }
  rmSync(filler)
  rmSync(lastBytes)
  while (notes.saveState().state !== 'saved' || preferences.unsaved > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const ids = notes.list().map((a) => a.id)
  notes.close()
  preferences.close()
  return { ...full, afterRoom: { inMemory: ids.length, ...onDisk() } }
}

async function relaunch() {
  const notes = await AnnotationStore.open(userData, { retryDelaysMs: [50] })
  const preferences = PreferencesStore.open(userData)
  const opened = {
    ids: notes.list().map((a) => a.id),
    notices: [...notes.notices, ...preferences.notices],
    theme: preferences.get().reading.theme,
    ...onDisk()
  }
  rmSync(filler, { force: true })
  rmSync(lastBytes, { force: true })
  const later = await saveNotes(notes, 1000, 10)
  const themeError = await setTheme(preferences, 'light')
  notes.close()
  return { opened, later: { ...later, themeError, ...onDisk() } }
}

const result = phase === 'relaunch' ? await relaunch() : await fill(phase === 'room')
process.stdout.write(`result ${JSON.stringify(result)}\n`)
