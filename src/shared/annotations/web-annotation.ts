import * as v from 'valibot'
import { jsonNestingDepth } from '../json-depth'
import { MARKDOWN_EXPORT_HEADING } from './export-markdown'
import type { Library } from '../report-model'
import {
  AnnotationSchema,
  COLOR_IDS,
  LIMITS,
  type Annotation,
  type ColorLabels
} from './annotation-model'

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

/** One annotation in the Web Annotation model (team files write their own collection of them). */
export function toWebAnnotation(
  a: Annotation,
  title: string | undefined,
  labels: ColorLabels
): Json {
  const body: Json[] = []
  if (a.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' })
  }
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  body.push({ type: 'TextualBody', purpose: 'classifying', value: a.color, label: labels[a.color] })
  const { target } = a
  const at = (paragraphId: string, start: number, end: number) => ({
    type: 'FragmentSelector',
    conformsTo: FRAGMENT_SPEC,
    value: paragraphId,
    refinedBy: { type: 'TextPositionSelector', start, end }
  })
  const selector =
    target.kind === 'section'
      ? { type: 'FragmentSelector', conformsTo: FRAGMENT_SPEC, value: target.sectionId }
      : target.endParagraphId === undefined
        ? [
            { type: 'TextQuoteSelector', ...target.quote },
            at(target.paragraphId, target.position.start, target.position.end)
          ]
        : [
            // Over several paragraphs: a RangeSelector from a point in the first to one in the last.
            { type: 'TextQuoteSelector', ...target.quote },
            {
              type: 'RangeSelector',
              startSelector: at(target.paragraphId, target.position.start, target.position.start),
              endSelector: at(target.endParagraphId, target.position.end, target.position.end)
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
export function fromWebAnnotationJson(
  text: string,
  /** Called after every PROGRESS_EVERY items checked, and after the last. */
  onProgress?: (done: number, total: number) => void
): WebAnnotationImport {
  try {
    return readCollection(text, onProgress)
  } catch {
    // Nothing above should throw; if something does, the user still gets an answer.
    return { error: UNREADABLE }
  }
}

const UNREADABLE =
  'The file could not be read as notes: it is not a notes file exported by this app or another Web Annotation tool.'

/** How often a long import says how far it got. */
const PROGRESS_EVERY = 1000

function readCollection(
  text: string,
  onProgress: ((done: number, total: number) => void) | undefined
): WebAnnotationImport {
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
    const firstLine = text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0]
    if (firstLine === MARKDOWN_EXPORT_HEADING) return { error: MARKDOWN_EXPORT }
    return {
      error: 'The file is not a notes file: it is not valid JSON (it may be damaged or cut short).'
    }
  }
  return annotationsFromJsonData(data, onProgress)
}

/**
 * The annotations of JSON already parsed (and whose nesting was bounded before parsing): what
 * fromWebAnnotationJson does after JSON.parse, for readers that look at the collection too.
 */
export function annotationsFromJsonData(
  data: unknown,
  onProgress?: (done: number, total: number) => void
): WebAnnotationImport {
  const items = itemsOf(data)
  if ('error' in items) return items
  if (items.list.length === 0) return { error: 'The file holds no notes.' }
  if (!items.list.some((item) => hasType(item, 'Annotation'))) {
    return { error: NOT_ANNOTATIONS }
  }
  const annotations: Annotation[] = []
  const invalid: { index: number; reason: string }[] = []
  const total = items.list.length
  items.list.forEach((item, index) => {
    const result = readAnnotation(item)
    if ('reason' in result) invalid.push({ index, reason: shorten(result.reason) })
    else annotations.push(result.annotation)
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === total) onProgress?.(index + 1, total)
  })
  return { annotations, invalid }
}

const MARKDOWN_EXPORT =
  'This is the app’s Markdown export of notes, which is for reading, not for importing. To bring notes into the app, import a JSON export: choose Export JSON… in the Notes tab, then Import JSON… with that file.'

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
  if (!isRecord(item)) return { reason: `it is not a note but ${kindOf(item)}.` }
  if (!hasType(item, 'Annotation')) {
    return { reason: `it is not a note: its type is ${shown(item.type)}, not “Annotation”.` }
  }
  if (typeof item.id !== 'string') return { reason: 'it has no id.' }
  const targets = asList(item.target)
  if (targets.length !== 1 || !isRecord(targets[0])) {
    return { reason: 'it must point to exactly one place in a report (one target).' }
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
  const reasons = [...new Set(parsed.issues.map(describeIssue))]
  return { reason: `${reasons.slice(0, 2).join('; ')}.` }
}

