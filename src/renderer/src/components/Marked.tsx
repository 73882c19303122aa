import type { ReactNode } from 'react'
import type { ColorId } from '../../../shared/annotations/annotation-model'
import type { InlineMark } from '../../../shared/report-model'
import type { Span } from '../../../shared/search/search-types'
import { splitByRanges, type LayeredSegment } from '../../../shared/text/segments'
import type { TermMark } from '../glossary/TermText'
import { StyledText } from './StyledText'

/** A user highlight to draw over the text. */
export interface HighlightMark {
  id: string
  start: number
  end: number
  color: ColorId
  /** Spoken and shown on hover: colour meaning, and the start of the note if any. */
  description: string
  hasNote: boolean
  /** A new edition reworded its passage (shown with a mark, and in the description). */
  changed?: boolean
  /**
   * For a highlight over several paragraphs: whether this paragraph holds its start (its focusable
   * piece) and its end (its note marker). Both when it lies in one paragraph.
   */
  startsHere?: boolean
  endsHere?: boolean
  /** A colleague's (or the course's) highlight: read-only, drawn in a style of its own. */
  author?: { initials: string; course: boolean; noteKey: string }
  /** How many notes this one mark stands for, when more than one (see note-piles.ts). */
  count?: number
  /** That count as the reader's language writes it ("10,000", «10 000»), shown on the mark. */
  countLabel?: string
}

/** A link over part of the text: a footnote reference ("[1]") to its footnote. */
export interface TextLink {
  start: number
  end: number
  /** The id of the element it leads to. */
  target: string
  /** The link's own id (the footnote's way back to it), on its first piece. */
  id?: string
  /** What a screen reader says for it, such as "Footnote 1". */
  label: string
}

/** What to draw over a text: hits (numbered from `firstMark`), highlights and links. */
export interface TextMarks {
  spans: readonly Span[]
  firstMark: number
  highlights: readonly HighlightMark[]
  links: readonly TextLink[]
  /** Acronyms to explain (see glossary/TermText.tsx). */
  terms?: readonly TermMark[]
  /** How the text is set: emphasis, strong, code, links (see StyledText.tsx). */
  styles?: readonly InlineMark[]
}

export const NO_MARKS: TextMarks = { spans: [], firstMark: 0, highlights: [], links: [] }

/**
 * Text with search hits and user highlights marked, both at once (they may overlap), and
 * footnote references as links around them.
 * `firstMark` numbers this text's hits in the document-wide count and `activeMark` is the hit the
 * reader is on. The first piece of each highlight is focusable, so highlights work from the
 * keyboard too (Enter opens it, like a click).
 *
 * Highlights that overlap are nested, the older outside: every highlight keeps its own pieces,
 * its focusable start and its note marker, however much a newer one covers it, and where two
 * overlap the inner one is striped with the outer one's colour, so both stay visible.
 */
