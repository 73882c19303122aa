import type { Library } from '../report-model'
import { tokenizeWords } from '../text/tokenize'
import { HEADING_BOOST, SEARCH_FIELDS } from './lunr-setup'
import { isStopWord, stem } from './term-pipeline'

/**
 * The search engine's index layout: the same documents, tokenizer, stop words and stemmer as the
 * lunr index, laid out as flat typed arrays, so that loading is a file read plus views over its
 * bytes (no JSON of terms or refs to parse, no tables built at load), and a query walks only the
 * postings of its own terms.
 *
 * Binary layout (little-endian), each array aligned to 4 bytes:
 *   u32 magic "RSIX" · u32 version · u32 meta length · meta JSON (UTF-8): counts and the reports
 *   termStart u32[T+1] · docFreq u32[T] · termText u32[T+1] + UTF-8 bytes of the terms
 *   wordTerm u32[W] · wordText u32[W+1] + UTF-8 bytes of the words
 *   docs u32[P] · weights f32[P] · positionStart u32[P+1] · positions u16[Q] · fields u8[P]
 * Terms (stems) and words (as typed, unstemmed, for prefixes and typos) are sorted by code point,
 * which is the order of their UTF-8 bytes, so they are found by binary search over the bytes.
 * Documents are the paragraphs of the library in reading order: report by report, each report's
 * paragraphs in a row (the meta lists each report's id, contentHash and paragraph count).
 * Postings of term t are [termStart[t], termStart[t+1]), sorted by doc then field. A posting's
 * positions are [positionStart[p], positionStart[p+1]): the word ordinals of the term in that
 * field, for phrase checks. Weights are BM25 (k1 1.2, b 0.75) times the field boost.
 */

export const PACKED_INDEX_VERSION = 2
const MAGIC = 0x58495352 // "RSIX" read little-endian
const FIELDS = [SEARCH_FIELDS.text, SEARCH_FIELDS.heading] as const
const FIELD_BOOST = [1, HEADING_BOOST]
const K1 = 1.2
const B = 0.75
/** Word ordinals are stored as u16: longer paragraphs keep positions for their first 65,535 words. */
const MAX_ORDINAL = 0xffff

export const FIELD_TEXT = 0
export const FIELD_HEADING = 1

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
  postingCount: number
  positionCount: number
}

