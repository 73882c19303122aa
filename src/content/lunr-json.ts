import lunr from 'lunr'
import { paragraphRef, type Library } from '../shared/report-model'
import { HEADING_BOOST, SEARCH_FIELDS } from '../shared/search/lunr-setup'
import { Log, u32 } from '../shared/search/pack-index'
import { isStopWord, stem } from '../shared/search/term-pipeline'
import { tokenize } from '../shared/text/tokenize'

/**
 * The prebuilt lunr index (`search-index.json`), written as a stream of JSON text: byte for byte
 * what `JSON.stringify(builder.build())` gives for a lunr 2.3.9 Builder set up as lunr-setup.ts
 * sets it up (tokenizer, stop words, stemmer, fields, boost, positions), checked by a test.
 *
 * lunr's Builder keeps an object per term, field, document and position, and the index's JSON is
 * one string: at 10 MB of text that is 1.3 GB of heap and 46 s, and past ~28 MB the string is
 * longer than V8 allows. Here the postings are kept in typed arrays and the JSON is produced in
 * pieces, so the build's memory follows the text, and any size can be written.
 */

const FIELDS = [SEARCH_FIELDS.text, SEARCH_FIELDS.heading] as const
const BOOSTS = [1, HEADING_BOOST]
const K1 = 1.2
const B = 0.75
const CHUNK = 1 << 20

/** The index's JSON text, in pieces of about 1 MB. */
export function* lunrIndexJson(library: Library): Generator<string> {
  const refs: string[] = []
  const termIds = new Map<string, number>()
  const terms: string[] = []
  // Occurrences in the order lunr's Builder meets them: term, field, doc, start, length.
  const occTerm = new Log(u32(1 << 16), u32)
  const occField = new Log(u32(1 << 16), u32)
  const occDoc = new Log(u32(1 << 16), u32)
  const occStart = new Log(u32(1 << 16), u32)
  const occLength = new Log(u32(1 << 16), u32)
  // Per field of each document (text, heading, text, …): its distinct terms and their counts.
  const vectorStart = new Log(u32(1 << 16), u32)
  const vectorTerm = new Log(u32(1 << 16), u32)
  const vectorTf = new Log(u32(1 << 16), u32)
  const fieldLengths = FIELDS.map(() => new Log(u32(1 << 16), u32))
  // Documents (field and doc pairs) per term, for the idf.
  const pairs: number[] = []

  for (const report of library.reports) {
    for (const section of report.sections) {
      for (const paragraph of section.paragraphs) {
        const doc = refs.length
        refs.push(paragraphRef(report.id, paragraph.id))
        const texts = [paragraph.text, section.heading]
        for (let field = 0; field < FIELDS.length; field++) {
          vectorStart.push(vectorTerm.length)
          const counts = new Map<number, number>()
          let length = 0
          for (const token of tokenize(texts[field] as string)) {
            if (isStopWord(token.term)) continue
            const term = stem(token.term)
            let id = termIds.get(term)
            if (id === undefined) {
              id = terms.length
              termIds.set(term, id)
              terms.push(term)
              pairs.push(0)
            }
            const count = counts.get(id)
            if (count === undefined) pairs[id] = (pairs[id] as number) + 1
            counts.set(id, (count ?? 0) + 1)
            occTerm.push(id)
            occField.push(field)
            occDoc.push(doc)
            occStart.push(token.start)
            occLength.push(token.end - token.start)
            length++
          }
          fieldLengths[field]?.push(length)
          for (const [id, tf] of counts) {
            vectorTerm.push(id)
            vectorTf.push(tf)
          }
        }
      }
    }
  }
  vectorStart.push(vectorTerm.length)

  const documentCount = refs.length
  const average = fieldLengths.map((log) => {
    let sum = 0
    for (let i = 0; i < log.length; i++) sum += log.get(i)
    return sum / log.length
  })
  const idf = pairs.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))))

  let out = `{"version":${JSON.stringify(lunr.version)},"fields":${JSON.stringify(FIELDS)},"fieldVectors":[`
  for (let doc = 0; doc < documentCount; doc++) {
    for (let field = 0; field < FIELDS.length; field++) {
      const vector = doc * FIELDS.length + field
      const from = vectorStart.get(vector)
      const to = vectorStart.get(vector + 1)
      const length = fieldLengths[field]?.get(doc) ?? 0
      const elements: [number, number][] = []
      for (let i = from; i < to; i++) {
        const id = vectorTerm.get(i)
        const tf = vectorTf.get(i)
        let score =
          ((idf[id] as number) * ((K1 + 1) * tf)) /
          (K1 * (1 - B + B * (length / (average[field] as number))) + tf)
        score *= BOOSTS[field] as number
        elements.push([id, Math.round(score * 1000) / 1000])
      }
      elements.sort((a, b) => a[0] - b[0])
      if (vector > 0) out += ','
      out += `[${JSON.stringify(`${FIELDS[field]}/${refs[doc]}`)},[${elements.map((e) => `${e[0]},${e[1]}`).join(',')}]]`
      if (out.length >= CHUNK) {
        yield out
        out = ''
      }
    }
  }
  out += '],"invertedIndex":['

  // Occurrences grouped by term, then field, in the order met (so by document): a counting sort.
  const keys = terms.length * FIELDS.length
  const start = new Uint32Array(keys + 1)
  for (let i = 0; i < occTerm.length; i++) {
    const key = occTerm.get(i) * FIELDS.length + occField.get(i) + 1
    start[key] = (start[key] as number) + 1
  }
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  const next = start.slice(0, keys)
  const order = new Uint32Array(occTerm.length)
  for (let i = 0; i < occTerm.length; i++) {
    const key = occTerm.get(i) * FIELDS.length + occField.get(i)
    order[next[key] as number] = i
    next[key] = (next[key] as number) + 1
  }
  const sorted = terms
    .map((_, id) => id)
    .sort((a, b) => compare(terms[a] as string, terms[b] as string))
  for (let rank = 0; rank < sorted.length; rank++) {
    const id = sorted[rank] as number
    if (rank > 0) out += ','
    out += `[${JSON.stringify(terms[id])},{"_index":${id}`
    for (let field = 0; field < FIELDS.length; field++) {
      out += `,${JSON.stringify(FIELDS[field])}:{`
      const key = id * FIELDS.length + field
      let lastDoc = -1
      for (let k = start[key] as number; k < (start[key + 1] as number); k++) {
        const i = order[k] as number
        const doc = occDoc.get(i)
        const position = `[${occStart.get(i)},${occLength.get(i)}]`
        if (doc !== lastDoc) {
          out += `${lastDoc === -1 ? '' : ']},'}${JSON.stringify(refs[doc])}:{"position":[${position}`
          lastDoc = doc
        } else out += `,${position}`
      }
      out += lastDoc === -1 ? '}' : ']}}'
    }
    out += '}]'
    if (out.length >= CHUNK) {
      yield out
      out = ''
    }
  }
  out += `],"pipeline":${JSON.stringify(['stemmer'])}}`
  yield out
}

/** JavaScript's default sort order (UTF-16 code units), as lunr sorts the terms. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
