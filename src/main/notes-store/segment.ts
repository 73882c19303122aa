import { join } from 'node:path'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { CoalescedFile } from '../coalesced-file'
import { NOTE_SEPARATOR, segmentText } from './segment-file'

/** Characters an annotation takes in a file. */
export const charsOf = (annotation: Annotation) => JSON.stringify(annotation).length

/** Characters a note adds to its segment: itself, and what separates it from the next. */
export const entryCharsOf = (annotation: Annotation) => charsOf(annotation) + NOTE_SEPARATOR.length

/** One segment file of a report's notes (segment-file.ts), as held in memory, with its writer. */
export class Segment {
  /** Its notes by id, in the order of the file. */
  readonly notes = new Map<string, Annotation>()
  readonly file: CoalescedFile

  constructor(
    readonly reportId: string,
    readonly number: number,
    folder: string,
    /** Characters of JSON its list of notes takes (as read, or '[]'). */
    public chars = 2
  ) {
    this.file = new CoalescedFile(join(folder, `${number}.json`), () =>
      segmentText(reportId, this.notes.values())
    )
  }

  /** Adds a note, or replaces the one with its id (which keeps its place). */
  put(annotation: Annotation): void {
    const before = this.notes.get(annotation.id)
    this.chars += before ? charsOf(annotation) - charsOf(before) : entryCharsOf(annotation)
    this.notes.set(annotation.id, annotation)
  }

  delete(annotation: Annotation): void {
    if (this.notes.delete(annotation.id)) this.chars -= entryCharsOf(annotation)
  }
}
