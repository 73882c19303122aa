import { readSync } from 'node:fs'
import { open, readFile, type FileHandle } from 'node:fs/promises'
import { PackedIndex, readPackedHeader } from '../shared/search/packed-index'

/**
 * Opens search-index.bin for the engine. From a folder on disk, only its head is read before
 * search is ready (header and directory: a few megabytes whatever the library's size); a term's
 * postings, the typo table and the results' text are read from the open file when a search first
 * needs them (packed-index.ts), while the rest of the file is read in the background; once it is
 * in memory the file is closed and nothing is read from disk again (a read per result was a
 * chance, on a busy machine, for every other process to run before the search went on).
 * Inside an app.asar archive the file is read whole instead: Electron opens a file inside the
 * archive only by first copying all of it out to a temporary file (its asar fs wrapper), which
 * would cost more than reading it. Unpacked next to the archive (electron-builder `asarUnpack`),
 * it is opened like any file on disk.
 */
export async function openSearchIndex(path: string): Promise<PackedIndex> {
  if (/\.asar[\\/]/i.test(path)) return new PackedIndex(await readFile(path))
  const file = await open(path, 'r')
  let index: PackedIndex
  try {
    const first = await readAt(file, 0, 12)
    const metaLength = first.byteLength === 12 ? new DataView(first.buffer).getUint32(8, true) : 0
    const { layout } = readPackedHeader(await readAt(file, 0, 12 + metaLength))
    const head = await readAt(file, 0, layout.blocks)
    index = new PackedIndex(head, (offset, length) => readSyncAt(file.fd, offset, length))
  } catch (error) {
    await file.close()
    throw error
  }
  void readTheRest(file, index)
  return index
}

/** The whole file, read in the background; then the index reads from memory and the file is closed. */
async function readTheRest(file: FileHandle, index: PackedIndex): Promise<void> {
  try {
    const { size } = await file.stat()
    const bytes = await readAt(file, 0, size)
    if (bytes.byteLength < size) return
    index.readFrom((offset, length) => {
      if (offset + length > bytes.byteLength) throw new Error('search index: truncated')
      return bytes.subarray(offset, offset + length)
    })
    await file.close()
  } catch {
    // Not read whole: the index goes on reading the open file as it needs it.
  }
}

/** `length` bytes from `offset`, in a buffer of its own (so typed arrays over it are aligned). */
async function readAt(file: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  let at = 0
  while (at < length) {
    const { bytesRead } = await file.read(bytes, at, length - at, offset + at)
    if (bytesRead === 0) return bytes.subarray(0, at)
    at += bytesRead
  }
  return bytes
}

function readSyncAt(fd: number, offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let at = 0
  while (at < length) {
    const read = readSync(fd, bytes, at, length - at, offset + at)
    if (read === 0) return bytes.subarray(0, at)
    at += read
  }
  return bytes
}
