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

/** The sentences of a text, in order; spaces between them belong to none. */
export function splitSentences(text: string): SentenceSpan[] {
  const segments = [...segmenter.segment(text)].map(({ segment, index }) => ({
    segment,
    index
  }))
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
