import type { Library } from '../report-model'
import { tokenizeWords } from '../text/tokenize'
import {
  align4,
  blockSize,
  derivedParagraphId,
  FIELD_BOOST,
  FIELDS,
  gramBucketsFor,
  layoutOf,
  MAGIC,
  MAX_ORDINAL,
  PACKED_INDEX_VERSION,
  wordGrams,
  type IndexedReport,
  type PackedMeta
} from './packed-format'
import { isStopWord, stem } from './term-pipeline'

const K1 = 1.2
const B = 0.75

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

/** Builds the packed index of the library (packed-format.ts), byte-for-byte reproducibly. */
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
  const sectionIds: string[] = []
  const headings: string[] = []
  const docSection: number[] = []
  const docInSection: number[] = []
  const paragraphIds: string[] = []
  const texts: string[] = []
  for (const report of library.reports) {
    let paragraphs = 0
    for (const section of report.sections) {
      sectionIds.push(section.id)
      headings.push(section.heading)
      section.paragraphs.forEach((paragraph, inSection) => {
        docSection.push(sectionIds.length - 1)
        docInSection.push(inSection)
        paragraphIds.push(paragraph.id)
        texts.push(paragraph.text)
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
      })
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
  const sectionIdText = packStrings(sectionIds)
  const headingText = packStrings(headings)
  const derivedParagraphIds = paragraphIds.every(
    (id, d) =>
      id ===
      derivedParagraphId(
        sectionIds[docSection[d] as number] as string,
        (docInSection[d] as number) + 1
      )
  )
  const paragraphIdText = packStrings(derivedParagraphIds ? [] : paragraphIds)
  const textText = packStrings(texts)
  const grams = gramTable(words)
  // Each term's postings in one block: docs, weights, positions (from the block's own start), fields.
  const blockStart = new Uint32Array(order.length + 1)
  for (let t = 0; t < order.length; t++) {
    const from = termStart[t] as number
    const to = termStart[t + 1] as number
    blockStart[t + 1] =
      (blockStart[t] as number) +
      blockSize(to - from, (positionStart[to] as number) - (positionStart[from] as number))
  }
  const blocks = new Uint8Array(blockStart[order.length] as number)
  for (let t = 0; t < order.length; t++) {
    const from = termStart[t] as number
    const to = termStart[t + 1] as number
    const first = positionStart[from] as number
    let at = blockStart[t] as number
    const put = (part: Uint32Array | Float32Array | Uint8Array | Uint16Array) => {
      blocks.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at)
      at = align4(at + part.byteLength)
    }
    put(docs.subarray(from, to))
    put(weights.subarray(from, to))
    put(positionStart.slice(from, to + 1).map((q) => q - first))
    put(fields.subarray(from, to))
    put(sortedPositions.subarray(first, positionStart[to] as number))
  }
  const meta: PackedMeta = {
    version: PACKED_INDEX_VERSION,
    fields: FIELDS,
    reports,
    termCount: terms.length,
    termBytes: termText.bytes.length,
    wordCount: words.length,
    wordBytes: wordText.bytes.length,
    sectionCount: sectionIds.length,
    sectionIdBytes: sectionIdText.bytes.length,
    headingBytes: headingText.bytes.length,
    derivedParagraphIds,
    paragraphIdBytes: paragraphIdText.bytes.length,
    blockBytes: blocks.length,
    gramBuckets: grams.start.length - 1,
    gramCount: grams.words.length,
    textBytes: textText.bytes.length
  }
  const textStart = textText.offsets
  return encode(meta, [
    [
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
      blockStart,
      Uint32Array.from(docSection),
      sectionIdText.offsets,
      sectionIdText.bytes,
      headingText.offsets,
      headingText.bytes,
      derivedParagraphIds ? new Uint32Array(0) : paragraphIdText.offsets,
      paragraphIdText.bytes,
      textStart
    ],
    [blocks],
    [grams.start, grams.words],
    [textText.bytes]
  ])
}

/** For each bucket, the words (by number, ascending, each once) with a letter pair in it. */
function gramTable(words: readonly string[]): { start: Uint32Array; words: Uint32Array } {
  const buckets = gramBucketsFor(words.length)
  const listed = words.map((word) => [
    ...new Set(
      wordGrams(
        Array.from(word, (c) => c.codePointAt(0) as number),
        buckets
      )
    )
  ])
  const start = new Uint32Array(buckets + 1)
  for (const list of listed) for (const b of list) start[b + 1] = (start[b + 1] as number) + 1
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number)
  const next = start.slice(0, buckets)
  const out = new Uint32Array(start[buckets] as number)
  listed.forEach((list, word) => {
    for (const b of list) {
      out[next[b] as number] = word
      next[b] = (next[b] as number) + 1
    }
  })
  return { start, words: out }
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

type Packed = Uint32Array | Uint16Array | Uint8Array | Float32Array

/** The file: header, then each part (directory, blocks, typo table, texts) with its arrays aligned. */
function encode(meta: PackedMeta, parts: readonly (readonly Packed[])[]): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta))
  const layout = layoutOf(meta, metaBytes.length)
  const out = new Uint8Array(layout.byteLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, PACKED_INDEX_VERSION, true)
  view.setUint32(8, metaBytes.length, true)
  out.set(metaBytes, 12)
  const starts = [layout.directory, layout.blocks, layout.grams, layout.texts]
  parts.forEach((arrays, i) => {
    let offset = starts[i] as number
    for (const part of arrays) {
      out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset)
      offset = align4(offset + part.byteLength)
    }
  })
  return out
}