export function Marked({
  text,
  spans,
  firstMark = 0,
  activeMark = -1,
  highlights = [],
  links = [],
  terms = [],
  styles = []
}: {
  text: string
  spans: readonly Span[]
  firstMark?: number
  activeMark?: number
  highlights?: readonly HighlightMark[]
  links?: readonly TextLink[]
  /** Acronyms to explain, innermost (inside hits, highlights and links). */
  terms?: readonly TermMark[]
  /** How the text is set, inside hits, highlights and links, around acronyms. */
  styles?: readonly InlineMark[]
}) {
  if (spans.length === 0 && highlights.length === 0 && links.length === 0)
    return <StyledText text={text} styles={styles} terms={terms} />
  const linkFrom = spans.length + highlights.length
  const ranges = [...spans.map(([start, end]) => ({ start, end })), ...highlights, ...links]
  const segments = splitByRanges(text, ranges)
  const lastSegment = new Map<string, number>()
  segments.forEach((segment, i) => {
    for (const r of segment.covering) {
      if (r >= spans.length && r < linkFrom) {
        lastSegment.set((highlights[r - spans.length] as HighlightMark).id, i)
      }
    }
  })
  const seen = new Set<string>()
  const linked = new Set<number>()

  const marked = (segment: LayeredSegment, i: number): ReactNode => {
    let content: ReactNode = (
      <StyledText text={segment.text} offset={segment.start} styles={styles} terms={terms} />
    )
    const hit = segment.covering.find((r) => r < spans.length)
    if (hit !== undefined) {
      const number = firstMark + hit
      content = (
        <mark
          className={number === activeMark ? 'hit hit-active' : 'hit'}
          data-hit={number}
          aria-current={number === activeMark ? 'true' : undefined}
        >
          {content}
        </mark>
      )
    }
    const layers = segment.covering
      .filter((r) => r >= spans.length && r < linkFrom)
      .map((r) => highlights[r - spans.length] as HighlightMark)
    if (layers.length === 0) return <span key={i}>{content}</span>
    // Newest innermost: wrap from the inside out.
    for (let depth = layers.length - 1; depth >= 0; depth--) {
      const highlight = layers[depth] as HighlightMark
      const outer = depth > 0 ? (layers[depth - 1] as HighlightMark) : null
      const first = !seen.has(highlight.id) && highlight.startsHere !== false
      seen.add(highlight.id)
      const last = lastSegment.get(highlight.id) === i && highlight.endsHere !== false
      if (highlight.author) {
        content = (
          <mark
            key={depth === 0 ? i : undefined}
            className={`hl-team${highlight.author.course ? ' team-course' : ''}`}
            title={highlight.description}
            data-initials={last ? highlight.author.initials : undefined}
            data-team-note={highlight.author.noteKey}
            // Focusable from script only: "Go to" in the Team tab lands here.
            tabIndex={first ? -1 : undefined}
          >
            {content}
          </mark>
        )
        continue
      }
      content = (
        <mark
          key={depth === 0 ? i : undefined}
          className={
            `hl hl-${highlight.color}` +
            (outer ? ` over-${outer.color}` : '') +
            (first && highlight.changed ? ' text-changed' : '') +
            (last && highlight.hasNote ? ' has-note' : '') +
            (last && highlight.count ? ' pile-count' : '')
          }
          data-annotation-id={highlight.id}
          data-count={last && highlight.count ? highlight.countLabel : undefined}
          title={highlight.description}
          {...(first
            ? { tabIndex: 0, role: 'button', 'aria-description': highlight.description }
            : {})}
        >
          {content}
        </mark>
      )
    }
    return content
  }

  return (
    <>
      {segments.map((segment, i) => {
        const link = segment.covering.find((r) => r >= linkFrom)
        if (link === undefined) return marked(segment, i)
        const { target, id, label } = links[link - linkFrom] as TextLink
        const first = !linked.has(link)
        linked.add(link)
        return (
          <a
            key={i}
            className="footnote-ref"
            href={`#${target}`}
            id={first ? id : undefined}
            aria-label={label}
          >
            {marked(segment, i)}
          </a>
        )
      })}
    </>
  )
}

/**
 * The marks of a text that fall in `cell` (one cell of a table row), in the cell's own offsets:
 * hits keep their numbers, links and highlights are cut to the cell. `region` is the cell with
 * the separator before and after it: a highlight that starts (or ends) there has its focusable
 * start (or its note marker) in this cell, as the separator itself is not drawn.
 */
export function marksInCell(
  marks: TextMarks,
  cell: readonly [number, number],
  region: readonly [number, number]
): TextMarks {
  const [from, to] = cell
  const inCell = ({ start, end }: { start: number; end: number }) => end > from && start < to
  const clip = <T extends { start: number; end: number }>(range: T): T => ({
    ...range,
    start: Math.max(range.start, from) - from,
    end: Math.min(range.end, to) - from
  })
  const firstHit = marks.spans.findIndex(([start, end]) => inCell({ start, end }))
  const spans = marks.spans
    .filter(([start, end]) => inCell({ start, end }))
    .map(([start, end]) => [Math.max(start, from) - from, Math.min(end, to) - from] as Span)
  return {
    spans,
    firstMark: marks.firstMark + Math.max(0, firstHit),
    highlights: marks.highlights.filter(inCell).map((highlight) => ({
      ...clip(highlight),
      startsHere: highlight.startsHere !== false && highlight.start >= region[0],
      endsHere: highlight.endsHere !== false && highlight.end <= region[1]
    })),
    links: marks.links.filter(inCell).map(clip),
    terms: marks.terms?.filter(inCell).map(clip),
    styles: marks.styles?.filter(inCell).map(clip)
  }
}
