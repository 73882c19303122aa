import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  type BigIntStats
} from 'node:fs'
import { sep } from 'node:path'
import { megabytes } from './source-limits'

/**
 * Opens a trainer's file without following a link and reads it from the open file, never by its
 * name again: what is checked is what is read. A folder listing's check (`lstat`: not a link, a
 * file) is only a first look, since the name may be pointed elsewhere between that look and the
 * read; so the file is opened with O_NOFOLLOW where the system has it (a link then fails to
 * open), the open file is checked (`fstat`: an ordinary file, the very file the listing saw, one
 * name only), and its bytes are read from the descriptor, up to a size limit checked before
 * reading and again while reading (a file may grow).
 *
 * A file with more than one name (a hard link) is refused as a link is: it may be a private file
 * elsewhere on the disk, and nothing in the folder says so. Opening with O_NONBLOCK keeps a pipe
 * swapped in from holding the build for ever; it is then refused as not an ordinary file.
 */

export interface SourceFileLimits {
  /** At most this many bytes; a larger file is refused before any of it is read. */
  maxBytes: number
  /** What the file is, for the message about its size: "a Markdown report". */
  kind: string
  /** What to do about a file that is too large; by default, to check it is the right file. */
  advice?: string
}

export interface OpenedFrom {
  /** The folder listing's look at the file: the file opened must be that same file. */
  listed?: BigIntStats
  /**
   * The folder the file must lie in (checked on the open file where the system tells its path:
   * Linux), so that a folder on the way swapped for a link is caught too.
   */
  folder?: string
  /**
   * A file named on a command line (`npm run diff -- a.md b.md`) is read where the name leads, as
   * any command reads the files it is given; files found in a folder never follow a link.
   */
  followLinks?: boolean
}

export type SourceFileRead = { bytes: Buffer } | { problem: string }

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0
const NON_BLOCKING = constants.O_NONBLOCK ?? 0

const REFUSED_LINKS =
  'Links are refused, so that nothing from outside the folder is built into the app.'

export function readSourceFile(
  path: string,
  limits: SourceFileLimits,
  from: OpenedFrom = {}
): SourceFileRead {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | NON_BLOCKING | (from.followLinks ? 0 : NO_FOLLOW))
  } catch (error) {
    return { problem: cannotOpen((error as NodeJS.ErrnoException).code, from) }
  }
  try {
    const stats = fstatSync(fd, { bigint: true })
    const problem = checkOpened(fd, stats, limits, from)
    if (problem) return { problem }
    return readAll(fd, Number(stats.size), limits)
  } finally {
    closeSync(fd)
  }
}

function checkOpened(
  fd: number,
  stats: BigIntStats,
  limits: SourceFileLimits,
  from: OpenedFrom
): string | null {
  if (stats.isDirectory()) return 'is a folder, not a report file'
  if (!stats.isFile()) {
    return 'is not an ordinary file (it is a device, a pipe or a socket); use the file itself'
  }
  const { listed } = from
  if (listed && (listed.dev !== stats.dev || listed.ino !== stats.ino || !listed.isFile())) {
    return (
      'was replaced while the build was reading the folder (by a link or another file), so ' +
      'nothing of it was read. Run the build again once nothing is changing the folder.'
    )
  }
  if (!from.followLinks && stats.nlink > 1n) {
    return (
      `is a hard link: the same file has ${stats.nlink} names on this disk, and may be a file ` +
      `from outside the folder. ${REFUSED_LINKS} Put a copy of the file in the folder instead ` +
      '(a copy is a file of its own).'
    )
  }
  if (from.folder && !insideFolder(fd, from.folder)) {
    return `lies outside the folder (a folder on the way to it is a link). ${REFUSED_LINKS} Remove the link.`
  }
  if (stats.size > BigInt(limits.maxBytes)) return tooLarge(limits, Number(stats.size))
  return null
}

/** Reads to the end from the descriptor, refusing a file that grew past the limit meanwhile. */
function readAll(fd: number, expected: number, limits: SourceFileLimits): SourceFileRead {
  const most = limits.maxBytes + 1
  let buffer = Buffer.alloc(Math.min(expected + 1, most))
  let total = 0
  for (;;) {
    if (total === buffer.length) {
      if (total >= most) return { problem: tooLarge(limits, total) }
      const grown = Buffer.alloc(Math.min(buffer.length * 2, most))
      buffer.copy(grown)
      buffer = grown
    }
    const read = readSync(fd, buffer, total, buffer.length - total, null)
    if (read === 0) break
    total += read
  }
  return { bytes: buffer.subarray(0, total) }
}

function tooLarge({ maxBytes, kind, advice }: SourceFileLimits, bytes: number): string {
  return (
    `is ${megabytes(bytes)}, more than the build reads in ${kind} (${megabytes(maxBytes)}). ` +
    (advice ?? 'Check that it is the right file.')
  )
}

/**
 * Where the system names an open file's path (Linux: /proc/self/fd), whether it lies in the
 * folder. Elsewhere the listing's check and the file's identity stand for it.
 */
function insideFolder(fd: number, folder: string): boolean {
  if (process.platform !== 'linux') return true
  let opened: string
  let root: string
  try {
    opened = readlinkSync(`/proc/self/fd/${fd}`)
    root = realpathSync(folder)
  } catch {
    return true
  }
  return opened.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)
}

function cannotOpen(code: string | undefined, from: OpenedFrom): string {
  switch (code) {
    // O_NOFOLLOW on a link: ELOOP (Linux, macOS), EMLINK (FreeBSD), EFTYPE (NetBSD).
    case 'ELOOP':
    case 'EMLINK':
    case 'EFTYPE':
      return `is a link, not a file. ${REFUSED_LINKS} Copy the file itself into the folder, or remove the link.`
    case 'ENOENT':
      return from.listed
        ? 'was removed or renamed while the build was reading the folder; run the build again'
        : 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: you do not have permission to read it'
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)'
    case 'EISDIR':
      return 'is a folder, not a report file'
    default:
      return `cannot be read (${code ?? 'unknown error'}); check that it is a file you can open`
  }
}
