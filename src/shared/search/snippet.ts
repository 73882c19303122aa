import type { Span } from './search-types'

/** Sorted, non-overlapping spans: overlapping or touching spans are merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Span[] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

export const SNIPPET_LENGTH = 200
const ELLIPSIS = '…'

/**
 * A window of about `length` characters of the text around the densest cluster of hits, cut at
 * word boundaries, with "…" where text was left out, and the hit spans moved into it. `start`
 * and `end` say which part of the text the window shows.
 */
export function makeSnippet(
  text: string,
  spans: readonly Span[],
  length = SNIPPET_LENGTH
): { snippet: string; highlights: Span[]; start: number; end: number } {
  const hits = mergeSpans(spans)
  if (text.length <= length) return { snippet: text, highlights: hits, start: 0, end: text.length }

  // The window that starts at a hit and covers the most hits.
  let bestStart = hits[0]?.[0] ?? 0
  let bestCount = 0
  for (let i = 0, j = 0; i < hits.length; i++) {
    const windowStart = (hits[i] as Span)[0]
    while (j < hits.length && (hits[j] as Span)[1] <= windowStart + length * 0.75) j++
    if (j - i > bestCount) {
      bestCount = j - i
      bestStart = windowStart
    }
  }
  // Some context before the first hit, then snap both ends to spaces.
  let start = Math.max(0, Math.min(bestStart - Math.round(length * 0.25), text.length - length))
  let end = Math.min(text.length, start + length)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < bestStart) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start && space >= Math.min(end, hits.find((h) => h[0] >= bestStart)?.[1] ?? 0))
      end = space
  }
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < text.length ? ELLIPSIS : ''
  const shift = prefix.length - start
  const highlights = hits
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Span => [s + shift, e + shift])
  return { snippet: prefix + text.slice(start, end).trimEnd() + suffix, highlights, start, end }
}
