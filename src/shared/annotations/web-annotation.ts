import * as v from 'valibot'
import { jsonNestingDepth } from '../json-depth'
import type { Library } from '../report-model'
import { AnnotationSchema, LIMITS, type Annotation, type ColorLabels } from './annotation-model'

/**
 * Export and import in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/),
 * so notes can move between machines and into other tools. The shape written:
 *
 * - An AnnotationCollection whose `first` is one embedded AnnotationPage holding every item
 *   (`items` on a page is what the model defines; one page keeps the file self-contained).
 * - Each Annotation: `id` is `urn:uuid:<id>` for UUID ids, else `urn:x-reader:annotation:<id>`;
 *   `motivation` is commenting when there is a note (or it is a section note), else highlighting.
 * - Bodies: the note as a TextualBody with purpose commenting; one TextualBody with purpose tagging
 *   per tag; the colour as a TextualBody with purpose classifying, value the colour id and
 *   `label` (rdfs:label in the anno.jsonld context) its meaning.
 * - Target: `source` is the report, `{ id: "urn:x-reader:report:<reportId>", type: "Text",
 *   label: <title> }`; `state` names the edition the selectors were made on,
 *   `{ id: "urn:x-reader:edition:<contentHash>" }` (a State identified by IRI, as the model allows
 *   for a particular copy of a resource).
 * - Selectors of a highlight: a TextQuoteSelector (exact, prefix, suffix) and a FragmentSelector
 *   whose value is the paragraph id, refinedBy a TextPositionSelector; the offsets count within
 *   that paragraph, which is why they refine it. A section note has only a FragmentSelector,
 *   whose value is the section id: no quote or position selector means "a whole section".
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
export const REPORT_IRI_PREFIX = 'urn:x-reader:report:'
export const EDITION_IRI_PREFIX = 'urn:x-reader:edition:'
const ANNOTATION_IRI_PREFIX = 'urn:x-reader:annotation:'
const UUID_IRI_PREFIX = 'urn:uuid:'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3986'

/**
 * The deepest nesting a notes file may have. An exported collection is 8 levels deep (collection,
 * page, items, annotation, target, selectors, refinedBy); other tools add a few. Deeper files are
 * refused before parsing: JSON.parse of megabytes of `[` takes tens of seconds.
 */
export const MAX_IMPORT_DEPTH = 32

type Json = Record<string, unknown>
type Failure = { reason: string }

export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  library: Library,
  colorLabels: ColorLabels
): Json {
  const titles = new Map(library.reports.map((r) => [r.id, r.metadata.title]))
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Highlights and notes',
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => toWebAnnotation(a, titles.get(a.reportId), colorLabels))
    }
  }
}

function toWebAnnotation(a: Annotation, title: string | undefined, labels: ColorLabels): Json {
  const body: Json[] = []
  if (a.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' })
  }
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  body.push({ type: 'TextualBody', purpose: 'classifying', value: a.color, label: labels[a.color] })
  const { target } = a
  const selector =
    target.kind === 'section'
      ? { type: 'FragmentSelector', conformsTo: FRAGMENT_SPEC, value: target.sectionId }
      : [
          { type: 'TextQuoteSelector', ...target.quote },
          {
            type: 'FragmentSelector',
            conformsTo: FRAGMENT_SPEC,
            value: target.paragraphId,
            refinedBy: { type: 'TextPositionSelector', ...target.position }
          }
        ]
  return {
    id: (UUID.test(a.id) ? UUID_IRI_PREFIX : ANNOTATION_IRI_PREFIX) + a.id,
    type: 'Annotation',
    motivation: a.note !== '' || target.kind === 'section' ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    body,
    target: {
      source: {
        id: REPORT_IRI_PREFIX + a.reportId,
        type: 'Text',
        ...(title ? { label: title } : {})
      },
      state: { id: EDITION_IRI_PREFIX + a.editionHash },
      selector
    }
  }
}

export type WebAnnotationImport =
  { annotations: Annotation[]; invalid: { index: number; reason: string }[] } | { error: string }

/**
 * Reads Web Annotation JSON: a collection (embedded pages, or `items` directly), a page, a list
 * of annotations or a single one. Never throws. A file that is not JSON or not annotations gives
 * `{ error }` and nothing is imported; otherwise each item is checked against the same schema as
 * everything main stores, and the ones that fail are listed by index with the reason. Nesting and
 * the number of items are bounded before anything costly is done with them.
 */
