/**
 * Text cleaning shared by the content pipeline (and anything that needs to compare display text).
 *
 * How text is cleaned, in order:
 * 1. Invisible characters that are never content are deleted: zero-width space (U+200B),
 *    zero-width joiner/non-joiner (U+200C, U+200D), word joiner (U+2060), byte-order mark
 *    (U+FEFF) and soft hyphen (U+00AD).
 * 2. Every run of whitespace becomes one ASCII space. "Whitespace" is JavaScript's `\s`, which
 *    covers tabs, line breaks, U+00A0 (no-break space), U+2007 (figure space), U+202F (narrow
 *    no-break space) and the other Unicode space separators.
 * 3. The result is trimmed.
 *
 * Typography is otherwise kept as written: curly quotes and apostrophes (’ “ ”), dashes and
 * other punctuation are part of the displayed text. Search folds them in the tokenizer instead.
 */

const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g
const WHITESPACE_RUN = /\s+/g

export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim()
}

/** Line breaks as `\n` only: CRLF (Windows) and lone CR (old Mac) become LF. */
export function normalizeLineBreaks(raw: string): string {
  return raw.replace(/\r\n?/g, '\n')
}

const APOSTROPHES = /[’‘ʼ`´]/g

/**
 * A comparison key for matching known phrases loosely: cleaned, apostrophes folded to `'`,
 * lowercased, and with all spaces removed so that "( )" and "()" or NBSP-separated words match.
 */
export function comparisonKey(raw: string): string {
  return cleanText(raw).replace(APOSTROPHES, "'").toLowerCase().replace(/ /g, '')
}
