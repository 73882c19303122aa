import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/**
 * How the app opens a file of its own to read it: never through a link (O_NOFOLLOW, where the
 * system has it: a link put in the file's place after it was looked at is refused, not followed)
 * and never waiting on a FIFO (O_NONBLOCK: opening one for reading would otherwise wait until
 * something writes to it, holding the app). What was opened is then checked to be a file.
 */
export const READ_NO_FOLLOW =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** True when an open with O_NOFOLLOW was refused because the path is a link. */
export function isLinkRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  // ELOOP (Linux), EMLINK (FreeBSD), EFTYPE (macOS).
  return code === 'ELOOP' || code === 'EMLINK' || code === 'EFTYPE'
}

/** What readBoundedSync found at a path. */
export type BoundedRead =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'link' }
  /** A folder, a FIFO, a device: opened (without waiting) but never read. */
  | { kind: 'notAFile' }
  /** More than `maxBytes`: not read (`size` as the file was found). */
  | { kind: 'tooLarge'; size: number }
  | { kind: 'failed'; error: unknown }

/**
 * The bytes of the file at `path`, read on this thread, if it is a file of at most `maxBytes`
 * (checked on what was opened). Never throws. The common case costs what readFileSync does: one open, fstat, read and close.
 */
export function readBoundedSync(path: string, maxBytes: number): BoundedRead {
  let fd: number
  try {
    fd = openSync(path, READ_NO_FOLLOW)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    return isLinkRefusal(error) ? { kind: 'link' } : { kind: 'failed', error }
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) return { kind: 'notAFile' }
    if (stats.size > maxBytes) return { kind: 'tooLarge', size: stats.size }
    // As readFileSync does: what the file held when it was opened (a file that grows meanwhile
    // is read as far as that, so never past the bound either).
    const bytes = Buffer.allocUnsafe(stats.size)
    return { kind: 'read', bytes: bytes.subarray(0, fill(fd, bytes)) }
  } catch (error) {
    return { kind: 'failed', error }
  } finally {
    closeSync(fd)
  }
}

/** Reads into `buffer` until it is full or the file ends; how many bytes were read. */
function fill(fd: number, buffer: Buffer): number {
  let at = 0
  while (at < buffer.length) {
    const got = readSync(fd, buffer, at, buffer.length - at, null)
    if (got === 0) break
    at += got
  }
  return at
}
