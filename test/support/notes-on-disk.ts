// What the notes folder holds on disk, read independently of the store: every segment file
// (notes/<report id>/<n>.json) must be whole JSON in the current format with only valid records.
// The kill loop and the full-disk tests check the store against it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { AnnotationSchema } from '../../src/shared/annotations/annotation-model'
import { NOTES_FORMAT, SEGMENT_NAME } from '../../src/main/notes-store/segment-file'

export type NotesOnDisk = { ids: Set<string>; files: number } | { problem: string }

export function readNotesOnDisk(userDataDir: string): NotesOnDisk {
  const folder = join(userDataDir, 'notes')
  const ids = new Set<string>()
  let files = 0
  for (const report of list(folder)) {
    for (const name of list(join(folder, report)).filter((n) => SEGMENT_NAME.test(n))) {
      const path = join(folder, report, name)
      let file: { schemaVersion?: unknown; annotations?: unknown }
      try {
        file = JSON.parse(readFileSync(path, 'utf8'))
      } catch (error) {
        return { problem: `${path} is not complete JSON (${(error as Error).message})` }
      }
      if (file.schemaVersion !== NOTES_FORMAT || !Array.isArray(file.annotations)) {
        return { problem: `${path} is not in format ${NOTES_FORMAT}` }
      }
      const invalid = file.annotations.filter((a) => !v.is(AnnotationSchema, a)).length
      if (invalid > 0) return { problem: `${path} holds ${invalid} invalid records` }
      for (const a of file.annotations) ids.add((a as { id: string }).id)
      files++
    }
  }
  return { ids, files }
}

/** Every note id in the notes folder on disk, sorted; throws what is wrong with a file. */
export function idsOnDisk(userDataDir: string): string[] {
  const found = readNotesOnDisk(userDataDir)
  if ('problem' in found) throw new Error(found.problem)
  return [...found.ids].sort()
}

/** Temp files of writes (`<name>.tmp-<16 hex>`) anywhere in the user-data folder's notes. */
export function tempFilesIn(userDataDir: string): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tmp-[0-9a-f]{16}$/.test(entry.name)) found.push(path)
    }
  }
  walk(userDataDir)
  return found
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}