/** A growable typed array: postings are logged in document order, then sorted by term once. */
export class Log<T extends Uint32Array | Uint16Array | Uint8Array> {
  length = 0
  constructor(
    private data: T,
    private readonly make: (size: number) => T
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
  get(i: number): number {
    return this.data[i] as number
  }
}

export const u32 = (size: number) => new Uint32Array(size)

/** Builds the packed index of the library, byte-for-byte reproducibly. */
export function packIndex(library: Library): Uint8Array {
  const termIds = new Map<string, number>()
  const wordTerms = new Map<string, string>()
  // Postings in document order: term, doc, field, and where its positions start in the log.
  const postTerm = new Log(u32(1 << 16), u32)
  const postDoc = new Log(u32(1 << 16), u32)
  const postField = new Log(new Uint8Array(1 << 16), (n) => new Uint8Array(n))
  const postPositions = new Log(u32(1 << 16), u32)
  const positions = new Log(new Uint16Array(1 << 16), (n) => new Uint16Array(n))
  const docFreq: number[] = []
  const lastDoc: number[] = []
  const fieldLengths = FIELDS.map(() => [] as number[])

  let doc = 0
  const reports: IndexedReport[] = []
  for (const report of library.reports) {
    let paragraphs = 0
    for (const section of report.sections) {
      for (const paragraph of section.paragraphs) {
        const document = { text: paragraph.text, heading: section.heading }
        FIELDS.forEach((field, fieldId) => {
          // term → ordinals in this field of this document, in first-seen order
          const found = new Map<number, number[]>()
          let length = 0
          tokenizeWords(document[field]).forEach((word, ordinal) => {
            const terms = word.joined ? [...word.parts, word.joined] : word.parts
            for (const { term } of terms) {
              if (isStopWord(term)) continue
              const stemmed = stem(term)
              if (!wordTerms.has(term)) wordTerms.set(term, stemmed)
              let id = termIds.get(stemmed)
              if (id === undefined) {
                id = termIds.size
                termIds.set(stemmed, id)
                docFreq.push(0)
                lastDoc.push(-1)
              }
              const ordinals = found.get(id)
              if (ordinals) ordinals.push(Math.min(ordinal, MAX_ORDINAL))
              else found.set(id, [Math.min(ordinal, MAX_ORDINAL)])
              length++
            }
          })
          ;(fieldLengths[fieldId] as number[]).push(length)
          for (const [id, ordinals] of found) {
            if (lastDoc[id] !== doc) {
              lastDoc[id] = doc
              docFreq[id] = (docFreq[id] as number) + 1
            }
            postTerm.push(id)
            postDoc.push(doc)
            postField.push(fieldId)
            postPositions.push(positions.length)
            for (const ordinal of ordinals.slice(0, 0xffff)) positions.push(ordinal)
          }
        })
        doc++
        paragraphs++
      }
    }
    reports.push({ id: report.id, contentHash: report.contentHash, paragraphs })
  }
  postPositions.push(positions.length)

  const n = doc
  const averageLength = fieldLengths.map(
    (lengths) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1
  )
  // Terms in code point order; postings grouped by term with a stable counting sort.
  const byId = [...termIds.keys()]
  const order = byId
    .map((_, id) => id)
    .sort((a, b) => compareCodePoints(byId[a] as string, byId[b] as string))
  const rank = new Uint32Array(order.length)
  order.forEach((id, r) => (rank[id] = r))
  const termStart = new Uint32Array(order.length + 1)
  for (let i = 0; i < postTerm.length; i++) {
    const at = (rank[postTerm.get(i)] as number) + 1
    termStart[at] = (termStart[at] as number) + 1
  }
  for (let t = 0; t < order.length; t++)
    termStart[t + 1] = (termStart[t + 1] as number) + (termStart[t] as number)
  const p = postTerm.length
  const docs = new Uint32Array(p)
  const fields = new Uint8Array(p)
  const weights = new Float32Array(p)
  const tfs = new Uint32Array(p)
  const next = termStart.slice(0, order.length)
  const from = new Uint32Array(p)
  for (let i = 0; i < p; i++) {
    const r = rank[postTerm.get(i)] as number
    const at = next[r] as number
    next[r] = at + 1
    from[at] = i
    docs[at] = postDoc.get(i)
    fields[at] = postField.get(i)
  }
  const positionStart = new Uint32Array(p + 1)
  const sortedPositions = new Uint16Array(positions.length)
  let q = 0
  for (let at = 0; at < p; at++) {
    const i = from[at] as number
    const start = postPositions.get(i)
    const tf = postPositions.get(i + 1) - start
    positionStart[at] = q
    for (let k = 0; k < tf; k++) sortedPositions[q++] = positions.get(start + k)
    tfs[at] = tf
  }
  positionStart[p] = q
  for (let t = 0; t < order.length; t++) {
    const df = docFreq[order[t] as number] as number
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    for (let at = termStart[t] as number; at < (termStart[t + 1] as number); at++) {
      const fieldId = fields[at] as number
      const tf = tfs[at] as number
      const length = (fieldLengths[fieldId] as number[])[docs[at] as number] ?? 0
      const norm = 1 - B + (B * length) / (averageLength[fieldId] as number)
      weights[at] = (FIELD_BOOST[fieldId] as number) * idf * ((tf * (K1 + 1)) / (tf + K1 * norm))
    }
  }

  const terms = order.map((id) => byId[id] as string)
  const words = [...wordTerms.keys()].sort(compareCodePoints)
  const termText = packStrings(terms)
  const wordText = packStrings(words)
  const meta: PackedMeta = {
    version: PACKED_INDEX_VERSION,
    fields: FIELDS,
    reports,
    termCount: terms.length,
    termBytes: termText.bytes.length,
    wordCount: words.length,
    wordBytes: wordText.bytes.length,
    postingCount: p,
    positionCount: q
  }
  return encode(meta, [
    termStart,
    Uint32Array.from(order, (id) => docFreq[id] as number),
    termText.offsets,
    termText.bytes,
    Uint32Array.from(
      words,
      (word) => rank[termIds.get(wordTerms.get(word) as string) as number] as number
    ),
    wordText.offsets,
    wordText.bytes,
    docs,
    weights,
    positionStart,
    sortedPositions,
    fields
  ])
}

/**
 * Code point order (the order of UTF-8 bytes): UTF-16 order, except that characters above
 * U+FFFF (surrogate pairs) sort after U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000
    if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000
    return x - y
  }
  return a.length - b.length
}

function packStrings(strings: readonly string[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const encoder = new TextEncoder()
  const encoded = strings.map((s) => encoder.encode(s))
  const offsets = new Uint32Array(strings.length + 1)
  encoded.forEach((e, i) => (offsets[i + 1] = (offsets[i] as number) + e.length))
  const bytes = new Uint8Array(offsets[strings.length] as number)
  encoded.forEach((e, i) => bytes.set(e, offsets[i]))
  return { offsets, bytes }
}

const align4 = (n: number) => (n + 3) & ~3

type Packed = Uint32Array | Uint16Array | Uint8Array | Float32Array

function encode(meta: PackedMeta, parts: readonly Packed[]): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta))
  let size = align4(12 + metaBytes.length)
  for (const part of parts) size = align4(size + part.byteLength)
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, PACKED_INDEX_VERSION, true)
  view.setUint32(8, metaBytes.length, true)
  out.set(metaBytes, 12)
  let offset = align4(12 + metaBytes.length)
  for (const part of parts) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset)
    offset = align4(offset + part.byteLength)
  }
  return out
}

/**
 * The header of a packed index: its meta, and how long the whole file must be. `head` holds at
 * least the file's first 12 bytes; with fewer than `12 + metaLength` it throws, so a caller can
 * check a file by reading its first few kilobytes.
 */
export function readPackedHeader(head: Uint8Array): {
  meta: PackedMeta
  metaLength: number
  byteLength: number
} {
  if (head.byteLength < 12) throw new Error('search index: file too short')
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  if (view.getUint32(0, true) !== MAGIC) throw new Error('search index: not a packed search index')
  const version = view.getUint32(4, true)
  if (version !== PACKED_INDEX_VERSION) {
    throw new Error(`search index: format version ${version}, expected ${PACKED_INDEX_VERSION}`)
  }
  const metaLength = view.getUint32(8, true)
  if (head.byteLength < 12 + metaLength) throw new Error('search index: file too short')
  let meta: PackedMeta
  try {
    meta = JSON.parse(new TextDecoder().decode(head.subarray(12, 12 + metaLength))) as PackedMeta
  } catch {
    throw new Error('search index: damaged header')
  }
  const { termCount: t, wordCount: w, postingCount: p, positionCount: q } = meta
  const sizes = [
    (t + 1) * 4,
    t * 4,
    (t + 1) * 4,
    meta.termBytes,
    w * 4,
    (w + 1) * 4,
    meta.wordBytes,
    p * 4,
    p * 4,
    (p + 1) * 4,
    q * 2,
    p
  ]
  if (!sizes.every((n) => Number.isInteger(n) && n >= 0) || !Array.isArray(meta.reports))
    throw new Error('search index: damaged header')
  const byteLength = sizes.reduce((at, n) => align4(at + n), align4(12 + metaLength))
  return { meta, metaLength, byteLength }
}

/** Sorted strings stored as UTF-8 bytes: found by binary search, decoded only when read. */
class StringTable {
  private readonly decoder = new TextDecoder()
  constructor(
    readonly offsets: Uint32Array,
    readonly bytes: Uint8Array
  ) {}

