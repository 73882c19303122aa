import * as v from 'valibot'
import {
  AnnotationSchema,
  COLOR_IDS,
  ColorLabelsSchema,
  DEFAULT_COLOR_LABELS,
  type Annotation,
  type ColorLabels
} from '../shared/annotations/annotation-model'
import type { UnplacedReason } from '../shared/annotations/unplaced-reason'

/**
 * The formats of `annotations.json`, and the explicit migrations between them. We keep our own
 * `schemaVersion` rather than electron-store's `migrations` option (see field notes §4).
 *
 * Version 0 (no `schemaVersion`): the whole file is a bare JSON array of highlights. A highlight
 * is the current record without `tags` and without `updatedAt`, its `note` may be missing (no
 * note), and its colour is named `"highlight-yellow"`, `"highlight-green"`, `"highlight-blue"` or
 * `"highlight-pink"`. There were no colour names (labels).
 *
 *     [{ "id", "reportId", "editionHash", "target", "color": "highlight-yellow", "note"?, "createdAt" }]
 *
 * Version 1: an object. Highlights (with `updatedAt` and a `note` string, still without tags and
 * with the old colour names) under `highlights`, and the user's colour names under `labels`, keyed
 * by the old colour names. Unknown label keys are dropped by the migration; missing ones get the
 * default name.
 *
 *     { "schemaVersion": 1, "highlights": [{ …, "color": "highlight-blue", "note", "updatedAt" }],
 *       "labels": { "highlight-yellow": "Important", … } }
 *
 * Version 2: the records are `Annotation`s (annotation-model.ts) in creation order.
 *
 *     { "schemaVersion": 2, "annotations": [Annotation, …], "colorLabels": ColorLabels }
 *
 * Version 3 (the last of annotations.json): the same, and a record may say where the app placed
 * it in later editions (`history`, `unplacedIn`). Nothing in a version 2 file changes; the version
 * goes up so that an older app sets the file aside (telling the user) instead of dropping those
 * fields on its next write.
 *
 * Version 4: the notes folder (notes-store/segment-file.ts); its records are version 3's.
 * `unplacedIn.reason` is an English sentence ("The highlighted text (“…”) is not in this edition of
 * the report."), shown as it is whatever language the app speaks.
 *
 * Version 5 (current, segment-file.ts NOTES_FORMAT): `unplacedIn.reason` is a code and its values
 * (unplaced-reason.ts), put into words in the reader's language when shown. migrate4to5 maps each
 * sentence the app ever stored back to its code; a sentence it does not know is kept, word for word,
 * as `{ code: 'asWritten', text }`. Version 3 files get the same mapping as they are moved in.
 *
 * Migrations map every record one to one (same index), and pass anything that is not an object
 * through unchanged, so a bad record fails validation afterwards (and is set aside with its
 * original bytes) instead of breaking the migration.
 */
/** The last format of annotations.json: a later one in that file was made by a newer app. */
export const CURRENT_SCHEMA_VERSION = 3

export interface StoreFile {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION
  annotations: Annotation[]
  colorLabels: ColorLabels
}

/** What a file holds, before migration. */
export type Classified =
  | { kind: 'known'; version: number; records: unknown[]; document: unknown }
  | { kind: 'newer'; version: number }
  | { kind: 'unrecognised'; reason: string }

/** A record (or the colour names) that could not be read; kept aside with its original value. */
export interface SetAside {
  /** Index in the file's list of records, or null for the colour names. */
  index: number | null
  reason: string
  original: unknown
}

export interface Loaded {
  annotations: Annotation[]
  colorLabels: ColorLabels
  setAside: SetAside[]
}

const OLD_COLOR_PREFIX = 'highlight-'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Decides which format a parsed file is in, without changing it. */
export function classify(document: unknown): Classified {
  if (Array.isArray(document)) return { kind: 'known', version: 0, records: document, document }
  if (!isObject(document)) {
    return { kind: 'unrecognised', reason: `it holds ${describe(document)}, not a list of notes` }
  }
  const version = document['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unrecognised', reason: 'it has no valid format version (schemaVersion)' }
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version }
  const key = version === 1 ? 'highlights' : 'annotations'
  const records = document[key]
  if (!Array.isArray(records)) {
    return { kind: 'unrecognised', reason: `its "${key}" is not a list` }
  }
  return { kind: 'known', version, records, document }
}

/** Version 0 → 1: wrap the bare array; every highlight gets a note string and `updatedAt`. */
export function migrate0to1(records: unknown[]): Record<string, unknown> {
  return {
    schemaVersion: 1,
    highlights: records.map((record) =>
      isObject(record)
        ? {
            ...record,
            note: record['note'] ?? '',
            updatedAt: record['updatedAt'] ?? record['createdAt']
          }
        : record
    ),
    labels: {}
  }
}

