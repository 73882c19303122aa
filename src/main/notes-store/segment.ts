import { join } from 'node:path'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { CoalescedFile } from '../coalesced-file'
import { segmentText } from './segment-file'

/** Characters an annotation takes in a file. */
export const charsOf = (annotation: Annotation) => JSON.stringify(annotation).length

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
    this.chars += charsOf(annotation) - (before ? charsOf(before) : -1)
    this.notes.set(annotation.id, annotation)
  }

  delete(annotation: Annotation): void {
    if (this.notes.delete(annotation.id)) this.chars -= charsOf(annotation) + 1
  }
}