  get length(): number {
    return this.offsets.length - 1
  }

  at(i: number): string {
    return this.decoder.decode(this.bytes.subarray(this.offsets[i], this.offsets[i + 1]))
  }

  /** <0, 0, >0 as string i sorts before, equals or after `key`, on its first `limit` bytes. */
  compare(i: number, key: Uint8Array, limit = Infinity): number {
    const start = this.offsets[i] as number
    const length = Math.min((this.offsets[i + 1] as number) - start, limit)
    const shared = Math.min(length, key.length)
    for (let k = 0; k < shared; k++) {
      const d = (this.bytes[start + k] as number) - (key[k] as number)
      if (d !== 0) return d
    }
    return length - Math.min(key.length, limit)
  }

  /** The first string ≥ key (on its first `limit` bytes), by binary search. */
  lowerBound(key: Uint8Array, limit = Infinity): number {
    let low = 0
    let high = this.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.compare(mid, key, limit) < 0) low = mid + 1
      else high = mid
    }
    return low
  }

  /** The first string whose first `key.length` bytes sort after key: the end of key's prefix range. */
  prefixEnd(key: Uint8Array, from = 0): number {
    let low = from
    let high = this.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.compare(mid, key, key.length) <= 0) low = mid + 1
      else high = mid
    }
    return low
  }

  indexOf(key: Uint8Array): number {
    const i = this.lowerBound(key)
    return i < this.length && this.compare(i, key) === 0 ? i : -1
  }
}

