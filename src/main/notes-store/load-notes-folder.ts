import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { AnnotationSchema, type Annotation } from '../../shared/annotations/annotation-model'
import { SlugSchema } from '../../shared/report-model'
import { removeInterruptedWrites } from '../durable-write'
import {
  describeError,
  inspectStoreFile,
  linkTarget,
  moveAside,
  tightenIfLoose,
  timestamp,
  type StoreFileState
} from '../store-files'
import { readBoundedSync, type BoundedRead } from '../read-no-follow'
import { timeSlices } from '../time-slices'
import { readSegmentBytes, SEGMENT_NAME, type SegmentBytesRead } from './segment-file'
import { entryCharsOf, Segment } from './segment'
import { setAsideFile, type AsideFile, type SetAsideNote } from './set-aside'
import { say } from '../words'

/** The notes folder as it was found: every note that could be read, and what to say and keep. */
export interface NotesFolder {
  /** Every segment that can be written, by report, in number order. */
  segments: Segment[]
  annotations: Annotation[]
  /** The highest segment number taken in each report, counting files that cannot be used. */
  highest: Map<string, number>
  notices: string[]
  /** Files to write before any segment is rewritten: the records set aside. */
  asideFiles: AsideFile[]
  /** Segments to write again without the records set aside. */
  rewrite: Segment[]
}

/**
 * Reads every segment of every report in the notes folder (`notes/<report id>/<n>.json`), a file
 * at a time, giving main's event loop a turn between them (`sliceMs`). A segment the app wrote is
 * taken as it is (its digest holds); any other is checked record by record, and what fails is set
 * aside with its reason, never dropped. A file that cannot be read is moved aside, unchanged, and
 * the user is told; one that cannot even be moved is left alone and never written again. A file
 * larger than `maxSegmentBytes` (segmentReadLimit) is not read at all, nor is anything through a
 * link or anything but a file, even one put in a segment's place after it was looked at.
 */
export async function loadNotesFolder(
  folder: string,
  now: () => Date,
  sliceMs: number,
  maxSegmentBytes: number
): Promise<NotesFolder> {
  const loaded: NotesFolder = {
    segments: [],
    annotations: [],
    highest: new Map(),
    notices: [],
    asideFiles: [],
    rewrite: []
  }
  const ids = new Set<string>()
  const breathe = timeSlices(sliceMs)
  for (const reportId of reportFolders(folder)) {
    const reportFolder = join(folder, reportId)
    removeInterruptedWrites(reportFolder)
    for (const number of segmentNumbers(reportFolder)) {
      loaded.highest.set(reportId, Math.max(number, loaded.highest.get(reportId) ?? 0))
      const file = join(reportFolder, `${number}.json`)
      const state = inspectStoreFile(file)
      if (state.kind === 'link' || state.kind === 'other') {
        loaded.notices.push(notAFile(file, reportFolder, number, state, now))
        continue
      }
      tightenIfLoose(file, state)
      const read = readSegmentFile(reportId, file, maxSegmentBytes)
      if (read.kind === 'missing') continue
      if (read.kind === 'link' || read.kind === 'notAFile') {
        // Put in the file's place since it was looked at: treated as if it had been there then.
        const found: StoreFileState & { kind: 'link' | 'other' } =
          read.kind === 'link' ? { kind: 'link', target: linkTarget(file) } : { kind: 'other' }
        loaded.notices.push(notAFile(file, reportFolder, number, found, now))
        continue
      }
      if (read.kind === 'tooLarge') {
        loaded.notices.push(tooLarge(file, reportFolder, number, now))
        continue
      }
      if (read.kind === 'unreadable') {
        loaded.notices.push(unreadable(file, reportFolder, number, read.error, now))
        continue
      }
      const found = read.found
      if (found.kind === 'newer' || found.kind === 'unrecognised') {
        const why =
          found.kind === 'newer'
            ? `it was made by a newer version of the app (format ${found.version})`
            : found.reason
        const kind = found.kind === 'newer' ? `newer-v${found.version}` : 'corrupt'
        loaded.notices.push(setAside(file, reportFolder, number, kind, why, now))
        continue
      }
      const segment = new Segment(reportId, number, reportFolder, read.chars)
      const aside: SetAsideNote[] = []
      const records = found.kind === 'checked' ? found.annotations : found.records
      for (let index = 0; index < records.length; index++) {
        const record = records[index]
        const note = found.kind === 'checked' ? (record as Annotation) : checked(record, reportId)
        const original = found.originals[index]
        if ('reason' in note) aside.push({ index, reason: note.reason, original })
        else if (ids.has(note.id)) {
          aside.push({
            index,
            reason: `its id ${note.id} is already used by another note`,
            original
          })
        } else {
          ids.add(note.id)
          segment.notes.set(note.id, note)
          loaded.annotations.push(note)
        }
        if (index % 256 === 255) await breathe()
      }
      loaded.segments.push(segment)
      if (aside.length > 0) {
        const keptIn = setAsideFile(
          reportFolder,
          `${number}.invalid-${timestamp(now())}`,
          file,
          aside,
          now()
        )
        loaded.asideFiles.push(keptIn)
        loaded.notices.push(keptIn.notice)
      }
      // Written again without what was set aside, or in the current format when migrating an
      // earlier one changed its notes.
      if (aside.length > 0 || found.migrated) {
        segment.chars = charsOfNotes(segment)
        loaded.rewrite.push(segment)
      }
      await breathe()
    }
  }
  return loaded
}

