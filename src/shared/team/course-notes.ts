import * as v from 'valibot'
import { AnnotationSchema, type Annotation } from '../annotations/annotation-model'
import { DisplayNameSchema } from './team-model'

/**
 * The trainer's notes an edition bundles (edition.json `courseNotes`), as the build writes them
 * into the generated folder: the trainer's name and their notes, checked. Every reader sees them
 * as a read-only layer, "Course notes".
 */
export const COURSE_NOTES_FILE = 'course-notes.json'
export const COURSE_PERSON_ID = 'course'

export const CourseNotesSchema = v.strictObject({
  trainer: DisplayNameSchema,
  annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(20_000))
})
export type CourseNotes = { trainer: string; annotations: Annotation[] }
