import type { ReactNode } from 'react'
import type { ColorId } from '../../../shared/annotations/annotation-model'
import type { Span } from '../../../shared/search/search-types'
import { splitByRanges } from '../../../shared/text/segments'
import { TermText, type TermMark } from '../glossary/TermText'

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
}

/**
 * Text with search hits and user highlights marked, both at once (they may overlap).
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
  terms = []
}: {
  text: string
  spans: readonly Span[]
  firstMark?: number
  activeMark?: number
  highlights?: readonly HighlightMark[]
  /** Acronyms to explain, innermost (inside hits and highlights). */
  terms?: readonly TermMark[]
}) {
  if (spans.length === 0 && highlights.length === 0) return <TermText text={text} terms={terms} />
  const ranges = [...spans.map(([start, end]) => ({ start, end })), ...highlights]
  const segments = splitByRanges(text, ranges)
  const lastSegment = new Map<string, number>()
  segments.forEach((segment, i) => {
    for (const r of segment.covering) {
      if (r >= spans.length) lastSegment.set((highlights[r - spans.length] as HighlightMark).id, i)
    }
  })
  const seen = new Set<string>()
  return (
    <>
      {segments.map((segment, i) => {
        let content: ReactNode = (
          <TermText text={segment.text} offset={segment.start} terms={terms} />
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
          .filter((r) => r >= spans.length)
          .map((r) => highlights[r - spans.length] as HighlightMark)
        if (layers.length === 0) return <span key={i}>{content}</span>
        // Newest innermost: wrap from the inside out.
        for (let depth = layers.length - 1; depth >= 0; depth--) {
          const highlight = layers[depth] as HighlightMark
          const outer = depth > 0 ? (layers[depth - 1] as HighlightMark) : null
          const first = !seen.has(highlight.id) && highlight.startsHere !== false
          seen.add(highlight.id)
          const last = lastSegment.get(highlight.id) === i && highlight.endsHere !== false
          content = (
            <mark
              key={depth === 0 ? i : undefined}
              className={
                `hl hl-${highlight.color}` +
                (outer ? ` over-${outer.color}` : '') +
                (first && highlight.changed ? ' text-changed' : '') +
                (last && highlight.hasNote ? ' has-note' : '')
              }
              data-annotation-id={highlight.id}
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
      })}
    </>
  )
}
