import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { Annotation } from '../../shared/annotations/annotation-model'
import {
  COURSE_NOTES_FILE,
  COURSE_PERSON_ID,
  CourseNotesSchema
} from '../../shared/team/course-notes'
import { layerOf, wordIndexOf, type Layer } from './team-layers'

/** Where the build put the trainer's notes the edition bundles. */
export const courseNotesFileIn = (generatedDir: string) => join(generatedDir, COURSE_NOTES_FILE)

/**
 * The trainer's notes the edition bundles (the build wrote them, checked, into the generated
 * folder), as one read-only layer per report, with their word index: read on the team worker like
 * a colleague's file. The author's name is the trainer's; main calls the layer "Course notes".
 * A file that does not read (it never should: the build checked it) gives no layer.
 */
export function readCourseLayers(file: string): Layer[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return []
  }
  const parsed = v.safeParse(CourseNotesSchema, json)
  if (!parsed.success) return []
  const byReport = new Map<string, Annotation[]>()
  for (const annotation of parsed.output.annotations) {
    const notes = byReport.get(annotation.reportId) ?? []
    notes.push(annotation)
    byReport.set(annotation.reportId, notes)
  }
  const layers = [...byReport].map(([reportId, annotations]) =>
    layerOf({
      name: `${COURSE_PERSON_ID}.${reportId}`,
      author: { id: COURSE_PERSON_ID, name: parsed.output.trainer, kind: 'course' },
      reportId,
      annotations,
      signature: ''
    })
  )
  for (const layer of layers) wordIndexOf(layer)
  return layers
}
