import { cleanText } from '../shared/text/clean-text'

/**
 * Lines of a PDF's paragraph joined into its text. A word broken at a line's end:
 * - by a soft hyphen (U+00AD, where a word processor hyphenated it) is joined without it, unless
 *   the PDF draws every hyphen as a soft hyphen (some writers do: then it is a hyphen);
 * - at a hyphen is joined keeping it ("ISIS-" "Khorasan" is "ISIS-Khorasan", "law-" "enforcement"
 *   is "law-enforcement"), unless the document writes the word elsewhere whole and never with
 *   the hyphen ("govern-" "ment" is "government" when "government" is in the text);
 * - at a dash with no space before it goes on without a space ("2018–" "22" is "2018–22").
 * Other lines are joined with a space.
 */

/** The words a document writes whole, and those it writes with a hyphen, lowercased. */
export interface Vocabulary {
  whole: ReadonlySet<string>
  hyphenated: ReadonlySet<string>
  /** The PDF maps the hyphens it draws to soft hyphens (U+00AD) inside lines. */
  softHyphensDrawn: boolean
}

export const NO_VOCABULARY: Vocabulary = {
  whole: new Set(),
  hyphenated: new Set(),
  softHyphensDrawn: false
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/** The vocabulary of a document's lines (their text as drawn, before joining). */
export function vocabularyOf(lines: readonly string[], softHyphensDrawn: boolean): Vocabulary {
  const whole = new Set<string>()
  const hyphenated = new Set<string>()
  for (const line of lines) {
    // A line's last word may be broken: it is not evidence of anything.
    const text = /[-\u00AD]$/u.test(line) ? line.slice(0, line.lastIndexOf(' ') + 1) : line
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      if (word.includes('-')) hyphenated.add(word)
      else whole.add(word)
    }
  }
  return { whole, hyphenated, softHyphensDrawn }
}

const LAST_PART = /([\p{L}\p{N}]+)[-\u00AD]$/u
/** Words longer than this are not words: a line's end is looked at this far back. */
const WORD_TAIL = 64
const FIRST_PART = /^([\p{L}\p{N}]+)/u

export function joinLines(
  lines: readonly string[],
  vocabulary: Vocabulary = NO_VOCABULARY
): string {
  // The pieces are joined once, at the end, and each join looks only at the line before: a long
  // paragraph costs no more per line than a short one.
  const pieces: string[] = []
  for (const raw of lines) {
    const line = raw.trim()
    const last = pieces.length - 1
    const previous = pieces[last]
    if (previous === undefined || previous === '') {
      if (previous === '') pieces[last] = line
      else pieces.push(line)
      continue
    }
    const before = LAST_PART.exec(previous.slice(-WORD_TAIL))
    const after = FIRST_PART.exec(line)
    if (before && after) {
      const soft = previous.endsWith('\u00AD') && !vocabulary.softHyphensDrawn
      const [head, tail] = [(before[1] ?? '').toLowerCase(), (after[1] ?? '').toLowerCase()]
      const broken =
        soft || (vocabulary.whole.has(head + tail) && !vocabulary.hyphenated.has(`${head}-${tail}`))
      pieces[last] = broken ? previous.slice(0, -1) : `${previous.slice(0, -1)}-`
      pieces.push(line)
    } else if (/\S[–—]$/u.test(previous.slice(-2)) && /^\p{L}|^\p{N}/u.test(line)) pieces.push(line)
    else pieces.push(` ${line}`)
  }
  return cleanText(pieces.join(''))
}
