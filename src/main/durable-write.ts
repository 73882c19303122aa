import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * The one way the app puts a file on disk: its notes, preferences and read editions, and the files
 * it exports for the user. A write is whole or it is not made:
 *
 * 1. the bytes go to a new temp file beside the target (`<name>.tmp-<16 hex>`, created with
 *    O_EXCL, so nothing planted at that name is written through), in a loop until every byte is
 *    in: write(2) may take fewer bytes than it was given (a disk that fills up does exactly that),
 *    and a write that takes none is a full disk;
 * 2. the temp file is fsynced and its size checked against what was written;
 * 3. only then is it renamed over the target, and the folder is fsynced so the rename survives a
 *    power cut (where the system lets a folder be opened; Windows does not).
 *
 * Any failure before the rename removes the temp file and leaves the target as it was; the caller
 * gets the system's error (ENOSPC, EDQUOT, EROFS, EACCES…) and must not tell the user the change
 * was saved. electron-store's own writer (atomically 2.1.1) does one write(2) and never checks
 * how many bytes it took, then renames the short file over the good one: the app never writes
 * through it (see json-store-file.ts).
 */

/** Owner read/write only: the app's own files. */
export const PRIVATE_FILE_MODE = 0o600
/** A file the user chose to write (an export): the system's usual mode, less the umask. */
export const USER_FILE_MODE = 0o666

/** The temp files of this module and of atomically (`<name>.tmp-<10 digits><6 hex>`). */
const TEMP_NAME = /\.tmp-[0-9a-f]{16}$/

export interface DurableWriteOptions {
  /** The new file's mode (before the umask). The app's own files are private (the default). */
  mode?: number
}

export async function writeFileDurably(
  path: string,
  contents: string | Uint8Array,
  { mode = PRIVATE_FILE_MODE }: DurableWriteOptions = {}
): Promise<void> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents
  const temp = `${path}.tmp-${randomBytes(8).toString('hex')}`
  try {
    const handle = await open(temp, 'wx', mode)
    let failure: unknown = null
    try {
      let written = 0
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, written)
        if (bytesWritten === 0) throw fullDisk(temp)
        written += bytesWritten
      }
      await handle.sync()
      if ((await handle.stat()).size !== bytes.length) throw shortFile(temp, bytes.length)
    } catch (error) {
      failure = error
    }
    // close can fail too (a network disk may only say there that it is full): that counts.
    await handle.close().catch((error: unknown) => (failure ??= error))
    if (failure) throw failure
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path))
}

/**
 * Makes a rename or removal in `folder` durable. Some systems cannot open a folder (Windows) or
 * fsync one (some network file systems): there the rename is as durable as the system makes it.
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  let handle
  try {
    handle = await open(folder, 'r')
  } catch (error) {
    if (cannotSyncFolders(error)) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!cannotSyncFolders(error)) throw error
  } finally {
    await handle.close()
  }
}

const cannotSyncFolders = (error: unknown) =>
  ['EINVAL', 'ENOTSUP', 'EISDIR', 'EBADF', 'EPERM', 'EACCES'].includes(
    (error as NodeJS.ErrnoException).code ?? ''
  )

function fullDisk(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
    code: 'ENOSPC',
    syscall: 'write',
    path
  })
}

function shortFile(path: string, expected: number): NodeJS.ErrnoException {
  return Object.assign(
    new Error(`EIO: ${path} does not hold the ${expected} bytes written to it`),
    { code: 'EIO', syscall: 'fstat', path }
  )
}

/**
 * Removes the temp files of writes that never finished (the app was killed or the power went):
 * never acknowledged, so nothing in them is owed to anyone. Only the app's own kinds of file in
 * `folder` (`.json` ones, `names` to narrow it further); only call it before the app writes there.
 * Returns the names it removed. Never throws: a temp file that stays is only clutter.
 */
export function removeInterruptedWrites(
  folder: string,
  names: (target: string) => boolean = (target) => target.endsWith('.json')
): string[] {
  let entries: string[]
  try {
    entries = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of entries) {
    if (!TEMP_NAME.test(name) || !names(name.replace(TEMP_NAME, ''))) continue
    try {
      rmSync(join(folder, name), { force: true })
      removed.push(name)
    } catch {
      // Not ours to remove after all (another owner): left where it is.
    }
  }
  return removed
}

/** Whether a path is one of the temp files writeFileDurably makes. */
export const isTempFile = (path: string) => TEMP_NAME.test(basename(path))
