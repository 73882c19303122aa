import type { ReactNode } from 'react'
import type { ColorId } from '../../../shared/annotations/annotation-model'
import type { Span } from '../../../shared/search/search-types'
import { splitByRanges } from '../../../shared/text/segments'

/** A user highlight to draw over the text. */
export interface HighlightMark {
  id: string
  start: number
  end: number
  color: ColorId
  /** Spoken and shown on hover: colour meaning, and the start of the note if any. */
  description: string
  hasNote: boolean
}

/**
 * Text with search hits and user highlights marked, both at once (they may overlap).
 * `firstMark` numbers this text's hits in the document-wide count and `activeMark` is the hit the
 * reader is on. The first piece of each highlight is focusable, so highlights work from the
 * keyboard too (Enter opens it, like a click).
 */
export function Marked({
  text,
  spans,
  firstMark = 0,
  activeMark = -1,
  highlights = []
}: {
  text: string
  spans: readonly Span[]
  firstMark?: number
  activeMark?: number
  highlights?: readonly HighlightMark[]
}) {
  if (spans.length === 0 && highlights.length === 0) return <>{text}</>
  const ranges = [...spans.map(([start, end]) => ({ start, end })), ...highlights]
  const seen = new Set<string>()
  const segments = splitByRanges(text, ranges)
  return (
    <>
      {segments.map((segment, i) => {
        let content: ReactNode = segment.text
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
        const covering = segment.covering.filter((r) => r >= spans.length)
        const top = covering[covering.length - 1]
        if (top === undefined) return <span key={i}>{content}</span>
        const highlight = highlights[top - spans.length] as HighlightMark
        const first = !seen.has(highlight.id)
        seen.add(highlight.id)
        const last = !segments.slice(i + 1).some((s) => s.covering.includes(top))
        return (
          <mark
            key={i}
            className={`hl hl-${highlight.color}${last && highlight.hasNote ? ' has-note' : ''}`}
            data-annotation-id={highlight.id}
            title={highlight.description}
            {...(first
              ? { tabIndex: 0, role: 'button', 'aria-description': highlight.description }
              : {})}
          >
            {content}
          </mark>
        )
      })}
    </>
  )
}
