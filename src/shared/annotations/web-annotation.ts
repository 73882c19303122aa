import * as v from 'valibot'
import { jsonNestingDepth } from '../json-depth'
import type { Formatter, Message } from '../i18n/formatter'
import { isMarkdownExportHeading } from './export-markdown'
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
/** Why an item is refused, said later in the reader's language: a message of the catalogs. */
type Failure = { reason: Said }
type Said = (t: Formatter) => string

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
  /** The reader's language: every error and reason is said with it. */
  t: Formatter,
  /** Called after every PROGRESS_EVERY items checked, and after the last. */
  onProgress?: (done: number, total: number) => void
): WebAnnotationImport {
  try {
    return readCollection(text, t, onProgress)
  } catch {
    // Nothing above should throw; if something does, the user still gets an answer.
    return { error: t('refusal.unreadable') }
  }
}

/** How often a long import says how far it got. */
const PROGRESS_EVERY = 1000

function readCollection(
  text: string,
  t: Formatter,
  onProgress: ((done: number, total: number) => void) | undefined
): WebAnnotationImport {
  if (jsonNestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return { error: t('refusal.tooDeep') }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    const firstLine = text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0]
    if (isMarkdownExportHeading(firstLine ?? '')) return { error: t('refusal.markdownExport') }
    return { error: t('refusal.notJson') }
  }
  return annotationsFromJsonData(data, t, onProgress)
}

/**
 * The annotations of JSON already parsed (and whose nesting was bounded before parsing): what
 * fromWebAnnotationJson does after JSON.parse, for readers that look at the collection too.
 */
export function annotationsFromJsonData(
  data: unknown,
  t: Formatter,
  onProgress?: (done: number, total: number) => void
): WebAnnotationImport {
  const items = annotationItemsOf(data)
  if ('error' in items) return { error: t(items.error.id, items.error.values) }
  return annotationsOfItems(items.list, t, onProgress)
}

/**
 * The items of JSON already parsed, or why the whole file is refused: a message said later, in
 * whatever language its reader speaks (the team worker hands it to main as it is).
 */
export function annotationItemsOf(data: unknown): { list: unknown[] } | { error: Message } {
  const items = itemsOf(data)
  if ('error' in items) return items
  if (items.list.length === 0) return { error: { id: 'refusal.empty' } }
  if (!items.list.some((item) => hasType(item, 'Annotation'))) return { error: NOT_ANNOTATIONS }
  return items
}

/** Each item checked against the model's schema: the annotations, and why the others are not. */
export function annotationsOfItems(
  list: readonly unknown[],
  t: Formatter,
  onProgress?: (done: number, total: number) => void
): Exclude<WebAnnotationImport, { error: string }> {
  const annotations: Annotation[] = []
  const invalid: { index: number; reason: string }[] = []
  const total = list.length
  list.forEach((item, index) => {
    const result = readAnnotation(item)
    if ('reason' in result) invalid.push({ index, reason: shorten(result.reason(t)) })
    else annotations.push(result.annotation)
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === total) onProgress?.(index + 1, total)
  })
  return { annotations, invalid }
}

const NOT_ANNOTATIONS: Message = { id: 'refusal.notAnnotations' }
const TOO_MANY: Message = { id: 'refusal.tooMany', values: { max: LIMITS.annotationCount } }

function itemsOf(data: unknown): { list: unknown[] } | { error: Message } {
  if (Array.isArray(data)) return bounded(data)
  if (!isRecord(data)) return { error: NOT_ANNOTATIONS }
  if (hasType(data, 'Annotation')) return { list: [data] }
  if (hasType(data, 'AnnotationPage')) return pageItems(data)
  if (!hasType(data, 'AnnotationCollection')) return { error: NOT_ANNOTATIONS }
  if (Array.isArray(data.items)) return bounded(data.items)
  if (data.first === undefined) return { list: [] }
  return pageItems(data.first)
}

function bounded(list: unknown[]): { list: unknown[] } | { error: Message } {
  return list.length > LIMITS.annotationCount ? { error: TOO_MANY } : { list }
}

/** Items of a page and of the embedded pages after it; pages elsewhere cannot be read offline. */
function pageItems(page: unknown): { list: unknown[] } | { error: Message } {
  const list: unknown[] = []
  for (let p = page; p !== undefined; p = isRecord(p) ? p.next : undefined) {
    if (typeof p === 'string') return { error: { id: 'refusal.outsidePages' } }
    if (!isRecord(p) || !Array.isArray(p.items))
      return { error: { id: 'refusal.pageWithoutItems' } }
    if (list.length + p.items.length > LIMITS.annotationCount) return { error: TOO_MANY }
    // One by one: spreading a huge list into push() overflows the call stack.
    for (const item of p.items) list.push(item)
  }
  return { list }
}

