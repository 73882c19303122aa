import { partitionPoint } from '../sorted/partition-point'
import {
  align4,
  blockSize,
  derivedParagraphId,
  documentCount,
  layoutOf,
  MAGIC,
  PACKED_INDEX_VERSION,
  type IndexedReport,
  type PackedLayout,
  type PackedMeta
} from './packed-format'

export { FIELD_HEADING, FIELD_TEXT, type IndexedReport } from './packed-format'

/**
 * Reading search-index.bin (layout: packed-format.ts). Opening it reads the header and the
 * directory; a term's postings are read when a search first needs them and kept, the typo table
 * on the first correction, a paragraph's text each time a result shows it.
 */

/** The file's bytes from `offset`, `length` of them (the whole file, or reads of it). */
export type ReadRange = (offset: number, length: number) => Uint8Array

/**
 * The header of a packed index: its meta, its layout and how long the whole file must be. `head`
 * holds at least the file's first 12 bytes; with fewer than `12 + metaLength` it throws, so a
 * caller can check a file by reading its first few kilobytes.
 */
export function readPackedHeader(head: Uint8Array): {
  meta: PackedMeta
  metaLength: number
  layout: PackedLayout
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
  const counts = [
    meta.termCount,
    meta.termBytes,
    meta.wordCount,
    meta.wordBytes,
    meta.sectionCount,
    meta.sectionIdBytes,
    meta.headingBytes,
    meta.paragraphIdBytes,
    meta.blockBytes,
    meta.gramBuckets,
    meta.gramCount,
    meta.textBytes
  ]
  if (
    !counts.every((n) => Number.isInteger(n) && n >= 0) ||
    typeof meta.derivedParagraphIds !== 'boolean' ||
    !(meta.gramBuckets >= 1 && Number.isInteger(Math.log2(meta.gramBuckets))) ||
    !Array.isArray(meta.reports) ||
    !meta.reports.every(
      (r) =>
        typeof r?.id === 'string' &&
        typeof r.contentHash === 'string' &&
        Number.isInteger(r.paragraphs) &&
        r.paragraphs >= 0
    )
  )
    throw new Error('search index: damaged header')
  const layout = layoutOf(meta, metaLength)
  return { meta, metaLength, layout, byteLength: layout.byteLength }
}

/** One term's postings: n of them, sorted by document then field, with their word positions. */
export interface TermPostings {
  count: number
  docs: Uint32Array
  weights: Float32Array
  fields: Uint8Array
  /** Posting i's positions are positions[positionStart[i] … positionStart[i+1]). */
  positionStart: Uint32Array
  positions: Uint16Array
}

const NO_POSTINGS: TermPostings = {
  count: 0,
  docs: new Uint32Array(0),
  weights: new Float32Array(0),
  fields: new Uint8Array(0),
  positionStart: new Uint32Array(1),
  positions: new Uint16Array(0)
}

/** The word ordinals of posting i. */
export function positionsOf(postings: TermPostings, i: number): Uint16Array {
  return postings.positions.subarray(postings.positionStart[i], postings.positionStart[i + 1])
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

  /** Whether the offsets start at 0, never go back, and end at the last byte. */
  whole(): boolean {
    const { offsets } = this
    if (offsets[0] !== 0 || offsets[offsets.length - 1] !== this.bytes.length) return false
    for (let i = 1; i < offsets.length; i++)
      if ((offsets[i] as number) < (offsets[i - 1] as number)) return false
    return true
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
    return partitionPoint(0, this.length, (i) => this.compare(i, key, limit) < 0)
  }

  /** The first string whose first `key.length` bytes sort after key: the end of key's prefix range. */
  prefixEnd(key: Uint8Array, from = 0): number {
    return partitionPoint(from, this.length, (i) => this.compare(i, key, key.length) <= 0)
  }

  indexOf(key: Uint8Array): number {
    const i = this.lowerBound(key)
    return i < this.length && this.compare(i, key) === 0 ? i : -1
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Whether every value of the array is below `limit`. */
function allBelow(values: Uint32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) >= limit) return false
  return true
}

/** Whether the values never go down. */
function ascending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++)
    if ((values[i] as number) < (values[i - 1] as number)) return false
  return true
}

