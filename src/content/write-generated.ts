import { randomUUID } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'

export interface GeneratedFile {
  /** File name inside the output folder. */
  name: string
  /** The bytes, or pieces of text to write one after another (for files too big for one string). */
  contents: string | Uint8Array | (() => Iterable<string>)
}

/** Size of a generated file in bytes (pieces are produced, counted and dropped). */
export function generatedSize(file: GeneratedFile): number {
  const { contents } = file
  if (typeof contents === 'string') return Buffer.byteLength(contents, 'utf8')
  if (contents instanceof Uint8Array) return contents.byteLength
  let bytes = 0
  for (const piece of contents()) bytes += Buffer.byteLength(piece, 'utf8')
  return bytes
}

/** A generated file's text, whole (for files small enough to be one string). */
export function generatedText(file: GeneratedFile): string {
  const { contents } = file
  if (typeof contents === 'string') return contents
  if (contents instanceof Uint8Array) return Buffer.from(contents).toString('utf8')
  return [...contents()].join('')
}

/**
 * Writes the files atomically: each goes to a temporary file in the output folder first, and
 * only once all are written are they renamed over the old ones (a rename within a folder is
 * atomic), so a reader never sees a half-written file. On failure the temporary files are removed
 * and the existing output is left as it was.
 */
export function writeGeneratedFiles(outDir: string, files: readonly GeneratedFile[]): void {
  mkdirSync(outDir, { recursive: true })
  const staged = files.map((file) => ({
    target: join(outDir, file.name),
    temp: join(outDir, `.${file.name}.${process.pid}.${randomUUID()}.tmp`),
    contents: file.contents
  }))
  try {
    for (const { temp, contents } of staged) {
      if (typeof contents !== 'function') {
        writeFileSync(temp, contents)
        continue
      }
      const fd = openSync(temp, 'w')
      try {
        for (const piece of contents()) writeSync(fd, piece)
      } finally {
        closeSync(fd)
      }
    }
    for (const { temp, target } of staged) renameSync(temp, target)
  } finally {
    for (const { temp } of staged) rmSync(temp, { force: true })
  }
}
