import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface GeneratedFile {
  /** File name inside the output folder. */
  name: string
  contents: string | Uint8Array
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
    for (const { temp, contents } of staged) writeFileSync(temp, contents)
    for (const { temp, target } of staged) renameSync(temp, target)
  } finally {
    for (const { temp } of staged) rmSync(temp, { force: true })
  }
}
