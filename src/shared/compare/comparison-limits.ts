import type { ComparableReport } from './edition-sentences'

/**
 * The bounds the app puts on one comparison of two editions, which runs in a worker thread of
 * main (src/main/edition-comparer.ts). The comparison's cost grows with the text's length (about
 * 7 s of CPU and a peak of 63× the text in memory for two unrelated 5 MB editions, 108× for
 * 16,000 sentences alike, 2.7 MB: `npm run -s bench:diff`; most of that peak is garbage the
 * comparison leaves for the collector, not what it keeps), so:
 * - the two editions together may hold up to MAX_COMPARED_CHARACTERS of text (about as many
 *   bytes: reports are mostly one byte a character);
 * - the worker's heap is capped by comparisonHeapMb (what the text needs, with room to spare);
 * - past COMPARISON_TIME_LIMIT_MS it is stopped.
 * Each ends in a plain message to the reader; main and the window go on as before.
 */

/** Text of both editions together: twice the largest report a trainer is likely to ship. */
export const MAX_COMPARED_CHARACTERS = 32_000_000

/** Twenty times what two 5 MB editions take on a busy 2-core machine. */
export const COMPARISON_TIME_LIMIT_MS = 120_000

const MB = 1_000_000

/** The worker's old-generation heap for a comparison of this many characters, in MB. */
export function comparisonHeapMb(characters: number): number {
  return Math.min(1024, Math.max(128, Math.ceil(96 + (24 * characters) / MB)))
}

/** UTF-16 code units of an edition's headings and paragraph text: what the comparison reads. */
export function comparedTextLength(edition: ComparableReport): number {
  let length = 0
  for (const section of edition.sections) {
    length += section.heading.length
    for (const paragraph of section.paragraphs) length += paragraph.text.length
  }
  return length
}
