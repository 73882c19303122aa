import type { BuildNotice, ParsedSection } from './parsed-section'
import { shortQuote } from './page-chrome'

/**
 * What the build warns a trainer about in a report it built: things that are kept as they are
 * but usually mean the source is not what they think it is.
 *
 * - The text looks cut off: its last paragraph ends without a full stop (or "!", "?", "…", ":"),
 *   as a capture cut after so many bytes does, in the middle of a word or a sentence.
 * - A section has no text under its heading (and no deeper section follows it).
 * - A paragraph appears more than once (long enough to be more than a stock phrase).
 */

/** Paragraphs shorter than this may repeat on purpose ("None.", a table's "Yes"). */
export const MIN_REPEATED_LENGTH = 40

/** A sentence's end, before any closing quotes or brackets. */
export const SENTENCE_END = /[.!?…:][\s"'”’»)\]]*$/u

export function reportWarnings(sections: readonly ParsedSection[]): BuildNotice[] {
  return [...cutOff(sections), ...emptySections(sections), ...repeatedParagraphs(sections)]
}

function cutOff(sections: readonly ParsedSection[]): BuildNotice[] {
  const last = sections.flatMap((section) => section.blocks).at(-1)
  if (!last || last.block || SENTENCE_END.test(last.text)) return []
  const end = last.text.length > 40 ? `…${last.text.slice(-40).replace(/^\S*\s/, '')}` : last.text
  return [
    warning(
      `the text looks cut off: it ends in the middle of a sentence ("${end}"). ` +
        'Everything up to there is kept; check that the file is complete.'
    )
  ]
}

function emptySections(sections: readonly ParsedSection[]): BuildNotice[] {
  return sections.flatMap((section, i) => {
    const next = sections[i + 1]
    const opensDeeper = next !== undefined && (next.level ?? 1) > (section.level ?? 1)
    if (section.blocks.length > 0 || opensDeeper) return []
    return [warning(`the section "${section.heading}" has no text under its heading; it is kept`)]
  })
}

function repeatedParagraphs(sections: readonly ParsedSection[]): BuildNotice[] {
  const seen = new Map<string, string[]>()
  for (const section of sections) {
    for (const { text } of section.blocks) {
      if (text.length < MIN_REPEATED_LENGTH) continue
      seen.set(text, [...(seen.get(text) ?? []), section.heading])
    }
  }
  return [...seen]
    .filter(([, headings]) => headings.length > 1)
    .map(([text, headings]) => {
      const where = [...new Set(headings)].map((heading) => `"${heading}"`).join(' and ')
      const times = headings.length === 2 ? 'twice' : `${headings.length} times`
      return warning(
        `a paragraph appears ${times} ("${shortQuote(text, true)}", in ${where}); each is kept`
      )
    })
}

function warning(message: string): BuildNotice {
  return { kind: 'warning', message }
}