/** Bytes as they came, or copied to a fresh buffer when they do not start at a multiple of 4. */
const aligned = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()

/** A packed index: the directory in memory, everything else read from the file as needed. */
export class PackedIndex {
  readonly reports: readonly IndexedReport[]
  /** First document of each report; length reports + 1. */
  readonly reportStart: Uint32Array
  readonly docFreq: Uint32Array
  readonly wordTerm: Uint32Array
  readonly words: StringTable
  private readonly termStart: Uint32Array
  private readonly terms: StringTable
  private readonly blockStart: Uint32Array
  private readonly docSection: Uint32Array
  private readonly sectionIds: StringTable
  private readonly headings: StringTable
  private readonly paragraphIds: StringTable | null
  /** For ids derived from the section's: the first document of each section. */
  private readonly sectionFirstDoc: Uint32Array
  private readonly textStart: Uint32Array
  private readonly layout: PackedLayout
  private readonly meta: PackedMeta
  private read: ReadRange
  private readonly blocks = new Map<number, TermPostings>()
  private gramTable: { start: Uint32Array; words: Uint32Array } | null = null

  /**
   * `head` holds the file from its start through the directory (or the whole file); `read` reads
   * any other part of it. Without `read`, head is the whole file.
   */
  constructor(head: Uint8Array, read?: ReadRange) {
    const data = aligned(head)
    const { meta, layout } = readPackedHeader(data)
    this.meta = meta
    this.layout = layout
    this.read =
      read ??
      ((offset, length) => {
        if (offset + length > data.byteLength) throw new Error('search index: truncated')
        return data.subarray(offset, offset + length)
      })
    if (data.byteLength < layout.blocks) throw new Error('search index: truncated')
    let offset = data.byteOffset + layout.directory
    const take = <T>(
      make: (buffer: ArrayBufferLike, at: number, count: number) => T,
      size: number,
      bytes: number
    ): T => {
      const array = make(data.buffer, offset, bytes / size)
      offset = align4(offset + bytes)
      return array
    }
    const parts = layout.directoryParts
    let part = 0
    const u32s = () => take((b, at, c) => new Uint32Array(b, at, c), 4, parts[part++] as number)
    const bytesOf = () => take((b, at, c) => new Uint8Array(b, at, c), 1, parts[part++] as number)
    this.termStart = u32s()
    this.docFreq = u32s()
    this.terms = new StringTable(u32s(), bytesOf())
    this.wordTerm = u32s()
    this.words = new StringTable(u32s(), bytesOf())
    this.blockStart = u32s()
    this.docSection = u32s()
    this.sectionIds = new StringTable(u32s(), bytesOf())
    this.headings = new StringTable(u32s(), bytesOf())
    const idOffsets = u32s()
    const idBytes = bytesOf()
    this.paragraphIds = meta.derivedParagraphIds ? null : new StringTable(idOffsets, idBytes)
    this.textStart = u32s()
    this.reports = meta.reports
    this.reportStart = new Uint32Array(meta.reports.length + 1)
    meta.reports.forEach(
      (r, i) => (this.reportStart[i + 1] = (this.reportStart[i] as number) + r.paragraphs)
    )
    const t = meta.termCount
    if (
      this.termStart[0] !== 0 ||
      !ascending(this.termStart) ||
      this.blockStart[0] !== 0 ||
      this.blockStart[t] !== meta.blockBytes ||
      !ascending(this.blockStart) ||
      !allBelow(this.wordTerm, t)
    )
      throw new Error('search index: postings do not add up')
    const tables = [this.terms, this.words, this.sectionIds, this.headings]
    if (
      !tables.every((table) => table.whole()) ||
      (this.paragraphIds !== null && !this.paragraphIds.whole()) ||
      !allBelow(this.docSection, meta.sectionCount) ||
      !ascending(this.docSection) ||
      this.textStart[0] !== 0 ||
      this.textStart[this.documentCount] !== meta.textBytes ||
      !ascending(this.textStart)
    )
      throw new Error('search index: the paragraphs do not add up')
    this.sectionFirstDoc = new Uint32Array(meta.sectionCount)
    for (let d = this.docSection.length - 1; d >= 0; d--)
      this.sectionFirstDoc[this.docSection[d] as number] = d
  }

