import { tokenizeWords } from '../text/tokenize'
import { HEADING_BOOST, SEARCH_FIELDS, type SearchDocument } from './lunr-setup'
import { isStopWord, stem } from './term-pipeline'

/**
 * The search engine's index layout: the same documents, tokenizer, stop words and stemmer as the
 * lunr index, laid out as flat typed arrays so that loading is a file read plus one small JSON
 * header (lunr's JSON of a 10 MB corpus is ~40 MB of nested objects and takes over a second to
 * load), and a query walks only the postings of its own terms.
 *
 * Binary layout (little-endian), each array aligned to 4 bytes:
 *   u32 magic "RSIX" · u32 version · u32 header length · header JSON (UTF-8)
 *   docs u32[P] · weights f32[P] · positions u16[Q] · tf u16[P] · fields u8[P]
 * Postings of term t are [termStart[t], termStart[t+1]), sorted by doc then field. A posting's
 * positions are the word ordinals of the term in that field (for phrase checks), `tf` of them.
 * Weights are BM25 (k1 1.2, b 0.75) times the field boost, computed at build time.
 */

export const PACKED_INDEX_VERSION = 1
const MAGIC = 0x58495352 // "RSIX" read little-endian
const FIELDS = [SEARCH_FIELDS.text, SEARCH_FIELDS.heading] as const
const FIELD_BOOST = [1, HEADING_BOOST]
const K1 = 1.2
const B = 0.75
/** Word ordinals are stored as u16: longer paragraphs keep positions for their first 65,535 words. */
const MAX_ORDINAL = 0xffff

export const FIELD_TEXT = 0
export const FIELD_HEADING = 1

interface PackedHeader {
  version: number
  fields: readonly string[]
  refs: string[]
  /** Index terms (stems), sorted. */
  terms: string[]
  /** Per term: start of its postings; length terms + 1. */
  termStart: number[]
  /** Number of documents containing each term, in any field. */
  docFreq: number[]
  /** Unstemmed words as typed, sorted, with the index term each stems to: for prefixes and typos. */
  words: string[]
  wordTerm: number[]
  postingCount: number
  positionCount: number
}

/** Builds the packed index of the documents, byte-for-byte reproducibly. */
export function packIndex(documents: readonly SearchDocument[]): Uint8Array {
  // stem → doc → field → ordinals
  const postings = new Map<string, Map<number, number[][]>>()
  const wordTerms = new Map<string, string>()
  const fieldLengths = FIELDS.map(() => new Array<number>(documents.length).fill(0))

  documents.forEach((document, doc) => {
    FIELDS.forEach((field, fieldId) => {
      tokenizeWords(document[field]).forEach((word, ordinal) => {
        const terms = word.joined ? [...word.parts, word.joined] : word.parts
        for (const { term } of terms) {
          if (isStopWord(term)) continue
          const stemmed = stem(term)
          wordTerms.set(term, stemmed)
          let byDoc = postings.get(stemmed)
          if (!byDoc) postings.set(stemmed, (byDoc = new Map()))
          let byField = byDoc.get(doc)
          if (!byField) byDoc.set(doc, (byField = FIELDS.map(() => [])))
          byField[fieldId]?.push(Math.min(ordinal, MAX_ORDINAL))
          const lengths = fieldLengths[fieldId] as number[]
          lengths[doc] = (lengths[doc] ?? 0) + 1
        }
      })
    })
  })

  const averageLength = fieldLengths.map(
    (lengths) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1
  )
  const terms = [...postings.keys()].sort(compareStrings)
  const termStart: number[] = [0]
  const docFreq: number[] = []
  const docs: number[] = []
  const weights: number[] = []
  const tfs: number[] = []
  const fields: number[] = []
  const positions: number[] = []
  const n = documents.length
  for (const term of terms) {
    const byDoc = postings.get(term) as Map<number, number[][]>
    const df = byDoc.size
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) {
      const byField = byDoc.get(doc) as number[][]
      byField.forEach((ordinals, fieldId) => {
        if (ordinals.length === 0) return
        const tf = Math.min(ordinals.length, 0xffff)
        const length = (fieldLengths[fieldId] as number[])[doc] ?? 0
        const norm = 1 - B + (B * length) / (averageLength[fieldId] as number)
        docs.push(doc)
        fields.push(fieldId)
        tfs.push(tf)
        weights.push((FIELD_BOOST[fieldId] as number) * idf * ((tf * (K1 + 1)) / (tf + K1 * norm)))
        positions.push(...ordinals.slice(0, tf))
      })
    }
    termStart.push(docs.length)
    docFreq.push(df)
  }
  const words = [...wordTerms.keys()].sort(compareStrings)
  const termIds = new Map(terms.map((term, i) => [term, i]))
  const header: PackedHeader = {
    version: PACKED_INDEX_VERSION,
    fields: FIELDS,
    refs: documents.map((d) => d.ref),
    terms,
    termStart,
    docFreq,
    words,
    wordTerm: words.map((word) => termIds.get(wordTerms.get(word) as string) as number),
    postingCount: docs.length,
    positionCount: positions.length
  }
  return encode(header, {
    docs: Uint32Array.from(docs),
    weights: Float32Array.from(weights),
    positions: Uint16Array.from(positions),
    tfs: Uint16Array.from(tfs),
    fields: Uint8Array.from(fields)
  })
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const align4 = (n: number) => (n + 3) & ~3

