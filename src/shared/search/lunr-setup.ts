import lunr from 'lunr'
import { tokenize } from '../text/tokenize'

/**
 * How the lunr index is set up, shared by the build (which creates it) and the app (which loads
 * it and queries it), so both sides agree on tokenizer, pipelines and fields.
 *
 * - One lunr document per paragraph; its ref is `paragraphRef(reportId, paragraphId)`.
 * - Fields: `text` (the paragraph's clean text) and `heading` (its section heading, boosted).
 * - Tokenizer: our `tokenize`, so positions are `[start, length]` spans of the exact word in the
 *   field's text, kept through `metadataWhitelist: ['position']`.
 * - Index pipeline: stop-word filter, then stemmer. Search pipeline: stemmer. lunr's trimmer is
 *   left out: our tokenizer never yields edge punctuation, and the trimmer's ASCII-only `\W`
 *   would eat non-Latin letters at the ends of words.
 *
 * Querying: lunr's own query-string parser splits words differently, so a query engine should
 * tokenize the user's text with `tokenize` and add each term through `index.query(q => q.term(...))`
 * (terms there go through the search pipeline, i.e. the stemmer).
 */

export const SEARCH_FIELDS = { text: 'text', heading: 'heading' } as const
export const HEADING_BOOST = 2

/** The shape of one document added to the index. */
export interface SearchDocument {
  ref: string
  text: string
  heading: string
}

/** `[start, length]` of a word in the field's text, as stored in the index's position metadata. */
export type TermPosition = [start: number, length: number]

/** lunr's tokenizer interface, as lunr's Builder calls it: `(fieldValue, { fields: [name] })`. */
export type LunrTokenizer = ((
  input?: null | string | object | object[],
  metadata?: Record<string, unknown>
) => lunr.Token[]) & { separator: RegExp }

/** lunr's tokenizer on top of `tokenize`: lunr tokens with position and index metadata. */
export const lunrTokenizer: LunrTokenizer = Object.assign(
  (input?: null | string | object | object[], metadata?: Record<string, unknown>): lunr.Token[] => {
    if (input === null || input === undefined) return []
    const text = typeof input === 'string' ? input : String(input)
    return tokenize(text).map(
      (token, index) =>
        new lunr.Token(token.term, {
          ...metadata,
          position: [token.start, token.end - token.start] satisfies TermPosition,
          index
        })
    )
  },
  { separator: lunr.tokenizer.separator }
)

/** A lunr builder with our tokenizer, pipelines and fields; add `SearchDocument`s, then `build()`. */
export function createIndexBuilder(): lunr.Builder {
  const builder = new lunr.Builder()
  builder.tokenizer = lunrTokenizer
  builder.pipeline.add(lunr.stopWordFilter, lunr.stemmer)
  builder.searchPipeline.add(lunr.stemmer)
  builder.metadataWhitelist = ['position']
  builder.ref('ref')
  builder.field(SEARCH_FIELDS.text)
  builder.field(SEARCH_FIELDS.heading, { boost: HEADING_BOOST })
  return builder
}

/**
 * Loads a serialized index (the parsed `search-index.json`). Throws an Error with a message if
 * the value is not a lunr index of the expected shape.
 */
export function loadSearchIndex(serialized: unknown): lunr.Index {
  if (typeof serialized !== 'object' || serialized === null) {
    throw new Error('search index: expected a JSON object')
  }
  const fields = (serialized as { fields?: unknown }).fields
  if (
    !Array.isArray(fields) ||
    !fields.includes(SEARCH_FIELDS.text) ||
    !fields.includes(SEARCH_FIELDS.heading)
  ) {
    throw new Error('search index: not an index of this app (fields "text" and "heading" missing)')
  }
  try {
    return lunr.Index.load(serialized)
  } catch (error) {
    throw new Error(`search index: cannot be loaded (${String(error)})`, { cause: error })
  }
}

/** Where one (stemmed) index term matched in one field of a search result. */
export interface TermMatch {
  /** The index term, as stored (after stemming), e.g. "hotlin" for "hotline". */
  term: string
  field: SearchField
  /** `[start, length]` spans into the paragraph text (field "text") or heading (field "heading"). */
  positions: TermPosition[]
}

export type SearchField = (typeof SEARCH_FIELDS)[keyof typeof SEARCH_FIELDS]

/** The positions recorded in a result's match data, typed (lunr types them as `object`). */
export function matchedPositions(result: lunr.Index.Result): TermMatch[] {
  const matches: TermMatch[] = []
  const metadata = result.matchData.metadata as Record<
    string,
    Record<string, { position?: unknown }>
  >
  for (const [term, fields] of Object.entries(metadata)) {
    for (const field of Object.values(SEARCH_FIELDS)) {
      const positions = fields[field]?.position
      if (Array.isArray(positions)) {
        matches.push({ term, field, positions: positions.filter(isTermPosition) })
      }
    }
  }
  return matches
}

function isTermPosition(value: unknown): value is TermPosition {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number'
  )
}