/** The characters of JSON a segment's notes take (as segmentText writes them, within a little). */
const charsOfNotes = (segment: Segment) =>
  2 + [...segment.notes.values()].reduce((n, a) => n + entryCharsOf(a), 0)

/**
 * A segment's bytes, read: by the app itself rather than through electron-store, whose reader
 * decodes the whole file into one string first (segment-file.ts says why that is avoided). No
 * folder is made and nothing written; one gone since the folder was listed is missing, and one
 * that is too large, a link or not a file is said so, unread (read-no-follow.ts).
 */
function readSegmentFile(
  reportId: string,
  file: string,
  maxBytes: number
): SegmentBytesRead | Exclude<BoundedRead, { kind: 'read' | 'failed' }> {
  const found = readBoundedSync(file, maxBytes)
  if (found.kind === 'failed') return { kind: 'unreadable', error: found.error }
  return found.kind === 'read' ? readSegmentBytes(reportId, found.bytes) : found
}

function reportFolders(folder: string): string[] {
  return entries(folder).filter((name) => v.is(SlugSchema, name))
}

function segmentNumbers(folder: string): number[] {
  return entries(folder)
    .map((name) => SEGMENT_NAME.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
}

function entries(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

function checked(record: unknown, reportId: string): Annotation | { reason: string } {
  const result = v.safeParse(AnnotationSchema, record)
  if (!result.success) {
    const issue = result.issues[0]
    const path = issue.path?.map((p) => String(p.key)).join('.')
    return { reason: path ? `${path}: ${issue.message}` : issue.message }
  }
  if (result.output.reportId !== reportId) {
    return {
      reason: `it is a note on the report “${result.output.reportId}”, filed under “${reportId}”`
    }
  }
  return result.output
}

function setAside(
  file: string,
  folder: string,
  number: number,
  kind: string,
  why: string,
  now: () => Date
): string {
  const moved = moveAside(file, folder, String(number), kind, now())
  if (!moved.ok) return cannotMove(file, why, moved.error)
  return `A file of your notes, ${file}, could not be read (${why}), so the notes in it are not shown. It was kept, unchanged, as ${moved.path}.`
}

/** A link (set aside itself: what it points to is never read or written) or a folder. */
function notAFile(
  file: string,
  folder: string,
  number: number,
  state: StoreFileState & { kind: 'link' | 'other' },
  now: () => Date
): string {
  const moved = moveAside(file, folder, String(number), 'set-aside', now())
  if (!moved.ok) {
    const why =
      state.kind === 'link'
        ? say('notesFile.isLink', { target: state.target })
        : say('notesFile.isNotAFile')
    return cannotMove(file, why, moved.error)
  }
  return state.kind === 'link'
    ? say('notesFile.linkAside', { file, target: state.target, path: moved.path })
    : say('notesFile.notAFileAside', { file, path: moved.path })
}

/** Far larger than any segment the app writes: moved aside unread, as it is. */
function tooLarge(file: string, folder: string, number: number, now: () => Date): string {
  const moved = moveAside(file, folder, String(number), 'too-large', now())
  if (!moved.ok) return cannotMove(file, say('notesFile.isTooLarge'), moved.error)
  return say('notesFile.tooLargeAside', { file, path: moved.path })
}

function unreadable(file: string, folder: string, number: number, error: unknown, now: () => Date) {
  if (error instanceof SyntaxError) {
    return setAside(file, folder, number, 'corrupt', describeError(error), now)
  }
  return cannotMove(file, describeError(error), null)
}

function cannotMove(file: string, why: string, error: unknown): string {
  return say('notesFile.unreadable', {
    file,
    reason: why,
    moved: error ? 'no' : 'yes',
    error: error ? describeError(error) : ''
  })
}
