/**
 * The one tokenizer for search: the index build and the query engine both call it, so a word in
 * a report and the same word typed in the search box always become the same terms.
 *
 * A token is a search term plus the span of the input it came from (`start` inclusive, `end`
 * exclusive, in UTF-16 code units as JavaScript strings index them). The span covers the word
 * only, never surrounding punctuation, so highlighting `text.slice(start, end)` marks exactly
 * the word.
 *
 * Rules, applied to each "raw word" (letters, digits and combining marks, possibly joined by the
 * connectors listed below; anything else, including every kind of space, separates words):
 *
 * - Terms are lowercased, and Latin diacritics are folded ("Café" → "cafe").
 * - Apostrophes ' ’ ‘ ʼ are all the same. A possessive 's and a trailing apostrophe are dropped
 *   and excluded from the span ("Kazakhstan’s", "Kazakhstan's" → "kazakhstan"; "years’" →
 *   "years"); other apostrophes are removed inside the word ("you’ve" → "youve").
 * - Punctuation around words is stripped ("(KNB)," → "knb").
 * - Dotted abbreviations are joined: "U.S." → "us", "e.g." → "eg". (Note: "us" is an English stop
 *   word, so the index drops it; "U.S." alone is not searchable.)
 * - Hyphens (- ‐ ‑), slashes, plus signs, ampersands and dots between words split a compound:
 *   it yields each part and then the joined form, whose span covers the whole compound.
 *   "non-violent" → non, violent, nonviolent; "API/PNR" → api, pnr, apipnr;
 *   "2018-22" → 2018, 22, 201822; "www.state.gov" → www, state, gov, wwwstategov.
 *   A plus sign is kept in the joined form, so "C5+1" → c5, 1, c5+1: searchable as typed
 *   ("C5+1" tokenizes to the same three terms) and as "c5".
 * - Numbers: thousands separators are dropped ("181,000" → 181000); a decimal point between
 *   digits is kept ("19.8" → 19.8, a single term, not 19 and 8); currency and percent signs are
 *   not part of a number ("$900" → 900, "90%" → 90).
 * - Every script's letters are word characters. Terms are NFKC-normalized (full-width Ｋ and the
 *   ligature ﬁ are K and fi). Chinese and Japanese, written without spaces, are split into single
 *   characters, each a word, so any part of a sentence can be found as a phrase of characters.
 *   Arabic and Persian are folded as search engines fold them: vowel marks and the tatweel
 *   dropped, alef forms to ا, ى/ی to ي, ک to ك, ة to ه; Hebrew points are dropped; Greek final ς is
 *   σ. Zero-width joiners inside a word (Persian, Indic scripts) do not split it.
 *
 * Pure string code: no Node, DOM or lunr dependency, so the renderer can use it too.
 */

export interface Token {
  /** The normalized search term. */
  term: string
  /** Offset of the first character of the word in the input. */
  start: number
  /** Offset just past the last character of the word in the input. */
  end: number
}

const WORD_CHARS = '\\p{L}\\p{N}\\p{M}\\u200C\\u200D'
const APOSTROPHES = "'’‘ʼ"
const HYPHENS = '\\-‐‑'
/** Characters that may join two runs of word characters into one raw word. */
const CONNECTORS = `${APOSTROPHES}${HYPHENS}/+&.\\u00AD`

/** Word characters, joined by single connectors; a comma only between two digits. */
const RAW_WORD = new RegExp(
  `[${WORD_CHARS}]+(?:(?:[${CONNECTORS}]|(?<=\\p{N}),(?=\\p{N}))[${WORD_CHARS}]+)*`,
  'gu'
)
const POSSESSIVE = new RegExp(`[${APOSTROPHES}][sS]$`)
const DOTTED_ABBREVIATION = /^\p{L}(?:\.\p{L})+$/u
const SPLITTERS = new Set(['-', '‐', '‑', '/', '+', '&'])
const DIGIT = /\p{N}/u
/** Removed from inside a part's term: apostrophes, soft hyphens and digit-group commas. */
const DROPPED_INSIDE = new RegExp(`[${APOSTROPHES}\\u00AD,]`, 'g')
const LATIN_DIACRITICS = /[\u0300-\u036f]/g
/** Han ideographs and kana, and the kana length mark: written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/gu
/** Arabic vowel marks and tatweel, Hebrew points, zero-width (non-)joiners: not part of a term. */
// The class lists combining marks on purpose, each to be dropped on its own.
// eslint-disable-next-line no-misleading-character-class
const OPTIONAL_MARKS = /[\u064B-\u065F\u0670\u0640\u0591-\u05C7]|\u200C|\u200D/g
const FOLDED_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
  ς: 'σ'
}
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g')

interface Part {
  start: number
  end: number
  /** The connector that preceded this part in the compound, '' for the first part. */
  joinedBy: string
}

export function tokenize(text: string): Token[] {
  return tokenizeWords(text).flatMap((word) =>
    word.joined ? [...word.parts, word.joined] : word.parts
  )
}

/**
 * One raw word of the input: its parts, and for a compound the joined form too.
 * `tokenize` is the flattened list; phrase search and highlighting need the grouping
 * (a word's parts and joined form sit at the same word position).
 */
export interface Word {
  parts: Token[]
  joined: Token | null
}