function readTarget(
  target: Json
): Failure | { reportId: string; editionHash: string; target: unknown } {
  const reportId = stripPrefix(iriOf(target.source), REPORT_IRI_PREFIX)
  if (reportId === undefined) {
    return {
      reason: `it is not on a report of this app (its target’s source does not start with ${REPORT_IRI_PREFIX}).`
    }
  }
  const editionHash = stripPrefix(iriOf(target.state), EDITION_IRI_PREFIX)
  if (editionHash === undefined) {
    return {
      reason: `it does not say which edition of the report it was made on (its target has no state ${EDITION_IRI_PREFIX}…).`
    }
  }
  const selectors = flattenSelectors(target.selector)
  const find = (type: string) => selectors.find((s) => hasType(s, type))
  const range = find('RangeSelector')
  const quoted = find('TextQuoteSelector')
  if (range && quoted) {
    // A passage over several paragraphs: from a point in one to a point in another.
    const point = (end: unknown) => {
      const parts = flattenSelectors(end)
      const paragraph = parts.find((s) => hasType(s, 'FragmentSelector'))?.value
      const offset = parts.find((s) => hasType(s, 'TextPositionSelector'))?.start
      return { paragraph, offset }
    }
    const from = point(range.startSelector)
    const to = point(range.endSelector)
    return {
      reportId,
      editionHash,
      target: {
        kind: 'text',
        paragraphId: from.paragraph,
        endParagraphId: to.paragraph,
        position: { start: from.offset, end: to.offset },
        quote: { exact: quoted.exact, prefix: quoted.prefix ?? '', suffix: quoted.suffix ?? '' }
      }
    }
  }
  const fragment = find('FragmentSelector')
  const quote = find('TextQuoteSelector')
  const position = find('TextPositionSelector')
  if (!quote && !position) {
    if (!fragment) {
      return { reason: 'it does not say where in the report it is (its target has no selector).' }
    }
    return { reportId, editionHash, target: { kind: 'section', sectionId: fragment.value } }
  }
  if (!fragment || !quote || !position) {
    const missing = [
      fragment ? '' : 'which paragraph it is in (no FragmentSelector)',
      quote ? '' : 'what text it highlights (no TextQuoteSelector)',
      position ? '' : 'where in its paragraph it is (no TextPositionSelector)'
    ].filter(Boolean)
    return { reason: `it does not say ${missing.join(', nor ')}.` }
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
    else return { reason: 'one of its bodies holds no text.' }
  }
  return { note: notes.join('\n\n'), tags, color }
}

/**
 * A schema issue as the end of "Item 3: …", in plain words: which part of the note is wrong,
 * what it holds and what the app needs. Never valibot's own wording ("Invalid type: Expected …").
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key))
  const [field = '', sub = '', leaf = ''] = path
  const value = issue.input
  const missing = value === undefined
  switch (field) {
    case 'color':
      return `its colour ${shown(value)} is not one of the app’s colours (${COLOR_IDS.join(', ')})`
    case 'note':
      return issue.type === 'max_length'
        ? `its note is longer than ${count(LIMITS.noteLength)} characters`
        : 'its note is not text'
    case 'tags':
      if (sub === '') {
        return issue.type === 'max_length'
          ? `it has more than ${LIMITS.tagCount} tags`
          : 'its tags are not a list of words'
      }
      if (issue.type === 'non_empty') return 'one of its tags is empty'
      if (issue.type === 'max_length') {
        return `its tag ${shown(value)} is longer than ${LIMITS.tagLength} characters`
      }
      return 'one of its tags is not text'
    case 'createdAt':
    case 'updatedAt': {
      const which = field === 'createdAt' ? 'created' : 'modified'
      return missing
        ? `it has no ${which} time`
        : `its ${which} time ${shown(value)} is not a date and time (such as 2026-01-02T09:30:00Z)`
    }
    case 'id':
      return `its id ${shown(value)} is not one the app can use (8 to 64 letters, digits, - or _)`
    case 'reportId':
      return `its report name ${shown(value)} is not one the app can use (small letters, digits and hyphens)`
    case 'editionHash':
      return 'it does not name the edition it was made on in the form this app writes'
    case 'target':
      return describeTargetIssue(issue, sub, leaf)
    default:
      return 'part of it is not in a form the app can read'
  }
}

function describeTargetIssue(issue: v.BaseIssue<unknown>, sub: string, leaf: string): string {
  const value = issue.input
  if (sub === 'paragraphId' || sub === 'sectionId') {
    const what = sub === 'paragraphId' ? 'paragraph' : 'section'
    return `the ${what} it is on, ${shown(value)}, is not a name the app can use (FragmentSelector)`
  }
  if (sub === 'position') {
    return 'its place in the paragraph is not given as two whole numbers (TextPositionSelector)'
  }
  if (sub === '' && issue.type === 'check') {
    return 'it highlights no text: its end is not after its start (TextPositionSelector)'
  }
  if (sub === 'quote' && leaf === 'exact') {
    return issue.type === 'max_length'
      ? `its quoted text is longer than ${count(LIMITS.quoteLength)} characters (TextQuoteSelector)`
      : 'it quotes no text (TextQuoteSelector)'
  }
  if (sub === 'quote') {
    return `the text around its quote is longer than ${LIMITS.contextLength} characters (TextQuoteSelector)`
  }
  return 'it does not say clearly where in the report it is (its target)'
}

/** A value as the reader would recognise it in the file: “purple”, 20260102, a list. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return kindOf(value)
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

function count(n: number): string {
  return n.toLocaleString('en')
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
