import { LIMITS, type TextTarget } from './annotation-model'

/**
 * Characters of context kept either side of a highlight. 32 is what Hypothesis stores: enough to
 * tell apart repeated phrases when the text moves, well under LIMITS.contextLength.
 */
export const QUOTE_CONTEXT = 32

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch)
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The target for a selection of `paragraph.text` from `start` to `end` (UTF-16 offsets, either
 * order: a selection made backwards is the same selection). Whitespace at the edges is left out,
 * so a double-click that grabs the trailing space highlights just the word.
 * Throws an Error with a message for the user when there is nothing to highlight.
 */
export function textTargetFor(
  paragraph: { id: string; text: string },
  start: number,
  end: number
): TextTarget {
  const { text } = paragraph
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error('The selection could not be read. Select the text again.')
  }
  let from = Math.min(start, end)
  let to = Math.max(start, end)
  if (from < 0 || to > text.length) {
    throw new Error('The selection is outside the paragraph. Select the text again.')
  }
  while (from < to && isSpace(text[from])) from++
  while (to > from && isSpace(text[to - 1])) to--
  if (from === to) throw new Error('Select some text to highlight.')
  if (to - from > LIMITS.quoteLength) {
    throw new Error(
      `The selection is longer than ${LIMITS.quoteLength} characters. Highlight a shorter passage.`
    )
  }
  return {
    kind: 'text',
    paragraphId: paragraph.id,
    position: { start: from, end: to },
    quote: {
      exact: text.slice(from, to),
      prefix: contextBefore(text, from),
      suffix: contextAfter(text, to)
    }
  }
}

/** Up to QUOTE_CONTEXT characters before `at`, never starting with half of a surrogate pair. */
function contextBefore(text: string, at: number): string {
  let from = Math.max(0, at - QUOTE_CONTEXT)
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++
  return text.slice(from, at)
}

/** Up to QUOTE_CONTEXT characters after `at`, never ending with half of a surrogate pair. */
function contextAfter(text: string, at: number): string {
  let to = Math.min(text.length, at + QUOTE_CONTEXT)
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--
  return text.slice(at, to)
}
