import { tokenizeWords, type Word } from '../text/tokenize'

/**
 * Reads what the user typed into clauses, never throwing: whatever the input, the engine gets
 * something it can search or explain. Syntax: words, "quoted phrases" (straight or curly quotes),
 * +required and -excluded words or phrases, and heading:word / heading:"phrase" (also title: and
 * section:) to search section headings only. Chinese or Japanese characters typed together are a
 * phrase (those scripts put no spaces between words). Anything else that looks like syntax is read as text:
 * a pasted "Overview:" is the word overview, a lone "-" or "*" is nothing.
 */

export const MAX_QUERY_LENGTH = 500

export type Presence = 'optional' | 'required' | 'prohibited'
export type QueryField = 'any' | 'heading'

export interface QueryClause {
  kind: 'words' | 'phrase'
  presence: Presence
  field: QueryField
  /** The clause's text as typed, without sign, field or quotes. */
  text: string
  /** The text its words were read from: their offsets count in it. */
  body: string
  words: Word[]
  /**
   * The user is still typing this clause's last word: match it as a prefix too. So is the last
   * word of a phrase whose closing quote is not typed yet.
   */
  prefix: boolean
}

export interface ParsedQuery {
  /** The input after cleaning and the length cap. */
  text: string
  clauses: QueryClause[]
  truncated: boolean
  /** A field name typed last with nothing after it yet ("heading:"), as typed; else null. */
  awaitingField: string | null
}

const FIELD_NAMES: Record<string, QueryField> = {
  heading: 'heading',
  title: 'heading',
  section: 'heading'
}
const TRAILING_FIELD = /(?:^|\s)[+-]?(\p{L}+):$/u
const CLAUSE = /([+-]?)(?:(\p{L}+):(?=["\p{L}\p{N}]))?(?:"([^"]*)"?|([^\s"]+))/gu
// Control characters from pasted or random bytes become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CURLY_DOUBLE_QUOTES = /[“”„‟″]/g
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

export function parseQuery(input: string, asYouType = false): ParsedQuery {
  const cleaned = String(input)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, ' ')
    .replace(CURLY_DOUBLE_QUOTES, '"')
  const truncated = cleaned.length > MAX_QUERY_LENGTH
  // Cut at a code point boundary, never inside a surrogate pair.
  const capped = truncated ? Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('') : cleaned
  const text = capped.trim()
  const stillTyping = asYouType && text.length > 0 && !/[\s"]$/.test(capped)
  // "heading:" with nothing after it: the word to search the headings for is still to come.
  const trailing = TRAILING_FIELD.exec(text)
  const awaitingField =
    trailing && FIELD_NAMES[(trailing[1] as string).toLowerCase()] ? (trailing[1] as string) : null
  const searched = awaitingField && trailing ? text.slice(0, trailing.index) : text

  const clauses: QueryClause[] = []
  let openPhrase = false
  for (const match of searched.matchAll(CLAUSE)) {
    const [, sign, fieldName, quoted, bare] = match
    const field = fieldName ? FIELD_NAMES[fieldName.toLowerCase()] : undefined
    // An unknown "name:" is text, not a field (lunr would throw on it).
    const body = quoted ?? (fieldName && !field ? `${fieldName} ${bare ?? ''}` : (bare ?? ''))
    const words = tokenizeWords(body)
    if (words.length === 0) continue
    // A quote with no closing quote after it: the phrase is still being typed.
    const quotes = match[0].slice(match[0].indexOf('"'))
    openPhrase = quoted !== undefined && !(quotes.length >= 2 && quotes.endsWith('"'))
    // Chinese and Japanese are written without spaces: characters typed together are a phrase.
    const written = quoted !== undefined || (words.length > 1 && UNSPACED_SCRIPT.test(body))
    clauses.push({
      kind: written && words.length > 1 ? 'phrase' : 'words',
      presence: sign === '+' ? 'required' : sign === '-' ? 'prohibited' : 'optional',
      field: field ?? 'any',
      text: body.trim(),
      body,
      words,
      prefix: false
    })
  }
  const last = clauses[clauses.length - 1]
  if (
    last &&
    stillTyping &&
    last.presence !== 'prohibited' &&
    (last.kind === 'words' ? !/"$/.test(text) : openPhrase)
  ) {
    last.prefix = true
  }
  return { text, clauses, truncated, awaitingField }
}
