import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import { PRIVATE_FILE_MODE } from './durable-write'

/** What an electron-store file of the app holds. */
export type StoreFileRead =
  | { kind: 'missing' }
  /** `text`: the file as it is; `parsed`: its JSON. */
  | { kind: 'read'; text: string; parsed: unknown }
  /** Not JSON (a SyntaxError), or not readable at all (the system's error). */
  | { kind: 'unreadable'; error: unknown }

/**
 * Reads one of the app's electron-store files (`<cwd>/<name>.json`): the notes' index and the
 * preferences (the notes' segments are read as bytes: notes-store/segment-file.ts). electron-store
 * (conf) opens the file as it always has: it is never created, repaired or cleared here (no
 * defaults, no `clearInvalidConfig`: a damaged file is the caller's to move aside, never to
 * overwrite).
 *
 * The app never writes through electron-store: its writer (atomically 2.1.1) does one write(2)
 * without checking how many bytes went in, and on a full disk renames the short file over the
 * good one; and it writes synchronously, on main. Every write goes through writeFileDurably
 * instead, to the same path, in the same format. So conf is handed an empty object for its own
 * bookkeeping (it deep-copies and compares what it reads, which at tens of thousands of notes
 * costs as much as parsing them), and the text and its JSON are kept here for the caller.
 */
export function readStoreFile(cwd: string, name: string): StoreFileRead {
  // conf makes the file's folder when it opens a store: nothing to read is no reason to make one
  // (on a read-only disk it would fail, and say so for a file that simply is not there).
  if (!existsSync(join(cwd, `${name}.json`))) return { kind: 'missing' }
  let read: { text: string; parsed: unknown } | null = null
  try {
    new ElectronStore<Record<string, never>>({
      name,
      cwd,
      clearInvalidConfig: false,
      configFileMode: PRIVATE_FILE_MODE,
      deserialize: (text: string) => {
        read = { text, parsed: JSON.parse(text) }
        return {}
      }
    })
  } catch (error) {
    return { kind: 'unreadable', error }
  }
  return read
    ? { kind: 'read', ...(read as { text: string; parsed: unknown }) }
    : { kind: 'missing' }
}