/** Maps one Web Annotation onto the app's model, then validates it with the model's schema. */
function readAnnotation(item: unknown): { annotation: Annotation } | Failure {
  if (!isRecord(item)) return { reason: (t) => t('refusal.notObject', { kind: kindOf(t, item) }) }
  if (!hasType(item, 'Annotation')) {
    return { reason: (t) => t('refusal.wrongType', { type: shown(t, item.type) }) }
  }
  if (typeof item.id !== 'string') return { reason: (t) => t('refusal.noId') }
  const targets = asList(item.target)
  if (targets.length !== 1 || !isRecord(targets[0])) {
    return { reason: (t) => t('refusal.targets') }
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
  const { issues } = parsed
  return {
    reason: (t) => {
      const [first = '', second] = [...new Set(issues.map((issue) => describeIssue(t, issue)))]
      return second === undefined
        ? t('refusal.oneIssue', { issue: first })
        : t('refusal.twoIssues', { first, second })
    }
  }
}

function readTarget(
  target: Json
): Failure | { reportId: string; editionHash: string; target: unknown } {
  const reportId = stripPrefix(iriOf(target.source), REPORT_IRI_PREFIX)
  if (reportId === undefined) {
    return { reason: (t) => t('refusal.notOnReport', { prefix: REPORT_IRI_PREFIX }) }
  }
  const editionHash = stripPrefix(iriOf(target.state), EDITION_IRI_PREFIX)
  if (editionHash === undefined) {
    return { reason: (t) => t('refusal.noEdition', { prefix: EDITION_IRI_PREFIX }) }
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
      return { reason: (t) => t('refusal.noSelector') }
    }
    return { reportId, editionHash, target: { kind: 'section', sectionId: fragment.value } }
  }
  if (!fragment || !quote || !position) {
    const missing = [
      fragment ? null : 'refusal.missing.fragment',
      quote ? null : 'refusal.missing.quote',
      position ? null : 'refusal.missing.position'
    ] as const
    return {
      reason: (t) =>
        t('refusal.missingSelectors', {
          missing: t.list(
            missing.flatMap((id) => (id ? [t(id)] : [])),
            'disjunction'
          )
        })
    }
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
    else return { reason: (t) => t('refusal.bodyNoText') }
  }
  return { note: notes.join('\n\n'), tags, color }
}

/**
 * A schema issue as the end of "Item 3: …", in plain words: which part of the note is wrong,
 * what it holds and what the app needs. Never valibot's own wording ("Invalid type: Expected …").
 */
function describeIssue(t: Formatter, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key))
  const [field = '', sub = '', leaf = ''] = path
  const value = shown(t, issue.input)
  const missing = issue.input === undefined
  switch (field) {
    case 'color':
      return t('refusal.issue.color', { value, colors: COLOR_IDS.join(', ') })
    case 'note':
      return issue.type === 'max_length'
        ? t('refusal.issue.noteTooLong', { max: LIMITS.noteLength })
        : t('refusal.issue.noteNotText')
    case 'tags':
      if (sub === '') {
        return issue.type === 'max_length'
          ? t('refusal.issue.tooManyTags', { max: LIMITS.tagCount })
          : t('refusal.issue.tagsNotList')
      }
      if (issue.type === 'non_empty') return t('refusal.issue.tagEmpty')
      if (issue.type === 'max_length') {
        return t('refusal.issue.tagTooLong', { value, max: LIMITS.tagLength })
      }
      return t('refusal.issue.tagNotText')
    case 'createdAt':
      return missing ? t('refusal.issue.noCreated') : t('refusal.issue.createdNotTime', { value })
    case 'updatedAt':
      return missing ? t('refusal.issue.noModified') : t('refusal.issue.modifiedNotTime', { value })
    case 'id':
      return t('refusal.issue.id', { value })
    case 'reportId':
      return t('refusal.issue.reportId', { value })
    case 'editionHash':
      return t('refusal.issue.editionHash')
    case 'target':
      return describeTargetIssue(t, issue, sub, leaf)
    default:
      return t('refusal.issue.other')
  }
}

function describeTargetIssue(
  t: Formatter,
  issue: v.BaseIssue<unknown>,
  sub: string,
  leaf: string
): string {
  if (sub === 'paragraphId' || sub === 'sectionId') {
    return t(sub === 'paragraphId' ? 'refusal.issue.paragraphId' : 'refusal.issue.sectionId', {
      value: shown(t, issue.input)
    })
  }
  if (sub === 'position') return t('refusal.issue.position')
  if (sub === '' && issue.type === 'check') return t('refusal.issue.emptyRange')
  if (sub === 'quote' && leaf === 'exact') {
    return issue.type === 'max_length'
      ? t('refusal.issue.quoteTooLong', { max: LIMITS.quoteLength })
      : t('refusal.issue.noQuote')
  }
  if (sub === 'quote') return t('refusal.issue.contextTooLong', { max: LIMITS.contextLength })
  return t('refusal.issue.target')
}

/** A value as the reader would recognise it in the file: “purple”, 20260102, a list. */
function shown(t: Formatter, value: unknown): string {
  if (typeof value === 'string') {
    return t('refusal.value.quoted', {
      text: value.length > 40 ? `${value.slice(0, 39)}…` : value
    })
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return kindOf(t, value)
}

function kindOf(t: Formatter, value: unknown): string {
  const kind =
    value === undefined
      ? 'nothing'
      : value === null
        ? 'null'
        : Array.isArray(value)
          ? 'list'
          : typeof value === 'object'
            ? 'object'
            : typeof value === 'string'
              ? 'text'
              : typeof value
  return t('refusal.value.kind', { kind })
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
