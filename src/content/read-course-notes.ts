import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import { annotationsFromJsonData } from '../shared/annotations/web-annotation'
import { createTranslator } from '../shared/i18n/translator'
import type { Library } from '../shared/report-model'
import type { CourseNotes } from '../shared/team/course-notes'
import type { ContentProblem } from './content-error'
import { linkProblem, readJsonFile } from './read-sources'

/** A trainer's export is at most this large (20,000 notes of a few hundred characters). */
const MAX_COURSE_NOTES_BYTES = 32 * 1024 * 1024

/**
 * Reads the trainer's notes an edition bundles: `courseNotes.file` in edition.json, the trainer's
 * own JSON export (Notes › Export JSON…). Every note must be a valid note on a report of this
 * edition; otherwise the build stops and says which.
 */
export function readCourseNotes(
  contentDir: string,
  choice: { file: string; trainer: string },
  library: Library
): { notes: CourseNotes | null; problems: ContentProblem[] } {
  const path = join(contentDir, choice.file)
  const problem = (message: string) => ({
    notes: null,
    problems: [{ file: path, problem: `course notes: ${message}` }]
  })
  const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
  if (!stats) return problem('edition.json names this file in courseNotes, but it is not there')
  if (stats.isSymbolicLink())
    return { notes: null, problems: [{ file: path, problem: linkProblem(path) }] }
  const read = readJsonFile(
    path,
    { maxBytes: MAX_COURSE_NOTES_BYTES, kind: 'a notes export' },
    { listed: stats, folder: contentDir },
    'course notes: the file'
  )
  if ('problem' in read) return { notes: null, problems: [{ file: path, problem: read.problem }] }
  // For the trainer building the edition, in English as every other build message.
  const notes = annotationsFromJsonData(read.json, createTranslator('en'))
  if ('error' in notes) return problem(notes.error)
  if (notes.invalid.length > 0) {
    const first = notes.invalid[0]
    return problem(
      `${notes.invalid.length} of its notes cannot be read (the first, item ${first?.index}: ${first?.reason})`
    )
  }
  const reports = new Set(library.reports.map((r) => r.id))
  const elsewhere = notes.annotations.filter((a) => !reports.has(a.reportId))
  if (elsewhere.length > 0) {
    return problem(
      `${elsewhere.length} of its notes are on reports this edition does not have (${[...new Set(elsewhere.map((a) => a.reportId))].slice(0, 3).join(', ')})`
    )
  }
  return { notes: { trainer: choice.trainer, annotations: notes.annotations }, problems: [] }
}
