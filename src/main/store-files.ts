import { randomUUID } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { PRIVATE_FILE_MODE } from './durable-write'
import { say } from './words'

/**
 * How the app's own files in the user-data folder are made, checked and kept: shared by the notes
 * store and the preferences store. The notes are private: files are 0600 and a folder the app
 * creates is 0700 (other local users cannot read them). Nothing is ever written through a link or
 * over a file the user protected, and no backup ever replaces another.
 */

export { PRIVATE_FILE_MODE }
/** Owner only. */
export const PRIVATE_DIR_MODE = 0o700

/** What is at a store file's path, looked at without following links. */
export type StoreFileState =
  | { kind: 'missing' }
  /** `loose`: readable by others (group or other bits set). `protected`: the owner may not write. */
  | { kind: 'file'; protected: boolean; loose: boolean }
  | { kind: 'link'; target: string }
  | { kind: 'other' }

export function inspectStoreFile(path: string): StoreFileState {
  let stats
  try {
    stats = lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  if (stats.isSymbolicLink()) return { kind: 'link', target: linkTarget(path) }
  if (!stats.isFile()) return { kind: 'other' }
  return {
    kind: 'file',
    protected: (stats.mode & 0o200) === 0,
    loose: process.platform !== 'win32' && (stats.mode & 0o077) !== 0
  }
}

/** Where the link at `path` points, or words saying it is not known. */
export function linkTarget(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return 'an unknown place'
  }
}

/**
 * Makes the user-data folder if it is missing, private to the user. An existing folder is left as
 * it is: it may be one the user chose and shares on purpose. Throws what mkdir throws.
 */
export function ensurePrivateDir(dir: string): void {
  if (existsSync(dir)) return
  // One level at a time, from the nearest folder that exists: a recursive mkdir on a read-only
  // disk says ENOENT ("does not exist"), where making the first missing level says EROFS.
  const missing: string[] = []
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at)
  for (const level of missing) {
    mkdirSync(level, { mode: PRIVATE_DIR_MODE })
    // mkdir's mode is filtered by the umask; say it again so the folder really is private.
    if (process.platform !== 'win32') chmodSync(level, PRIVATE_DIR_MODE)
  }
}

/**
 * Throws the system's reason (EROFS, EACCES) when files cannot be made in `dir`, an existing
 * folder: a folder on a read-only disk, or one the user may not write, is said at once, before
 * a change is lost to it.
 */
export function ensureWritableDir(dir: string): void {
  // A file made and removed: access(W_OK) misses ACLs and policies that refuse new files.
  const probe = join(dir, `.write-check-${randomUUID()}.tmp`)
  writeFileSync(probe, '', { flag: 'wx', mode: PRIVATE_FILE_MODE })
  rmSync(probe, { force: true })
}

/** Makes a store file that others can read private (0600). Best effort: reading goes on. */
export function tightenIfLoose(path: string, state: StoreFileState): void {
  if (state.kind !== 'file' || !state.loose || state.protected) return
  try {
    chmodSync(path, PRIVATE_FILE_MODE)
  } catch {
    // Not ours to change (another owner): the next write replaces it with a private file.
  }
}