/** Version 1 → 2: colours lose their prefix, highlights get (no) tags, labels become colorLabels. */
export function migrate1to2(document: Record<string, unknown>): Record<string, unknown> {
  const highlights = Array.isArray(document['highlights']) ? document['highlights'] : []
  const labels = isObject(document['labels']) ? document['labels'] : {}
  const colorLabels: Record<string, unknown> = {}
  for (const id of COLOR_IDS) {
    colorLabels[id] = labels[`${OLD_COLOR_PREFIX}${id}`] ?? DEFAULT_COLOR_LABELS[id]
  }
  return {
    schemaVersion: 2,
    annotations: highlights.map((record: unknown) => {
      if (!isObject(record)) return record
      const color = record['color']
      return {
        ...record,
        color:
          typeof color === 'string' && color.startsWith(OLD_COLOR_PREFIX)
            ? color.slice(OLD_COLOR_PREFIX.length)
            : color,
        tags: record['tags'] ?? []
      }
    }),
    colorLabels
  }
}

/** Version 2 → 3: the records stay as they are (the new fields are optional). */
export function migrate2to3(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document, schemaVersion: 3 }
}

/**
 * Version 4 → 5, the records of a segment (or of a version 3 file): a stored reason sentence
 * becomes its code and values. The records that change are new objects; all others are returned
 * as they were (the same objects), so the caller can tell whether anything changed.
 */
export function migrate4to5(records: readonly unknown[]): unknown[] {
  return records.map((record) => {
    if (!isObject(record)) return record
    const unplacedIn = record['unplacedIn']
    if (!isObject(unplacedIn) || typeof unplacedIn['reason'] !== 'string') return record
    return { ...record, unplacedIn: { ...unplacedIn, reason: reasonOf(unplacedIn['reason']) } }
  })
}

/**
 * The sentences versions 3 and 4 stored (anchoring.ts and placement.ts wrote them, always in
 * English), each with the reason it says. Values were quoted with “…”, and an excerpt was at
 * most 60 characters, so none was ever cut short by the 500-character limit.
 */
const STORED_SENTENCES: [RegExp, (values: string[]) => UnplacedReason][] = [
  [
    /^The highlighted text \(“([\s\S]*)”\) is not in this edition of the report\.$/,
    ([excerpt = '']) => ({ code: 'textNotInEdition', excerpt })
  ],
  [
    /^The passage it was on changed too much to place it automatically\.$/,
    () => ({ code: 'passageChanged' })
  ],
  [
    /^Its section \(“([\s\S]*)”\) is not in this edition of the report\.$/,
    ([sectionId = '']) => ({ code: 'sectionNotInEdition', sectionId })
  ],
  [
    /^Its report, “([\s\S]*)”, is not in this app\.$/,
    ([reportId = '']) => ({ code: 'reportNotInApp', reportId })
  ],
  [/^It belongs to another report\.$/, () => ({ code: 'otherReport' })],
  [/^The report content is not available\.$/, () => ({ code: 'contentUnavailable' })]
]

/** The reason a stored sentence says; one the app never wrote is kept as it is. */
export function reasonOf(sentence: string): UnplacedReason {
  for (const [pattern, reason] of STORED_SENTENCES) {
    const found = pattern.exec(sentence)
    if (found) return reason(found.slice(1))
  }
  return { code: 'asWritten', text: sentence }
}

/** Brings a known document up to the current version, in memory. */
export function migrateToCurrent(document: unknown, version: number): Record<string, unknown> {
  let current = document
  if (version === 0) current = migrate0to1(current as unknown[])
  if (version <= 1) current = migrate1to2(current as Record<string, unknown>)
  if (version <= 2) current = migrate2to3(current as Record<string, unknown>)
  const migrated = current as Record<string, unknown>
  const records = migrated['annotations']
  return Array.isArray(records) ? { ...migrated, annotations: migrate4to5(records) } : migrated
}

/**
 * Validates every migrated record with AnnotationSchema. Invalid records and duplicate ids are not
 * dropped silently: they come back in `setAside` with the record as it was in the file.
 */
export function validate(
  migrated: Record<string, unknown>,
  originals: unknown[],
  originalLabels: unknown
): Loaded {
  const records = migrated['annotations'] as unknown[]
  const annotations: Annotation[] = []
  const setAside: SetAside[] = []
  const firstIndexById = new Map<string, number>()
  records.forEach((record, index) => {
    const result = v.safeParse(AnnotationSchema, record)
    if (!result.success) {
      setAside.push({ index, reason: issueText(result.issues), original: originals[index] })
      return
    }
    const earlier = firstIndexById.get(result.output.id)
    if (earlier !== undefined) {
      setAside.push({
        index,
        reason: `its id ${result.output.id} is already used by record ${earlier + 1}`,
        original: originals[index]
      })
      return
    }
    firstIndexById.set(result.output.id, index)
    annotations.push(result.output)
  })

  let colorLabels: ColorLabels = { ...DEFAULT_COLOR_LABELS }
  const labels = migrated['colorLabels']
  if (labels !== undefined) {
    const result = v.safeParse(ColorLabelsSchema, labels)
    if (result.success) colorLabels = result.output
    else {
      setAside.push({
        index: null,
        reason: `colour names: ${issueText(result.issues)}`,
        original: originalLabels
      })
    }
  }
  return { annotations, colorLabels, setAside }
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]
  if (!issue) return 'invalid'
  const path = issue.path?.map((p) => String(p.key)).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'true or false'
  return typeof value
}
