import { unzipSync, zipSync, type Unzipped } from 'fflate'

/**
 * The entries of a zip file (a Word file, an EPUB), read with fflate, within bounds, so that a
 * hostile file (a "zip bomb" that would unpack to gigabytes, a file of a million entries) is
 * refused with a plain line before anything is unpacked. The bounds are checked against the
 * sizes the zip's directory declares, and fflate unpacks each entry into a buffer of exactly its
 * declared size, so an entry that lies about its size cannot unpack to more.
 */
export interface ZipLimits {
  /** The file itself. */
  fileBytes: number
  entries: number
  /** One entry, unpacked. */
  entryBytes: number
  /** All entries unpacked, together. */
  totalBytes: number
}

export const ZIP_LIMITS: ZipLimits = {
  fileBytes: 200 * 1024 * 1024,
  entries: 5000,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 300 * 1024 * 1024
}

export type ZipRead = { entries: Map<string, Uint8Array> } | { problem: string }

class ZipLimitError extends Error {}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/**
 * The entries `wanted` (by name) of a zip file, unpacked; every entry, wanted or not, counts
 * toward the bounds. `kind` names the file in messages ("Word file", "EPUB").
 */
export function readZip(
  bytes: Uint8Array,
  kind: string,
  wanted: (name: string) => boolean = () => true,
  limits: ZipLimits = ZIP_LIMITS
): ZipRead {
  if (bytes.length > limits.fileBytes) {
    return {
      problem: `the ${kind} is ${mb(bytes.length)}, more than the ${mb(limits.fileBytes)} the build reads; split it, or save it without its pictures`
    }
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { problem: `not a ${kind} (it is not a zip file, as a ${kind} is); check the file` }
  }
  let count = 0
  let total = 0
  let unzipped: Unzipped
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        count++
        total += file.originalSize
        if (count > limits.entries) {
          throw new ZipLimitError(
            `the ${kind} holds more than ${limits.entries.toLocaleString('en-US')} files inside it, more than any document needs; it may be damaged or made to harm`
          )
        }
        if (file.originalSize > limits.entryBytes || total > limits.totalBytes) {
          throw new ZipLimitError(
            `the ${kind} would unpack to more than ${mb(file.originalSize > limits.entryBytes ? limits.entryBytes : limits.totalBytes)}, more than any document needs (a "zip bomb"); it was not unpacked`
          )
        }
        return wanted(file.name) && (file.compression === 0 || file.compression === 8)
      }
    })
  } catch (error) {
    if (error instanceof ZipLimitError) return { problem: error.message }
    return {
      problem: `the ${kind} could not be unpacked (it may be damaged); save it again from the program that made it`
    }
  }
  return { entries: new Map(Object.entries(unzipped)) }
}

/** A zip of the given entries, stored (not compressed), for a reader that takes a zip. */
export function storedZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(entries), { level: 0, mtime: new Date(1980, 0, 1) })
}

/** An entry's text, as UTF-8 (a BOM is dropped). */
export function entryText(entry: Uint8Array | undefined): string | undefined {
  return entry === undefined ? undefined : new TextDecoder('utf-8').decode(entry)
}
