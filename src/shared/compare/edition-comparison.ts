import type { ColorId } from '../annotations/annotation-model'
import type { Anchor } from '../annotations/anchoring'
import { lastMove } from '../annotations/edition-change'
import type { Annotation } from '../annotations/annotation-model'
import type { EditionChange, TextSpan } from './change-model'
import { compareEditions } from './compare-editions'
import type { ComparableReport } from './edition-sentences'

/**
 * What the "What changed" view shows: the changes from one edition of a report to the one the
 * app has now, in reading order, each with the user's notes it touches.
 */

/** How a note touched by a change fared in the new edition. */
export type NotePlacement = 'moved' | 'changed' | 'unplaced' | 'in-place'

export interface TouchedNote {
  id: string
  color: ColorId
  /** The highlighted words (as they are now, or, for a note that could not be placed, were). */
  quote: string
  note: string
  placement: NotePlacement
}

export interface ChangeWithNotes extends EditionChange {
  notes: TouchedNote[]
}

export interface EditionComparison {
  reportId: string
  /** Compared with the edition the user last opened, or with the one the edition bundles. */
  since: 'last-read' | 'previous-edition'
  /** The two editions' labels, e.g. "2021" (equal for a corrected printing of one year). */
  fromEdition: string
  toEdition: string
  changes: ChangeWithNotes[]
}

/** A note as main lists it: the annotation and where it sits in the current edition. */
export interface PlacedNote {
  annotation: Annotation
  anchor: Anchor
}

interface Edition extends ComparableReport {
  contentHash: string
  edition: string
}

export function compareWithNotes(
  before: Edition,
  after: Edition & { id: string },
  notes: readonly PlacedNote[],
  since: EditionComparison['since']
): EditionComparison {
  const changes = compareEditions(before, after)
  const oldOrder = paragraphOrder(before)
  const newOrder = paragraphOrder(after)
  const ranges = notes
    .filter((n) => n.annotation.reportId === after.id && n.annotation.target.kind === 'text')
    .map((n) => ({
      note: n,
      old: oldRange(n, before.contentHash, oldOrder),
      new: newRange(n.anchor, newOrder)
    }))
  // Each side's notes by the paragraphs they cover, so a change looks only at its own paragraphs'.
  const oldNotes = byParagraph(ranges, (r) => r.old)
  const newNotes = byParagraph(ranges, (r) => r.new)
  return {
    reportId: after.id,
    since,
    fromEdition: before.edition,
    toEdition: after.edition,
    changes: changes.map((change) => {
      const touching = new Set([
        ...overlapping(oldNotes, change.oldSpans, oldOrder, (r) => r.old),
        ...overlapping(newNotes, change.newSpans, newOrder, (r) => r.new)
      ])
      return {
        ...change,
        notes: ranges.filter((r) => touching.has(r)).map((r) => touched(r.note))
      }
    })
  }
}

/** Past this many paragraphs, a note is looked at for every change rather than filed under each. */
const WIDE_NOTE_PARAGRAPHS = 32

interface NotesByParagraph<T> {
  byParagraph: Map<number, T[]>
  wide: T[]
}

/** Items by each paragraph (in reading order) their range covers. */
function byParagraph<T>(
  items: readonly T[],
  range: (item: T) => Range | null
): NotesByParagraph<T> {
  const filed: NotesByParagraph<T> = { byParagraph: new Map(), wide: [] }
  for (const item of items) {
    const r = range(item)
    if (!r) continue
    if (r.end.paragraph - r.start.paragraph > WIDE_NOTE_PARAGRAPHS) {
      filed.wide.push(item)
      continue
    }
    for (let p = r.start.paragraph; p <= r.end.paragraph; p++) {
      const list = filed.byParagraph.get(p)
      if (list) list.push(item)
      else filed.byParagraph.set(p, [item])
    }
  }
  return filed
}

/** The items whose range overlaps one of the spans. */
function overlapping<T>(
  filed: NotesByParagraph<T>,
  spans: readonly TextSpan[],
  order: Map<string, number>,
  range: (item: T) => Range | null
): T[] {
  const near = spans.flatMap((span) => {
    const paragraph = order.get(span.paragraphId)
    if (paragraph === undefined) return []
    return (filed.byParagraph.get(paragraph) ?? []).filter((item) =>
      overlapsAny(range(item) as Range, [span], order)
    )
  })
  const wide = filed.wide.filter((item) => overlapsAny(range(item) as Range, spans, order))
  return [...near, ...wide]
}

/** A place in an edition: which paragraph (in reading order) and where in its text. */
interface Point {
  paragraph: number
  offset: number
}
interface Range {
  start: Point
  end: Point
}

const before = (a: Point, b: Point) =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset)

function paragraphOrder(report: ComparableReport): Map<string, number> {
  const order = new Map<string, number>()
  for (const section of report.sections)
    for (const paragraph of section.paragraphs) order.set(paragraph.id, order.size)
  return order
}

function range(
  order: Map<string, number>,
  from: string,
  to: string,
  start: number,
  end: number
): Range | null {
  const first = order.get(from)
  const last = order.get(to)
  if (first === undefined || last === undefined) return null
  return { start: { paragraph: first, offset: start }, end: { paragraph: last, offset: end } }
}

/** Where a note stood in the old edition: its target then (it was made on it or moved to it). */
function oldRange({ annotation }: PlacedNote, hash: string, order: Map<string, number>) {
  const target =
    annotation.editionHash === hash
      ? annotation.target
      : annotation.history?.findLast((place) => place.editionHash === hash)?.target
  if (!target || target.kind !== 'text') return null
  const { paragraphId, endParagraphId, position } = target
  return range(order, paragraphId, endParagraphId ?? paragraphId, position.start, position.end)
}

/** Where a note stands in the new edition, if it could be placed there. */
function newRange(anchor: Anchor, order: Map<string, number>): Range | null {
  if (anchor.status !== 'anchored' || !anchor.paragraphId) return null
  if (anchor.start === undefined || anchor.end === undefined) return null
  const last = anchor.endParagraphId ?? anchor.paragraphId
  return range(order, anchor.paragraphId, last, anchor.start, anchor.end)
}

function overlapsAny(note: Range, spans: readonly TextSpan[], order: Map<string, number>) {
  return spans.some((span) => {
    const paragraph = order.get(span.paragraphId)
    if (paragraph === undefined) return false
    const start = { paragraph, offset: span.start }
    const end = { paragraph, offset: span.end }
    return before(note.start, end) && before(start, note.end)
  })
}

function touched({ annotation, anchor }: PlacedNote): TouchedNote {
  const placement: NotePlacement =
    anchor.status === 'orphan' ? 'unplaced' : (lastMove(annotation)?.kind ?? 'in-place')
  return {
    id: annotation.id,
    color: annotation.color,
    quote: annotation.target.kind === 'text' ? annotation.target.quote.exact : '',
    note: annotation.note,
    placement
  }
}