const encoder = new TextEncoder()

/** A loaded packed index: views over the file's bytes; nothing is parsed but a small meta. */
export class PackedIndex {
  readonly reports: readonly IndexedReport[]
  /** First document of each report; length reports + 1. */
  readonly reportStart: Uint32Array
  readonly docFreq: Uint32Array
  readonly wordTerm: Uint32Array
  readonly docs: Uint32Array
  readonly weights: Float32Array
  readonly positionStart: Uint32Array
  readonly positions: Uint16Array
  readonly fields: Uint8Array
  private readonly termStart: Uint32Array
  private readonly terms: StringTable
  readonly words: StringTable

  constructor(bytes: Uint8Array) {
    // Copy to a fresh, aligned buffer when needed (Node's Buffer pool may give any offset).
    const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
    const { meta, metaLength, byteLength } = readPackedHeader(data)
    if (data.byteLength < byteLength) throw new Error('search index: truncated')
    let offset = data.byteOffset + align4(12 + metaLength)
    const take = <T>(
      make: (buffer: ArrayBufferLike, at: number, count: number) => T,
      count: number,
      size: number
    ): T => {
      if (
        !Number.isInteger(count) ||
        count < 0 ||
        offset + count * size > data.byteOffset + data.byteLength
      )
        throw new Error('search index: truncated')
      const array = make(data.buffer, offset, count)
      offset = align4(offset + count * size)
      return array
    }
    const u32s = (count: number) => take((b, at, c) => new Uint32Array(b, at, c), count, 4)
    const bytesOf = (count: number) => take((b, at, c) => new Uint8Array(b, at, c), count, 1)
    const { termCount: t, wordCount: w, postingCount: p, positionCount: q } = meta
    this.termStart = u32s(t + 1)
    this.docFreq = u32s(t)
    this.terms = new StringTable(u32s(t + 1), bytesOf(meta.termBytes))
    this.wordTerm = u32s(w)
    this.words = new StringTable(u32s(w + 1), bytesOf(meta.wordBytes))
    this.docs = u32s(p)
    this.weights = take((b, at, c) => new Float32Array(b, at, c), p, 4)
    this.positionStart = u32s(p + 1)
    this.positions = take((b, at, c) => new Uint16Array(b, at, c), q, 2)
    this.fields = bytesOf(p)
    if (this.positionStart[p] !== q || this.termStart[t] !== p)
      throw new Error('search index: postings do not add up')
    this.reports = meta.reports
    this.reportStart = new Uint32Array(meta.reports.length + 1)
    meta.reports.forEach(
      (r, i) => (this.reportStart[i + 1] = (this.reportStart[i] as number) + r.paragraphs)
    )
  }

  get documentCount(): number {
    return this.reportStart[this.reports.length] as number
  }

  get wordCount(): number {
    return this.words.length
  }

  termId(term: string): number | undefined {
    const i = this.terms.indexOf(encoder.encode(term))
    return i === -1 ? undefined : i
  }

  term(termId: number): string {
    return this.terms.at(termId)
  }

  /** [first, end) posting numbers of a term. */
  postingRange(termId: number): [number, number] {
    return [this.termStart[termId] as number, this.termStart[termId + 1] as number]
  }

  /** The word ordinals of a posting. */
  postingPositions(posting: number): Uint16Array {
    return this.positions.subarray(this.positionStart[posting], this.positionStart[posting + 1])
  }

  /** [first, end) of the words that start with `prefix`. */
  wordsStartingWith(prefix: string): [number, number] {
    const key = encoder.encode(prefix)
    const first = this.words.lowerBound(key)
    return [first, this.words.prefixEnd(key, first)]
  }
}
