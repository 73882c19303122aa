import { join } from 'node:path'
import * as v from 'valibot'
import {
  ColorLabelsSchema,
  DEFAULT_COLOR_LABELS,
  type ColorLabels
} from '../../shared/annotations/annotation-model'
import { readStoreFile } from '../json-store-file'
import { describeError, moveAside } from '../store-files'
import { say } from '../words'

/** `notes/notes.json`: what belongs to all the notes, not to one report. */
export const INDEX_NAME = 'notes'

/**
 * The index's own format. It stays at 4 when the segments' format moves on (segment-file.ts), so
 * that an older app still reads the colour names.
 */
const INDEX_FORMAT = 4

export interface NotesIndex {
  colorLabels: ColorLabels
  /** SHA-1s of the legacy notes files already moved into the folder. */
  migrated: string[]
  /** No index yet: a new notes folder (a legacy file's colour names are taken). */
  fresh: boolean
  /** False when a damaged index could not be moved aside: it is then never written over. */
  writable: boolean
  notices: string[]
}

/**
 *     {"schemaVersion":4,"colorLabels":{…},"migrated":["<sha1>", …]}
 */
export function notesIndexText(colorLabels: ColorLabels, migrated: string[]): string {
  return JSON.stringify({ schemaVersion: INDEX_FORMAT, colorLabels, migrated })
}

/** Reads the index; one that cannot be used is moved aside (and said), the defaults taken. */
export function readNotesIndex(folder: string, now: () => Date): NotesIndex {
  const fresh: NotesIndex = {
    colorLabels: { ...DEFAULT_COLOR_LABELS },
    migrated: [],
    fresh: true,
    writable: true,
    notices: []
  }
  const read = readStoreFile(folder, INDEX_NAME)
  if (read.kind === 'missing') return fresh
  const parsed = read.kind === 'read' ? v.safeParse(IndexSchema, read.parsed) : null
  if (parsed?.success) {
    return {
      colorLabels: parsed.output.colorLabels,
      migrated: parsed.output.migrated,
      fresh: false,
      writable: true,
      notices: []
    }
  }
  const why = read.kind === 'unreadable' ? describeError(read.error) : say('colorNames.notIndex')
  const file = join(folder, `${INDEX_NAME}.json`)
  const moved = moveAside(file, folder, INDEX_NAME, 'corrupt', now())
  return {
    ...fresh,
    fresh: false,
    writable: moved.ok,
    notices: [
      say('colorNames.damaged', {
        file,
        reason: why,
        moved: moved.ok ? 'yes' : 'no',
        path: moved.ok ? moved.path : ''
      })
    ]
  }
}

const IndexSchema = v.object({
  schemaVersion: v.literal(INDEX_FORMAT),
  colorLabels: ColorLabelsSchema,
  migrated: v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/)))
})
