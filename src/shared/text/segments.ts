/** A run of text, marked or not; `mark` is the index of the span it belongs to. */
export interface Segment {
  text: string
  mark: number | null
}

/**
 * Splits text into runs at sorted, non-overlapping [start, end) spans, so a view can wrap the
 * marked runs (search hits now, user highlights later) without touching the text itself.
 * Spans outside the text are clipped; empty ones are dropped.
 */
export function splitBySpans(
  text: string,
  spans: readonly (readonly [number, number])[]
): Segment[] {
  const segments: Segment[] = []
  let at = 0
  spans.forEach(([rawStart, rawEnd], mark) => {
    const start = Math.max(at, Math.min(rawStart, text.length))
    const end = Math.max(start, Math.min(rawEnd, text.length))
    if (end === start) return
    if (start > at) segments.push({ text: text.slice(at, start), mark: null })
    segments.push({ text: text.slice(start, end), mark })
    at = end
  })
  if (at < text.length) segments.push({ text: text.slice(at), mark: null })
  return segments
}