/** `<base>.json`, or `<base>-2.json`… if that exists: a backup never overwrites another. */
export function freeName(dir: string, base: string): string {
  let path = join(dir, `${base}.json`)
  for (let n = 2; existsSync(path) || isLink(path); n++) path = join(dir, `${base}-${n}.json`)
  return path
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Moves `file` (a file, or the link itself, never what it points to) aside to a free
 * `<storeName>.<kind>-<time>.json`. Never throws.
 */
export function moveAside(
  file: string,
  dir: string,
  storeName: string,
  kind: string,
  at: Date
): { ok: true; path: string } | { ok: false; error: unknown } {
  const path = freeName(dir, `${storeName}.${kind}-${timestamp(at)}`)
  try {
    renameSync(file, path)
    return { ok: true, path }
  } catch (error) {
    return { ok: false, error }
  }
}

export function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Why a store file will not be written, in words for the user, or null when writing is fine.
 * Checked before every write: the user may protect or link the file while the app runs.
 */
export function refusalToWrite(path: string, what: StoreKind): string | null {
  const state = inspectStoreFile(path)
  if (state.kind === 'link') return say('save.refusedLink', { path, target: state.target, what })
  if (state.kind === 'file' && state.protected) return say('save.refusedReadOnly', { path, what })
  return null
}

/** The two stores whose files the user may meet: their notes and their preferences. */
export type StoreKind = 'notes' | 'preferences'

/** A write the app refuses to make: a link, or a file the user made read-only, in its place. */
export class RefusedWrite extends Error {}

/** Throws RefusedWrite when `path` must not be written now (see refusalToWrite). */
export function refuseUnsafeWrite(path: string, what: StoreKind): void {
  const refusal = refusalToWrite(path, what)
  if (refusal) throw new RefusedWrite(refusal)
}

/** What prepareStoreFile found. */
export type PreparedStoreFile =
  /** `readOnly`: why nothing can be saved in the folder (its files can still be read), or null. */
  | { notices: string[]; readOnly: string | null }
  /** The folder cannot be used at all. */
  | { problem: string }

/**
 * Gets the user-data folder and a store file's place ready before a store opens: makes the folder
 * (private) if it is missing; a link or anything but a file where the store file belongs is moved
 * aside (the link itself: what it points to is never read or written); a file others can read is
 * made private. A folder that exists but cannot be written (a read-only disk, or permissions) is
 * said at once (`readOnly`), and left exactly as it is.
 */
export function prepareStoreFile(
  dir: string,
  file: string,
  names: { store: string; what: StoreKind },
  now: () => Date
): PreparedStoreFile {
  try {
    ensurePrivateDir(dir)
  } catch (error) {
    return { problem: folderProblem(dir, error) }
  }
  try {
    ensureWritableDir(dir)
  } catch (error) {
    return { notices: [], readOnly: unwritableFolderProblem(dir, error) }
  }
  try {
    const state = inspectStoreFile(file)
    if (state.kind === 'link' || state.kind === 'other') {
      const moved = moveAside(file, dir, names.store, 'set-aside', now())
      if (!moved.ok) return { problem: folderProblem(dir, moved.error) }
      return {
        notices: [
          state.kind === 'link'
            ? say('store.wasLink', { what: names.what, target: state.target, path: moved.path })
            : say('store.notAFile', { what: names.what, path: moved.path })
        ],
        readOnly: null
      }
    }
    tightenIfLoose(file, state)
    return { notices: [], readOnly: null }
  } catch (error) {
    return { problem: folderProblem(dir, error) }
  }
}

/** For a folder that is there but takes no new file. */
export const unwritableFolderProblem = (dir: string, error: unknown) =>
  say('store.unwritableFolder', { dir, reason: describeError(error) })

export const folderProblem = (dir: string, error: unknown) =>
  say('store.unusableFolder', { dir, reason: describeError(error) })

/** An error's own words, without Node's error-code jargon where a plainer phrase exists. */
export function describeError(error: unknown): string {
  if (error instanceof SyntaxError) {
    return say('fileProblem.notJson')
  }
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return say('fileProblem.missing')
    case 'ENOTDIR':
      return say('fileProblem.fileForFolder')
    case 'EISDIR':
      return say('fileProblem.folderForFile')
    case 'EACCES':
    case 'EPERM':
      return say('fileProblem.notAllowed')
    case 'EBUSY':
      return say('fileProblem.busy')
    case 'EROFS':
      return say('fileProblem.readOnlyDisk')
    case 'ENOSPC':
    case 'EDQUOT':
      return say('fileProblem.diskFull')
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
