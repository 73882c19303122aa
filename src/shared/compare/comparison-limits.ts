import type { ComparableReport } from './edition-sentences'

/**
 * The bounds the app puts on one comparison of two editions, which runs in a worker thread of
 * main (src/main/edition-comparer.ts). The comparison's cost grows with the text's length. In a
 * worker with the app's limits, the process peaks at about 37× the text for two unrelated 5 MB
 * editions (6 s of CPU) and 65× for 16,000 sentences alike (2.7 MB), of which about 85 MB is Node
 * and the worker before comparing (`npm run -s bench:diff -- --cases alike:16000,unrelated:5
 * --heap app`). So:
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

/**
 * The worker's young generation, in MB. Left to V8 it is tens of MB, and a comparison's
 * short-lived garbage (each sentence's words, the pairs measured) piles up in it: a small one is
 * collected sooner, and the peak falls by about 40% for the same CPU time (16,000 alike sentences
 * 104–112× the text → 65×; two unrelated 5 MB reports 63× → 37–38×, interleaved in one run of
 * `npm run -s bench:diff -- --cases alike:16000,unrelated:5 --heap app`; 4 MB gave no more).
 */
export const COMPARISON_YOUNG_GENERATION_MB = 12

/** What a comparison's worker thread is given (Node's `resourceLimits`), in the app and in the benchmark. */
export function comparisonWorkerLimits(heapMb: number): {
  maxOldGenerationSizeMb: number
  maxYoungGenerationSizeMb: number
} {
  return {
    maxOldGenerationSizeMb: heapMb,
    maxYoungGenerationSizeMb: COMPARISON_YOUNG_GENERATION_MB
  }
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
