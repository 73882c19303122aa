import type { BuildNotice, ParsedBlock, ParsedSection } from './parsed-section'
import { shortQuote } from './page-chrome'
import { say } from './build-words'

/**
 * What the build warns a trainer about in a report it built: things that are kept as they are
 * but usually mean the source is not what they think it is.
 *
 * - The text looks cut off: its last block ends without a full stop (or "!", "?", "…", ":"), as
 *   a capture cut after so many bytes does, in the middle of a word or a sentence. That block
 *   may be a paragraph, a quote's, a footnote or a list item: an item is taken for cut when it
 *   is prose (long) or when the items before it end their sentences and it does not; a list of
 *   short names ("Kazakhstan") ends in no full stop and is not cut. A table row or a code block
 *   is never taken for cut, nor a last line that gives a licence or a copyright ("MIT ©
 *   Sindre Sorhus", "Licensed under the Apache License 2.0"), or anything under a last heading
 *   "License" or "Copyright", which a README ends with and which need no full stop.
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

/** A line that gives a licence or a copyright: the end of many a README, without a full stop. */
const LICENCE_LINE =
  /\b(?:licen[cs]e[ds]?|MIT|Apache|BSD|L?GPL(?:v\d)?|AGPL|MPL|ISC|Unlicense|CC0|CC[- ]BY\S*|Creative Commons|copyright)\b|©|\(c\)/i
const LICENCE_LINE_LENGTH = 100
const LICENCE_HEADING = /^(?:licen[cs]es?|copyright|copying)\b/i
/** A list item this long, and of this many words, is prose that should end a sentence. */
const PROSE_ITEM_LENGTH = 100
const PROSE_ITEM_WORDS = 12

function cutOff(sections: readonly ParsedSection[]): BuildNotice[] {
  const lastSection = sections.at(-1)
  const blocks = sections.flatMap((section) => section.blocks)
  const last = blocks.at(-1)
  if (!last || !lastSection || SENTENCE_END.test(last.text)) return []
  const kind = last.block?.kind
  if (kind === 'table-row' || kind === 'code') return []
  if (LICENCE_HEADING.test(lastSection.heading)) return []
  if (last.text.length <= LICENCE_LINE_LENGTH && LICENCE_LINE.test(last.text)) return []
  if (kind === 'list-item' && !proseItem(last.text) && !listEndsSentences(blocks)) return []
  const end = last.text.length > 40 ? `…${last.text.slice(-40).replace(/^\S*\s/, '')}` : last.text
  return [warning(say('build.warning.cutOff', { end }))]
}

function proseItem(text: string): boolean {
  return text.length >= PROSE_ITEM_LENGTH && text.split(/\s+/).length >= PROSE_ITEM_WORDS
}

/** Whether most items before the last one, in its list, end their sentences. */
function listEndsSentences(blocks: readonly ParsedBlock[]): boolean {
  const items: ParsedBlock[] = []
  for (let i = blocks.length - 2; i >= 0 && blocks[i]?.block?.kind === 'list-item'; i--) {
    items.push(blocks[i] as ParsedBlock)
  }
  const ended = items.filter((item) => SENTENCE_END.test(item.text)).length
  return items.length > 0 && ended * 2 > items.length
}

function emptySections(sections: readonly ParsedSection[]): BuildNotice[] {
  return sections.flatMap((section, i) => {
    const next = sections[i + 1]
    const opensDeeper = next !== undefined && (next.level ?? 1) > (section.level ?? 1)
    if (section.blocks.length > 0 || opensDeeper) return []
    return [warning(say('build.warning.emptySection', { heading: section.heading }))]
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
      const where = [...new Set(headings)].map((heading) => say('build.quoted', { text: heading }))
      return warning(
        say('build.warning.repeated', {
          times: headings.length,
          quote: shortQuote(text, true),
          where: where.reduce((first, second) => say('build.and', { first, second }))
        })
      )
    })
}

function warning(message: string): BuildNotice {
  return { kind: 'warning', message }
}
