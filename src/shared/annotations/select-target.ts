import type { ProcessedReport } from '../report-model'
import { LIMITS, type TextTarget } from './annotation-model'
import { joinedOffset, pointAt, reportText, type TextPoint } from './report-text'

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
 * so a double-click that grabs the trailing space highlights just the word. A quote longer than
 * `maxLength` (a highlight's limit; a passage copied has none) is refused.
 * Throws an Error with a message for the user when there is nothing to highlight.
 */
export function textTargetFor(
  paragraph: { id: string; text: string },
  start: number,
  end: number,
  maxLength: number = LIMITS.quoteLength
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
  if (to - from > maxLength) throw new Error(tooLong(to - from, maxLength))
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

const tooLong = (length: number, maxLength: number) =>
  `The selection is ${length.toLocaleString('en')} characters long; a highlight can be up to ${maxLength.toLocaleString('en')}. Select a shorter passage to highlight it.`

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

/**
 * The target for a selection from `from` to `to` in a report, within one paragraph or over
 * several (either order). Over several, the quote is the passage's text with the paragraphs
 * joined by a blank line; the context before comes from the first paragraph, the context after
 * from the last. Whitespace at the edges is left out. Throws an Error with a message for the user
 * when there is nothing to highlight.
 */
export function textTargetForRange(
  report: ProcessedReport,
  from: TextPoint,
  to: TextPoint,
  maxLength: number = LIMITS.quoteLength
): TextTarget {
  const joined = reportText(report)
  const a = joinedOffset(joined, from)
  const b = joinedOffset(joined, to)
  if (a === undefined || b === undefined) {
    throw new Error('The selection is outside the report’s text. Select the text again.')
  }
  let start = Math.min(a, b)
  let end = Math.max(a, b)
  const { text } = joined
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  if (start === end) throw new Error('Select some text to highlight.')
  const first = pointAt(joined, start, 'start')
  const last = pointAt(joined, end, 'end')
  const firstText = report.sections
    .flatMap((s) => s.paragraphs)
    .find((p) => p.id === first.paragraphId) as { id: string; text: string }
  if (first.paragraphId === last.paragraphId) {
    return textTargetFor(firstText, first.offset, last.offset, maxLength)
  }
  if (end - start > maxLength) throw new Error(tooLong(end - start, maxLength))
  const lastText = report.sections
    .flatMap((s) => s.paragraphs)
    .find((p) => p.id === last.paragraphId) as { id: string; text: string }
  return {
    kind: 'text',
    paragraphId: first.paragraphId,
    endParagraphId: last.paragraphId,
    position: { start: first.offset, end: last.offset },
    quote: {
      exact: text.slice(start, end),
      prefix: contextBefore(firstText.text, first.offset),
      suffix: contextAfter(lastText.text, last.offset)
    }
  }
}
