/**
 * Run-in headings: a plain-text paragraph that starts with a short, title-like label and a colon,
 * e.g. "Overview: Kazakhstan remained…" or "Legislation, Law Enforcement, and Border Security: …".
 *
 * Title-like means: at most 12 words; the first word capitalized or a number; every other word
 * capitalized, a number, or a minor word (a, an, and, at, by, for, from, in, of, on, or, the, to,
 * with, &); commas after words allowed; no sentence punctuation (. ! ? ; quotes), except in
 * dotted capital abbreviations such as "U.S.". The colon must be followed by whitespace or end
 * the paragraph, so "10:30" or "https://" never start a heading.
 */

const MAX_WORDS = 12
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  '&'
])
const CAPITALIZED = /^\p{Lu}/u
const NUMBER = /^\p{N}[\p{N},.\-–]*$/u
const CAPITAL_ABBREVIATION = /^(?:\p{Lu}\.)+$/u
const SENTENCE_PUNCTUATION = /[.!?;:"“”]/
/** Label, colon, then a space or the end; the input is cleaned text (single ASCII spaces). */
const LABEL_AND_REST = /^([^:]+):(?: (.*))?$/su

export interface RunInHeading {
  heading: string
  /** The rest of the paragraph after the label, '' when the paragraph is only the label. */
  rest: string
}

/** Splits a cleaned paragraph into run-in heading and rest, or null if it does not start with one. */
export function splitRunInHeading(paragraph: string): RunInHeading | null {
  const match = LABEL_AND_REST.exec(paragraph)
  if (!match) return null
  const heading = (match[1] ?? '').trim()
  if (!isTitleLike(heading)) return null
  return { heading, rest: (match[2] ?? '').trim() }
}

export function isTitleLike(label: string): boolean {
  const words = label.split(' ')
  if (label === '' || words.length > MAX_WORDS) return false
  return words.every((raw, i) => {
    const word = raw.replace(/,$/, '').replace(/^\((.+)\)$/, '$1')
    if (word === '') return false
    if (CAPITAL_ABBREVIATION.test(word)) return true
    if (SENTENCE_PUNCTUATION.test(word)) return false
    if (CAPITALIZED.test(word) || NUMBER.test(word)) return true
    return i > 0 && MINOR_WORDS.has(word)
  })
}
