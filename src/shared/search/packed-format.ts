import { HEADING_BOOST, SEARCH_FIELDS } from './lunr-setup'

/**
 * The layout of search-index.bin, the search engine's index: the same documents, tokenizer, stop
 * words and stemmer as the lunr index, as flat typed arrays. Written by pack-index.ts at build
 * time, read by packed-index.ts. Opening it reads only its head (the directory); a term's
 * postings, the typo table and a paragraph's text are read when a search first needs them, so
 * search is ready after a few megabytes whatever the library's size.
 *
 * Little-endian; every array starts at a multiple of 4 bytes.
 *   Header: u32 magic "RSIX" · u32 version · u32 meta length · meta JSON (counts, sizes, reports)
 *   Directory, read at once:
 *     termStart u32[T+1] · docFreq u32[T] · termText u32[T+1] + UTF-8
 *     wordTerm u32[W] · wordText u32[W+1] + UTF-8 · blockStart u32[T+1]
 *     docSection u32[D] · sectionIds u32[S+1] + UTF-8 · headings u32[S+1] + UTF-8
 *     paragraphIds u32[D+1] + UTF-8 (none when every id is `<section id>-p<n>`) · textStart u32[D+1]
 *   Blocks, one per term, read when first searched:
 *     docs u32[n] · weights f32[n] · positionStart u32[n+1] · fields u8[n] · positions u16[m]
 *   Typo table, read on the first correction: gramStart u32[G+1] · gramWords u32[N]
 *   Texts: every paragraph's text, UTF-8, read for the results shown
 *
 * Terms (stems) and words (as typed, unstemmed, for prefixes and typos) are sorted by code point,
 * which is the order of their UTF-8 bytes, so they are found by binary search over the bytes.
 * Documents are the paragraphs of the library in reading order: report by report, each report's
 * paragraphs in a row (the meta lists each report's id, contentHash and paragraph count); each
 * has its section (numbered across the library), id and text, each section its id and heading,
 * so a search never reads the reports themselves.
 * Term t has n = termStart[t+1] − termStart[t] postings, sorted by doc then field, in the block at
 * blockStart[t] (from the start of the blocks). A posting's positions are the word ordinals of the
 * term in that field, for phrases: positions[positionStart[i] … positionStart[i+1]). Weights are
 * BM25 (k1 1.2, b 0.75) times the field boost.
 * The typo table lists, for each of G buckets of letter pairs (the first letter paired with the
 * start of the word, then each letter with the next), the words that hold a pair of that bucket:
 * a misspelled word is compared only with the words that share enough pairs (closest-word.ts).
 */

export const PACKED_INDEX_VERSION = 3
export const MAGIC = 0x58495352 // "RSIX" read little-endian
export const FIELDS = [SEARCH_FIELDS.text, SEARCH_FIELDS.heading] as const
export const FIELD_BOOST = [1, HEADING_BOOST]
export const FIELD_TEXT = 0
export const FIELD_HEADING = 1
/** Word ordinals are stored as u16: longer paragraphs keep positions for their first 65,535 words. */
export const MAX_ORDINAL = 0xffff

/** A report as the index knows it: its documents are `paragraphs` consecutive paragraphs. */
export interface IndexedReport {
  id: string
  contentHash: string
  paragraphs: number
}

export interface PackedMeta {
  version: number
  fields: readonly string[]
  reports: IndexedReport[]
  termCount: number
  termBytes: number
  wordCount: number
  wordBytes: number
  sectionCount: number
  sectionIdBytes: number
  headingBytes: number
  /** Whether every paragraph id is `<section id>-p<n>` (then none is stored). */
  derivedParagraphIds: boolean
  paragraphIdBytes: number
  blockBytes: number
  gramBuckets: number
  gramCount: number
  textBytes: number
}

export const align4 = (n: number): number => (n + 3) & ~3

/** Bytes of a term's block with n postings and m positions. */
export function blockSize(n: number, m: number): number {
  return n * 4 + n * 4 + (n + 1) * 4 + align4(n) + align4(m * 2)
}

/** Where each part of the file starts, and how long the whole file is. */
export interface PackedLayout {
  /** The sizes of the directory's arrays, in order, from `directory`. */
  directoryParts: number[]
  directory: number
  blocks: number
  grams: number
  texts: number
  byteLength: number
}

/** The documents of the index: every report's paragraphs. */
export const documentCount = (meta: PackedMeta): number =>
  meta.reports.reduce((n, r) => n + r.paragraphs, 0)

export function layoutOf(meta: PackedMeta, metaLength: number): PackedLayout {
  const t = meta.termCount
  const w = meta.wordCount
  const s = meta.sectionCount
  const d = documentCount(meta)
  const directoryParts = [
    (t + 1) * 4,
    t * 4,
    (t + 1) * 4,
    meta.termBytes,
    w * 4,
    (w + 1) * 4,
    meta.wordBytes,
    (t + 1) * 4,
    d * 4,
    (s + 1) * 4,
    meta.sectionIdBytes,
    (s + 1) * 4,
    meta.headingBytes,
    meta.derivedParagraphIds ? 0 : (d + 1) * 4,
    meta.paragraphIdBytes,
    (d + 1) * 4
  ]
  const directory = align4(12 + metaLength)
  const blocks = directoryParts.reduce((at, n) => align4(at + n), directory)
  const grams = align4(blocks + meta.blockBytes)
  const texts = align4(grams + (meta.gramBuckets + 1) * 4 + meta.gramCount * 4)
  return { directoryParts, directory, blocks, grams, texts, byteLength: texts + meta.textBytes }
}

/**
 * How many buckets the typo table has for a vocabulary: a power of two, about one per four words
 * (from 256 to 16,384). Pairs are hashed into them; a collision costs a comparison, never a miss.
 */
export function gramBucketsFor(words: number): number {
  let buckets = 256
  while (buckets < 16384 && buckets * 4 < words) buckets *= 2
  return buckets
}

/** The code point that stands for the start of a word in its first pair. */
const WORD_START = 0

/** The bucket of the letter pair (a, b), among `buckets` (a power of two). */
export function gramBucket(a: number, b: number, buckets: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) >>> (32 - Math.log2(buckets))
}

/** The buckets of a word's letter pairs, the start of the word counting as a letter: one per pair. */
export function wordGrams(points: readonly number[], buckets: number): number[] {
  return points.map((point, i) =>
    gramBucket(i === 0 ? WORD_START : (points[i - 1] as number), point, buckets)
  )
}

/** A paragraph's id when it is derived from its section's: `<section id>-p<n>`, n from 1. */
export const derivedParagraphId = (sectionId: string, n: number): string => `${sectionId}-p${n}`