function encode(
  header: PackedHeader,
  arrays: {
    docs: Uint32Array
    weights: Float32Array
    positions: Uint16Array
    tfs: Uint16Array
    fields: Uint8Array
  }
): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const parts = [arrays.docs, arrays.weights, arrays.positions, arrays.tfs, arrays.fields]
  let size = align4(12 + headerBytes.length)
  for (const part of parts) size = align4(size + part.byteLength)
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, PACKED_INDEX_VERSION, true)
  view.setUint32(8, headerBytes.length, true)
  out.set(headerBytes, 12)
  let offset = align4(12 + headerBytes.length)
  for (const part of parts) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset)
    offset = align4(offset + part.byteLength)
  }
  return out
}

/** A loaded packed index: views over the file's bytes, plus lookups built from the header. */
export class PackedIndex {
  readonly refs: readonly string[]
  readonly terms: readonly string[]
  readonly docFreq: readonly number[]
  readonly words: readonly string[]
  readonly wordTerm: readonly number[]
  readonly docs: Uint32Array
  readonly weights: Float32Array
  readonly positions: Uint16Array
  readonly tfs: Uint16Array
  readonly fields: Uint8Array
  private readonly termStart: readonly number[]
  private readonly termIds: Map<string, number>
  /** Start of each posting's positions: prefix sums of tf, computed once at load. */
  private readonly positionStart: Uint32Array

  constructor(bytes: Uint8Array) {
    if (bytes.byteLength < 12) throw new Error('search index: file too short')
    // Copy to a fresh, aligned buffer when needed (Node's Buffer pool may give any offset).
    const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    if (view.getUint32(0, true) !== MAGIC)
      throw new Error('search index: not a packed search index')
    const version = view.getUint32(4, true)
    if (version !== PACKED_INDEX_VERSION) {
      throw new Error(`search index: format version ${version}, expected ${PACKED_INDEX_VERSION}`)
    }
    const headerLength = view.getUint32(8, true)
    let header: PackedHeader
    try {
      header = JSON.parse(
        new TextDecoder().decode(data.subarray(12, 12 + headerLength))
      ) as PackedHeader
    } catch {
      throw new Error('search index: damaged header')
    }
    const p = header.postingCount
    const q = header.positionCount
    let offset = data.byteOffset + align4(12 + headerLength)
    const take = <T>(
      make: (buffer: ArrayBufferLike, at: number, count: number) => T,
      count: number,
      size: number
    ): T => {
      if (offset + count * size > data.byteOffset + data.byteLength)
        throw new Error('search index: truncated')
      const array = make(data.buffer, offset, count)
      offset = align4(offset + count * size)
      return array
    }
    this.docs = take((b, at, c) => new Uint32Array(b, at, c), p, 4)
    this.weights = take((b, at, c) => new Float32Array(b, at, c), p, 4)
    this.positions = take((b, at, c) => new Uint16Array(b, at, c), q, 2)
    this.tfs = take((b, at, c) => new Uint16Array(b, at, c), p, 2)
    this.fields = take((b, at, c) => new Uint8Array(b, at, c), p, 1)
    this.refs = header.refs
    this.terms = header.terms
    this.termStart = header.termStart
    this.docFreq = header.docFreq
    this.words = header.words
    this.wordTerm = header.wordTerm
    this.termIds = new Map(header.terms.map((term, i) => [term, i]))
    this.positionStart = new Uint32Array(p + 1)
    for (let i = 0; i < p; i++)
      this.positionStart[i + 1] = (this.positionStart[i] as number) + (this.tfs[i] as number)
    if (this.positionStart[p] !== q) throw new Error('search index: positions do not add up')
  }

  get documentCount(): number {
    return this.refs.length
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term)
  }

  /** [first, end) posting numbers of a term. */
  postingRange(termId: number): [number, number] {
    return [this.termStart[termId] as number, this.termStart[termId + 1] as number]
  }

  /** The word ordinals of a posting. */
  postingPositions(posting: number): Uint16Array {
    return this.positions.subarray(this.positionStart[posting], this.positionStart[posting + 1])
  }

  /** Index of the first word ≥ prefix (binary search over the sorted words). */
  firstWordAtOrAfter(prefix: string): number {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((this.words[mid] as string) < prefix) low = mid + 1
      else high = mid
    }
    return low
  }
}
