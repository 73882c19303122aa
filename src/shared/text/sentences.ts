/** A sentence of a text: `text.slice(start, end)`, without the spaces around it. */
export interface SentenceSpan {
  start: number
  end: number
}

/**
 * The sentence segmenter of the platform (ICU's rules, in Node and in Chromium alike). Made once:
 * creating one costs far more than segmenting a paragraph.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * ICU breaks after every full stop followed by a space and a capital or a digit, so "the U.S.
 * Agency for International Development" and "in Dec. 2021" come out as two sentences each.
 * A segment that ends with one of these abbreviations is joined to the next one:
 * - letters with dots, two or more ("U.S.", "U.N.", "e.g.", "i.e."), and a single capital
 *   with a dot (an initial, "John F. Kennedy");
 * - titles, which always come before a name;
 * - month and reference abbreviations, when a number follows ("Dec. 7", "No. 5", "para. 3").
 * Joining two real sentences (in "…in the U.S. The next…") costs a comparison only a coarser
 * unit; splitting one sentence in two would report a small edit as two changes.
 */
const DOTTED_LETTERS = /(?:^|[\s(“"‘'])(?:\p{L}\.){2,}$|(?:^|[\s(“"‘'])\p{Lu}\.$/u
const TITLES = new Set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj sen rep gov amb hon rev st messrs'.split(' ')
)
const BEFORE_NUMBERS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art para paras p pp fig sec ch ed'.split(
    ' '
  )
)
const LAST_WORD = /(?:^|[\s(“"‘'])(\p{L}+)\.$/u

function endsWithAbbreviation(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd()
  if (DOTTED_LETTERS.test(trimmed)) return true
  const word = LAST_WORD.exec(trimmed)?.[1]?.toLowerCase()
  if (word === undefined) return false
  if (TITLES.has(word)) return true
  return BEFORE_NUMBERS.has(word) && /^\s*\p{N}/u.test(next)
}

/**
 * The platform's segmenter slows down with the length of what it is given: past some tens of
 * kilobytes each sentence costs more than the last (540 KB of plain sentences took 38 s of CPU in
 * Node 24, 66 KB 0.05 s). And each call holds native memory until the garbage collector gets to
 * it (62,000 paragraphs one by one grew the process by 120 MB). So texts are segmented in pieces
 * of at most this many characters: short texts together, joined by line breaks (a hard sentence
 * break for ICU, so each text comes out as it would alone), and a longer text cut after a full
 * stop and a space before a capital (where ICU breaks too; a cut after an abbreviation is joined
 * back below, like ICU's own breaks there), or, in a "sentence" of thousands of characters, at a
 * space. 40,000 paragraphs of real documentation come out exactly as one by one.
 */
export const SEGMENT_CHARS = 8_000

/** The sentences of a text, in order; spaces between them belong to none. */
export function splitSentences(text: string): SentenceSpan[] {
  return splitSentencesOfTexts([text])[0] as SentenceSpan[]
}

/** The sentences of each text, as splitSentences gives them, at a cost linear in their length. */
export function splitSentencesOfTexts(texts: readonly string[]): SentenceSpan[][] {
  const result: SentenceSpan[][] = []
  let batch: string[] = []
  let batchLength = 0
  const flush = () => {
    if (batch.length > 0) result.push(...sentencesOfBatch(batch))
    batch = []
    batchLength = 0
  }
  for (const text of texts) {
    if (text.length > SEGMENT_CHARS) {
      flush()
      result.push(sentencesOfLongText(text))
      continue
    }
    if (batchLength + text.length + 1 > SEGMENT_CHARS) flush()
    batch.push(text)
    batchLength += text.length + 1
  }
  flush()
  return result
}

interface Segment {
  segment: string
  index: number
}

/** Short texts, segmented as one text with a line break after each. */
function sentencesOfBatch(texts: readonly string[]): SentenceSpan[][] {
  const joined = texts.join('\n')
  const segments = [...segmenter.segment(joined)]
  const result: SentenceSpan[][] = []
  let at = 0
  let offset = 0
  for (const text of texts) {
    const end = offset + text.length
    const own: Segment[] = []
    for (; at < segments.length && (segments[at] as Segment).index < end; at++) {
      const { segment, index } = segments[at] as Segment
      // Only the part within this text: not the line break after the one before.
      const from = Math.max(index, offset)
      if (from >= index + segment.length) continue
      own.push({ segment: segment.slice(from - index, end - index), index: from - offset })
    }
    result.push(sentencesOf(text, own))
    offset = end + 1
  }
  return result
}

/** A text longer than SEGMENT_CHARS, segmented piece by piece. */
function sentencesOfLongText(text: string): SentenceSpan[] {
  const segments: Segment[] = []
  for (let from = 0; from < text.length;) {
    const to = pieceEnd(text, from)
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
      segments.push({ segment, index: from + index })
    }
    from = to
  }
  return sentencesOf(text, segments)
}

/** A full stop (and closing marks) and spaces before a capital, a digit or an opening mark. */
const SENTENCE_END = /[.!?。！？]["”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘([])/gu

/**
 * Where the piece of `text` from `from` ends: after the last full stop in reach that ICU breaks
 * after too (so the cut is a sentence break wherever the piece began). In a "sentence" of
 * thousands of characters, before the first word in reach that the words themselves choose (one
 * in 32, by a hash of the word), so that text inserted early on moves no cut after the next one
 * and an edit stays one changed piece; else after the last space.
 */
function pieceEnd(text: string, from: number): number {
  const limit = from + SEGMENT_CHARS
  if (limit >= text.length) return text.length
  const start = from + (SEGMENT_CHARS >> 1)
  const window = text.slice(start, limit)
  let cut = -1
  for (const match of window.matchAll(SENTENCE_END)) cut = match.index + match[0].length
  if (cut !== -1) return start + cut
  for (const match of window.matchAll(WORD_AFTER_SPACE)) {
    if (wordHash(match[1] as string) % 32 === 0)
      return start + match.index + match[0].length - (match[1] as string).length
  }
  cut = window.lastIndexOf(' ') + 1
  return cut > 0 ? start + cut : limit
}

const WORD_AFTER_SPACE = /\s+(\S+)/g

/** FNV-1a over a word's code units: the same word, the same number, wherever it stands. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The sentences of a text from its segments: trimmed, and joined after an abbreviation. */
function sentencesOf(text: string, segments: readonly Segment[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  let start: number | null = null
  segments.forEach(({ segment, index }, i) => {
    start ??= index
    const next = segments[i + 1]
    if (next && endsWithAbbreviation(segment, next.segment)) return
    const span = trimSpan(text, start, index + segment.length)
    if (span) sentences.push(span)
    start = null
  })
  return sentences
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | null {
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return to > from ? { start: from, end: to } : null
}