export function fromWebAnnotationJson(text: string): WebAnnotationImport {
  try {
    return readCollection(text)
  } catch {
    // Nothing above should throw; if something does, the user still gets an answer.
    return { error: UNREADABLE }
  }
}

const UNREADABLE =
  'The file could not be read as notes: it is not a notes file exported by this app or another Web Annotation tool.'

function readCollection(text: string): WebAnnotationImport {
  if (jsonNestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return {
      error:
        'The file is not a notes file: its contents are nested far more deeply than notes ever are.'
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return {
      error: 'The file is not a notes file: it is not valid JSON (it may be damaged or cut short).'
    }
  }
  const items = itemsOf(data)
  if ('error' in items) return items
  if (items.list.length > 0 && !items.list.some((item) => hasType(item, 'Annotation'))) {
    return { error: NOT_ANNOTATIONS }
  }
  const annotations: Annotation[] = []
  const invalid: { index: number; reason: string }[] = []
  items.list.forEach((item, index) => {
    const result = readAnnotation(item)
    if ('reason' in result) invalid.push({ index, reason: shorten(result.reason) })
    else annotations.push(result.annotation)
  })
  return { annotations, invalid }
}

const NOT_ANNOTATIONS =
  'The file does not contain Web Annotations (an AnnotationCollection, an AnnotationPage, an Annotation or a list of them).'

const TOO_MANY = `The file has more than ${LIMITS.annotationCount.toLocaleString('en')} annotations; at most ${LIMITS.annotationCount.toLocaleString('en')} can be imported at once.`

function itemsOf(data: unknown): { list: unknown[] } | { error: string } {
  if (Array.isArray(data)) return bounded(data)
  if (!isRecord(data)) return { error: NOT_ANNOTATIONS }
  if (hasType(data, 'Annotation')) return { list: [data] }
  if (hasType(data, 'AnnotationPage')) return pageItems(data)
  if (!hasType(data, 'AnnotationCollection')) return { error: NOT_ANNOTATIONS }
  if (Array.isArray(data.items)) return bounded(data.items)
  if (data.first === undefined) return { list: [] }
  return pageItems(data.first)
}

function bounded(list: unknown[]): { list: unknown[] } | { error: string } {
  return list.length > LIMITS.annotationCount ? { error: TOO_MANY } : { list }
}

/** Items of a page and of the embedded pages after it; pages elsewhere cannot be read offline. */
function pageItems(page: unknown): { list: unknown[] } | { error: string } {
  const list: unknown[] = []
  for (let p = page; p !== undefined; p = isRecord(p) ? p.next : undefined) {
    if (typeof p === 'string') {
      return { error: 'The collection links to annotations outside the file; they cannot be read.' }
    }
    if (!isRecord(p) || !Array.isArray(p.items)) {
      return { error: 'The collection has an annotation page without a list of items.' }
    }
    if (list.length + p.items.length > LIMITS.annotationCount) return { error: TOO_MANY }
    // One by one: spreading a huge list into push() overflows the call stack.
    for (const item of p.items) list.push(item)
  }
  return { list }
}

/** Maps one Web Annotation onto the app's model, then validates it with the model's schema. */
function readAnnotation(item: unknown): { annotation: Annotation } | Failure {
  if (!isRecord(item)) return { reason: 'It is not an annotation object.' }
  if (!hasType(item, 'Annotation')) return { reason: 'Its type is not "Annotation".' }
  if (typeof item.id !== 'string') return { reason: 'It has no id.' }
  const targets = asList(item.target)
  if (targets.length !== 1 || !isRecord(targets[0])) {
    return { reason: 'It must have exactly one target with selectors.' }
  }
  const target = readTarget(targets[0])
  if ('reason' in target) return target
  const body = readBody([...asList(item.body), ...asList(item.bodyValue)])
  if ('reason' in body) return body
  const candidate = {
    id:
      stripPrefix(item.id, UUID_IRI_PREFIX) ??
      stripPrefix(item.id, ANNOTATION_IRI_PREFIX) ??
      item.id,
    reportId: target.reportId,
    editionHash: target.editionHash,
    target: target.target,
    color: body.color ?? 'yellow',
    note: body.note,
    tags: body.tags,
    createdAt: item.created,
    updatedAt: item.modified ?? item.created
  }
  const parsed = v.safeParse(AnnotationSchema, candidate)
  if (parsed.success) return { annotation: parsed.output }
  return { reason: parsed.issues.slice(0, 3).map(describeIssue).join(' ') }
}

function readTarget(
  target: Json
): Failure | { reportId: string; editionHash: string; target: unknown } {
  const reportId = stripPrefix(iriOf(target.source), REPORT_IRI_PREFIX)
  if (reportId === undefined) {
    return { reason: `Its target's source is not a report IRI (${REPORT_IRI_PREFIX}…).` }
  }
  const editionHash = stripPrefix(iriOf(target.state), EDITION_IRI_PREFIX)
  if (editionHash === undefined) {
    return { reason: `Its target has no edition state (${EDITION_IRI_PREFIX}…).` }
  }
  const selectors = flattenSelectors(target.selector)
  const find = (type: string) => selectors.find((s) => hasType(s, type))
  const fragment = find('FragmentSelector')
  const quote = find('TextQuoteSelector')
  const position = find('TextPositionSelector')
  if (!quote && !position) {
    if (!fragment) return { reason: 'Its target has no selector.' }
    return { reportId, editionHash, target: { kind: 'section', sectionId: fragment.value } }
  }
  if (!fragment || !quote || !position) {
    const missing = [
      fragment ? '' : 'FragmentSelector (the paragraph)',
      quote ? '' : 'TextQuoteSelector',
      position ? '' : 'TextPositionSelector'
    ].filter(Boolean)
    return { reason: `Its target has no ${missing.join(' and no ')}.` }
  }
  return {
    reportId,
    editionHash,
    target: {
      kind: 'text',
      paragraphId: fragment.value,
      position: { start: position.start, end: position.end },
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }
    }
  }
}

