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

/** A run of text and the ranges (by index) that cover all of it. */
export interface LayeredSegment {
  text: string
  start: number
  covering: number[]
}

/**
 * Splits text at the edges of possibly overlapping ranges (user highlights and search hits at
 * once), so each run knows every range it belongs to. Every character appears exactly once.
 */
export function splitByRanges(
  text: string,
  ranges: readonly { start: number; end: number }[]
): LayeredSegment[] {
  const edges = new Set<number>([0, text.length])
  for (const { start, end } of ranges) {
    edges.add(Math.max(0, Math.min(start, text.length)))
    edges.add(Math.max(0, Math.min(end, text.length)))
  }
  const points = [...edges].sort((a, b) => a - b)
  const segments: LayeredSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (end <= start) continue
    const covering: number[] = []
    ranges.forEach((r, index) => {
      if (r.start <= start && r.end >= end) covering.push(index)
    })
    segments.push({ text: text.slice(start, end), start, covering })
  }
  return segments
}