  /** Reads the file from now on with `read` (for instance from all its bytes, once they are in memory). */
  readFrom(read: ReadRange): void {
    this.read = read
  }

  get documentCount(): number {
    return documentCount(this.meta)
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

  /** How many postings a term has (without reading them). */
  postingCount(termId: number): number {
    return (this.termStart[termId + 1] as number) - (this.termStart[termId] as number)
  }

  /** A term's postings, read from the file the first time and kept. */
  postings(termId: number): TermPostings {
    const known = this.blocks.get(termId)
    if (known) return known
    const n = this.postingCount(termId)
    if (!(n > 0)) return NO_POSTINGS
    const start = this.blockStart[termId] as number
    const size = (this.blockStart[termId + 1] as number) - start
    const bytes = aligned(this.read(this.layout.blocks + start, size))
    if (bytes.byteLength < size || size < blockSize(n, 0))
      throw new Error('search index: postings do not add up')
    let at = bytes.byteOffset
    const take = <T>(
      make: (b: ArrayBufferLike, at: number, c: number) => T,
      count: number,
      width: number
    ) => {
      const array = make(bytes.buffer, at, count)
      at = align4(at + count * width)
      return array
    }
    const docs = take((b, o, c) => new Uint32Array(b, o, c), n, 4)
    const weights = take((b, o, c) => new Float32Array(b, o, c), n, 4)
    const positionStart = take((b, o, c) => new Uint32Array(b, o, c), n + 1, 4)
    const fields = take((b, o, c) => new Uint8Array(b, o, c), n, 1)
    const m = positionStart[n] as number
    if (
      positionStart[0] !== 0 ||
      !ascending(positionStart) ||
      blockSize(n, m) !== size ||
      !allBelow(docs, this.documentCount) ||
      fields.some((f) => f > 1)
    )
      throw new Error('search index: postings do not add up')
    const postings = {
      count: n,
      docs,
      weights,
      fields,
      positionStart,
      positions: new Uint16Array(bytes.buffer, at, m)
    }
    this.blocks.set(termId, postings)
    return postings
  }

  /** [first, end) of the words that start with `prefix`. */
  wordsStartingWith(prefix: string): [number, number] {
    const key = encoder.encode(prefix)
    const first = this.words.lowerBound(key)
    return [first, this.words.prefixEnd(key, first)]
  }

  /** The typo table, read the first time a word is corrected. */
  grams(): { start: Uint32Array; words: Uint32Array } {
    if (!this.gramTable) {
      const { gramBuckets, gramCount } = this.meta
      const size = (gramBuckets + 1) * 4 + gramCount * 4
      const bytes = aligned(this.read(this.layout.grams, size))
      if (bytes.byteLength < size) throw new Error('search index: truncated')
      const start = new Uint32Array(bytes.buffer, bytes.byteOffset, gramBuckets + 1)
      const words = new Uint32Array(
        bytes.buffer,
        bytes.byteOffset + (gramBuckets + 1) * 4,
        gramCount
      )
      if (
        start[0] !== 0 ||
        start[gramBuckets] !== gramCount ||
        !ascending(start) ||
        !allBelow(words, this.wordCount)
      )
        throw new Error('search index: the typo table does not add up')
      this.gramTable = { start, words }
    }
    return this.gramTable
  }

  /** A document's paragraph: its section's id and heading, its id and its text. */
  paragraph(doc: number): {
    sectionId: string
    heading: string
    paragraphId: string
    text: string
  } {
    const section = this.docSection[doc] as number
    const sectionId = this.sectionIds.at(section)
    const from = this.textStart[doc] as number
    const length = (this.textStart[doc + 1] as number) - from
    return {
      sectionId,
      heading: this.headings.at(section),
      paragraphId:
        this.paragraphIds?.at(doc) ??
        derivedParagraphId(sectionId, doc - (this.sectionFirstDoc[section] as number) + 1),
      text: decoder.decode(this.read(this.layout.texts + from, length))
    }
  }
}