/** Selectors at the top level and in refinedBy chains, in document order. */
function flattenSelectors(selector: unknown): Json[] {
  return asList(selector)
    .filter(isRecord)
    .flatMap((s) => [s, ...flattenSelectors(s.refinedBy)])
}

/** Tagging bodies are tags, classifying ones the colour (the first), every other text the note. */
function readBody(bodies: unknown[]): Failure | { note: string; tags: unknown[]; color: unknown } {
  const notes: string[] = []
  const tags: unknown[] = []
  let color: unknown
  for (const body of bodies) {
    const value = typeof body === 'string' ? body : isRecord(body) ? body.value : undefined
    const purpose = isRecord(body) ? body.purpose : undefined
    if (purpose === 'tagging') tags.push(value)
    else if (purpose === 'classifying') color ??= value
    else if (typeof value === 'string') notes.push(value)
    else return { reason: 'One of its bodies has no text value.' }
  }
  return { note: notes.join('\n\n'), tags, color }
}

const FIELD_NAMES: Record<string, string> = {
  id: 'The id',
  reportId: 'The target source',
  editionHash: 'The target state',
  color: 'The colour',
  note: 'The note',
  tags: 'A tag',
  createdAt: 'The created time',
  updatedAt: 'The modified time',
  'target.paragraphId': 'The FragmentSelector',
  'target.sectionId': 'The FragmentSelector',
  'target.quote': 'The TextQuoteSelector',
  'target.position': 'The TextPositionSelector'
}

/** Our schema's own messages are sentences for users; valibot's generic ones get the field. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? ''
  const [first = '', second = ''] = path.split('.')
  const field = FIELD_NAMES[`${first}.${second}`] ?? FIELD_NAMES[first]
  const message = issue.message.endsWith('.') ? issue.message : `${issue.message}.`
  return message.startsWith('Invalid') ? `${field ?? 'A value'} is wrong: ${message}` : message
}

function iriOf(value: unknown): unknown {
  return isRecord(value) ? value.id : value
}

function stripPrefix(value: unknown, prefix: string): string | undefined {
  return typeof value === 'string' && value.startsWith(prefix)
    ? value.slice(prefix.length)
    : undefined
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasType(value: unknown, type: string): boolean {
  if (!isRecord(value)) return false
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type))
}

function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function shorten(reason: string): string {
  return reason.length > 300 ? `${reason.slice(0, 299)}…` : reason
}
