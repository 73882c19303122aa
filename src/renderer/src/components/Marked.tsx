import type { Span } from '../../../shared/search/search-types'
import { splitBySpans } from '../../../shared/text/segments'

/**
 * Text with some spans wrapped in <mark>. `firstMark` numbers the marks (for stepping through the
 * hits of a document) and `activeMark` is the one the reader is on.
 */
export function Marked({
  text,
  spans,
  firstMark = 0,
  activeMark = -1
}: {
  text: string
  spans: readonly Span[]
  firstMark?: number
  activeMark?: number
}) {
  if (spans.length === 0) return <>{text}</>
  return (
    <>
      {splitBySpans(text, spans).map((segment, i) => {
        if (segment.mark === null) return segment.text
        const number = firstMark + segment.mark
        return (
          <mark
            key={i}
            className={number === activeMark ? 'hit hit-active' : 'hit'}
            data-hit={number}
            aria-current={number === activeMark ? 'true' : undefined}
          >
            {segment.text}
          </mark>
        )
      })}
    </>
  )
}
