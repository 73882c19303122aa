import type { Annotation, ColorLabels } from '../annotations/annotation-model'
import {
  ANNO_CONTEXT,
  MAX_IMPORT_DEPTH,
  annotationsFromJsonData,
  toWebAnnotation
} from '../annotations/web-annotation'
import { createTranslator } from '../i18n/translator'
import { jsonNestingDepth } from '../json-depth'
import * as v from 'valibot'
import { DisplayNameSchema, TEAM_LIMITS, type Person } from './team-model'

/**
 * A team file: one person's shared notes on one report, as a W3C Web Annotation collection
 * (https://www.w3.org/TR/annotation-model/) with the person as its `creator` (a Person whose id
 * is `urn:uuid:<their stable id>` and whose `name` is the display name they chose), and this app
 * as its `generator`, which is how the app knows a file in the folder is its own. The same notes
 * give the same bytes (no time of writing inside), so a file is only rewritten when they change.
 */

export const GENERATOR_ID = 'urn:x-reader:app:offline-reference-reader'
const PERSON_PREFIX = 'urn:uuid:'

export function toTeamFileText(
  person: Person,
  report: { id: string; title: string | undefined },
  annotations: readonly Annotation[],
  colorLabels: ColorLabels
): string {
  const sorted = [...annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: `${person.name}’s notes`,
    creator: { id: PERSON_PREFIX + person.id, type: 'Person', name: person.name },
    generator: { id: GENERATOR_ID, type: 'Software', name: 'Offline Reference Reader' },
    total: sorted.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: sorted.map((a) => toWebAnnotation(a, report.title, colorLabels))
    }
  }
  return `${JSON.stringify(collection, null, 1)}\n`
}

const ENGLISH = createTranslator('en')

export type TeamFileRead =
  | { person: Person; annotations: Annotation[]; invalid: number }
  | { error: string; halfWritten: boolean }

/**
 * Reads a team file whose name said `expected` (person and report). Never throws. A file that is
 * not JSON is taken as half-written (a sync engine still at work) and read again later; a file
 * that parses but is not this app's, or names another person or report, is refused.
 */
export function readTeamFileText(
  text: string,
  expected: { personId: string; reportId: string }
): TeamFileRead {
  if (text.length > TEAM_LIMITS.fileBytes) return refused('it is larger than a team file may be')
  if (jsonNestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return refused('its contents are nested far more deeply than notes ever are')
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { error: 'it is not complete JSON yet (it may still be arriving)', halfWritten: true }
  }
  if (!isRecord(data) || data.type !== 'AnnotationCollection') {
    return refused('it is not a collection of notes')
  }
  if (!isRecord(data.generator) || data.generator.id !== GENERATOR_ID) {
    return refused('it was not written by this app')
  }
  const creator = isRecord(data.creator) ? data.creator : {}
  if (creator.id !== PERSON_PREFIX + expected.personId) {
    return refused('the person inside is not the one its name says')
  }
  const name = v.safeParse(DisplayNameSchema, creator.name)
  if (!name.success) return refused('it does not give its author’s name')
  if (typeof data.total === 'number' && data.total > TEAM_LIMITS.notesPerFile) {
    return refused(`it holds more than ${TEAM_LIMITS.notesPerFile.toLocaleString('en')} notes`)
  }
  if (data.total === 0 && isRecord(data.first) && isEmptyList(data.first.items)) {
    return { person: { id: expected.personId, name: name.output }, annotations: [], invalid: 0 }
  }
  // The team file's own refusals are still English (see the README's Languages section).
  const read = annotationsFromJsonData(data, ENGLISH)
  if ('error' in read) return refused(read.error.replace(/\.$/, ''))
  if (read.annotations.length > TEAM_LIMITS.notesPerFile) {
    return refused(`it holds more than ${TEAM_LIMITS.notesPerFile.toLocaleString('en')} notes`)
  }
  const annotations = read.annotations.filter((a) => a.reportId === expected.reportId)
  return {
    person: { id: expected.personId, name: name.output },
    annotations,
    invalid: read.invalid.length + read.annotations.length - annotations.length
  }
}

function refused(why: string): TeamFileRead {
  return { error: why, halfWritten: false }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0
