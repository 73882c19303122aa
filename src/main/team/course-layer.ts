import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import {
  COURSE_NOTES_FILE,
  COURSE_PERSON_ID,
  CourseNotesSchema
} from '../../shared/team/course-notes'
import type { Layer } from './team-layers'
import { say } from '../words'

/**
 * The trainer's notes the edition bundles (the build wrote them, checked, into the generated
 * folder), as one read-only layer per report named "Course notes", or [] when there are none.
 * A file that does not read (it never should: the build checked it) gives no layer.
 */
export function readCourseLayers(generatedDir: string): Layer[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(join(generatedDir, COURSE_NOTES_FILE), 'utf8'))
  } catch {
    return []
  }
  const parsed = v.safeParse(CourseNotesSchema, json)
  if (!parsed.success) return []
  const byReport = new Map<string, Layer>()
  for (const annotation of parsed.output.annotations) {
    const layer = byReport.get(annotation.reportId) ?? {
      name: `${COURSE_PERSON_ID}.${annotation.reportId}`,
      person: {
        id: COURSE_PERSON_ID,
        name: say('team.courseNotes', { trainer: parsed.output.trainer })
      },
      reportId: annotation.reportId,
      annotations: [],
      signature: ''
    }
    layer.annotations.push(annotation)
    byReport.set(annotation.reportId, layer)
  }
  return [...byReport.values()]
}
