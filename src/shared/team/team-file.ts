import type { Annotation, ColorLabels } from '../annotations/annotation-model'
import {
  ANNO_CONTEXT,
  MAX_IMPORT_DEPTH,
  annotationItemsOf,
  annotationsOfItems,
  toWebAnnotation
} from '../annotations/web-annotation'
import type { MessageId } from '../i18n/catalog-types'
import type { Message } from '../i18n/formatter'
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

/**
 * Why a team file is refused: a message of the catalogs (`team.refusal.*`, a clause that follows
 * "… could not be read:"), said by main in the language the reader speaks when it is shown, so a
 * change of language in Display reaches it too.
 */
export type TeamFileRead =
  | { person: Person; annotations: Annotation[]; invalid: number }
  | { error: Message; halfWritten: boolean }

/** A whole file refused by the Web Annotation reader, as a team file's refusal says it. */
const AS_TEAM_REFUSAL: Partial<Record<MessageId, MessageId>> = {
  'refusal.empty': 'team.refusal.noNotes',
  'refusal.notAnnotations': 'team.refusal.notCollection',
  'refusal.tooMany': 'team.refusal.tooMany',
  'refusal.outsidePages': 'team.refusal.notesOutside',
  'refusal.pageWithoutItems': 'team.refusal.pageWithoutList'
}

/**
 * Reads a team file whose name said `expected` (person and report). Never throws. A file that is
 * not JSON is taken as half-written (a sync engine still at work) and read again later; a file
 * that parses but is not this app's, or names another person or report, is refused.
 */
export function readTeamFileText(
  text: string,
  expected: { personId: string; reportId: string }
): TeamFileRead {
  if (text.length > TEAM_LIMITS.fileBytes) return refused('team.refusal.tooLarge')
  if (jsonNestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return refused('team.refusal.tooDeep')
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { error: { id: 'team.refusal.incomplete' }, halfWritten: true }
  }
  if (!isRecord(data) || data.type !== 'AnnotationCollection') {
    return refused('team.refusal.notCollection')
  }
  if (!isRecord(data.generator) || data.generator.id !== GENERATOR_ID) {
    return refused('team.refusal.foreign')
  }
  const creator = isRecord(data.creator) ? data.creator : {}
  if (creator.id !== PERSON_PREFIX + expected.personId) {
    return refused('team.refusal.otherPerson')
  }
  const name = v.safeParse(DisplayNameSchema, creator.name)
  if (!name.success) return refused('team.refusal.noName')
  if (typeof data.total === 'number' && data.total > TEAM_LIMITS.notesPerFile) {
    return refused('team.refusal.tooMany')
  }
  if (data.total === 0 && isRecord(data.first) && isEmptyList(data.first.items)) {
    return { person: { id: expected.personId, name: name.output }, annotations: [], invalid: 0 }
  }
  const items = annotationItemsOf(data)
  if ('error' in items) return refused(AS_TEAM_REFUSAL[items.error.id] ?? 'team.refusal.unreadable')
  // Only the number of notes left out is kept, not why (the reasons' language does not matter).
  const read = annotationsOfItems(items.list, ENGLISH)
  if (read.annotations.length > TEAM_LIMITS.notesPerFile) return refused('team.refusal.tooMany')
  const annotations = read.annotations.filter((a) => a.reportId === expected.reportId)
  return {
    person: { id: expected.personId, name: name.output },
    annotations,
    invalid: read.invalid.length + read.annotations.length - annotations.length
  }
}

function refused(id: MessageId): TeamFileRead {
  const values = id === 'team.refusal.tooMany' ? { max: TEAM_LIMITS.notesPerFile } : undefined
  return { error: { id, ...(values && { values }) }, halfWritten: false }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0