export function tokenizeWords(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(RAW_WORD)) {
    if (CJK.test(match[0])) {
      // Each character of Chinese or Japanese is a word; what lies between them is read as usual.
      let from = 0
      for (const char of match[0].matchAll(CJK_RUN)) {
        if (char.index > from)
          readWord(text, match[0].slice(from, char.index), match.index + from, words)
        readWord(text, char[0], match.index + char.index, words)
        from = char.index + char[0].length
      }
      if (from < match[0].length) readWord(text, match[0].slice(from), match.index + from, words)
      continue
    }
    readWord(text, match[0], match.index, words)
  }
  return words
}

/** Adds the word `raw` (found at `start` in `text`), if it has any term, to `words`. */
function readWord(text: string, raw: string, start: number, words: Word[]): void {
  const word = wordOf(text, raw, start)
  if (word) words.push(word)
}

/** The word `raw` (found at `start` in `text`), or null if it has no term. */
function wordOf(text: string, raw: string, start: number): Word | null {
  let word = raw
  if (POSSESSIVE.test(word) && word.length > 2) word = word.slice(0, -2)
  const parts = splitCompound(word, start)
    .map((part) => ({
      term: termOf(text.slice(part.start, part.end)),
      start: part.start,
      end: part.end,
      joinedBy: part.joinedBy
    }))
    .filter(({ term }) => term.length > 0)
  const first = parts[0]
  const last = parts[parts.length - 1]
  if (!first || !last) return null
  const tokens = parts.map(({ term, start, end }) => ({ term, start, end }))
  if (parts.length === 1) return { parts: tokens, joined: null }
  const joined = parts
    .map(({ term, joinedBy }, i) => (i > 0 && joinedBy === '+' ? '+' : '') + term)
    .join('')
  return { parts: tokens, joined: { term: joined, start: first.start, end: last.end } }
}

/** Splits a raw word into the parts of a compound; a plain word is one part. */
function splitCompound(word: string, offset: number): Part[] {
  if (DOTTED_ABBREVIATION.test(word))
    return [{ start: offset, end: offset + word.length, joinedBy: '' }]
  const parts: Part[] = []
  let partStart = 0
  let joinedBy = ''
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i)
    const splits =
      SPLITTERS.has(ch) ||
      (ch === '.' && !(DIGIT.test(word.charAt(i - 1)) && DIGIT.test(word.charAt(i + 1))))
    if (!splits) continue
    parts.push({ start: offset + partStart, end: offset + i, joinedBy })
    joinedBy = ch
    partStart = i + 1
  }
  parts.push({ start: offset + partStart, end: offset + word.length, joinedBy })
  return parts
}

// Every character from U+0000 to U+007F, control characters included.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/
const ASCII_DROPPED_INSIDE = /[',]/g
const ASCII_LONE_DOT = /\.(?![0-9])|(?<![0-9])\./g

/** The search term for one part of a word. */
function termOf(part: string): string {
  // Plain ASCII (most words of English text): none of the foldings below can change it but the
  // dropped apostrophes and commas, lower case and the dots; the same term, several times faster.
  if (ASCII.test(part)) {
    const lower = part.replace(ASCII_DROPPED_INSIDE, '').toLowerCase()
    return lower.includes('.') ? lower.replace(ASCII_LONE_DOT, '') : lower
  }
  const folded = part
    .normalize('NFKC')
    .replace(DROPPED_INSIDE, '')
    .replace(OPTIONAL_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (ch) => FOLDED_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .normalize('NFC')
  // Dots survive only between digits (decimals); in a dotted abbreviation they are dropped.
  return folded.replace(/\.(?!\p{N})|(?<!\p{N})\./gu, '')
}

/** Whether every character of the text is ASCII (then asciiWordBounds can read it). */
export function isAscii(text: string): boolean {
  return ASCII.test(text)
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57
/** ' - / + & . : the connectors of CONNECTORS that are ASCII. */
const isConnectorCode = (c: number): boolean =>
  c === 39 || c === 45 || c === 47 || c === 43 || c === 38 || c === 46

/**
 * Where the first `count` words of an ASCII text start and end: the words tokenizeWords reads,
 * found by a walk over the characters without reading their terms, so a result's hits (word
 * numbers from the index) are placed in its text without tokenizing it. In ASCII every raw word
 * has a term, so word n here is tokenizeWords(text)[n]. For ASCII text only (isAscii).
 */
export function asciiWordBounds(
  text: string,
  count = Infinity
): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  const n = text.length
  let i = 0
  while (i < n && starts.length < count) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++
      // A connector joins two runs of word characters; a comma only two runs of digits.
      const c = text.charCodeAt(i)
      const joins =
        i + 1 < n &&
        isWordCode(text.charCodeAt(i + 1)) &&
        (isConnectorCode(c) ||
          (c === 44 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))))
      if (!joins) break
      i++
    }
    starts.push(start)
    ends.push(i)
  }
  return { starts, ends }
}

/** The word of the text between `start` and `end` (a raw word, as asciiWordBounds finds them). */
export function wordBetween(text: string, start: number, end: number): Word | null {
  return wordOf(text, text.slice(start, end), start)
}

/**
 * Where word number `ordinal` (as tokenizeWords counts them) starts in the text, found without
 * reading the words' terms: for highlighting around a hit deep in a long paragraph. Chinese and
 * Japanese characters count one word each; a raw word without any term still counts, so the
 * place can be a little early in text full of such marks.
 */
export function wordOffset(text: string, ordinal: number): number {
  let count = 0
  let last = 0
  for (const match of text.matchAll(RAW_WORD)) {
    const words = CJK.test(match[0]) ? Math.max(1, (match[0].match(CJK_RUN) ?? []).length) : 1
    if (count + words > ordinal) return match.index
    count += words
    last = match.index
  }
  return last
}
