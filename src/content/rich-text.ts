import type { FootnoteRef } from '../shared/report-model'

/** A block's text with the footnote references in it (their "[n]" is in the text). */
export interface RichText {
  text: string
  refs: FootnoteRef[]
}

export const EMPTY_RICH_TEXT: RichText = { text: '', refs: [] }

/**
 * Joins pieces of text with `separator`, keeping each reference on its own characters. Empty
 * pieces are skipped unless `keepEmpty` (a table's empty cell still takes its place in the row).
 * Returns the joined text and, for each piece kept, where it lies in it.
 */
export function joinRichText(
  pieces: readonly RichText[],
  separator: string,
  { keepEmpty = false }: { keepEmpty?: boolean } = {}
): RichText & { spans: [number, number][] } {
  let text = ''
  const refs: FootnoteRef[] = []
  const spans: [number, number][] = []
  for (const piece of pieces) {
    if (!keepEmpty && piece.text === '') continue
    if (spans.length > 0) text += separator
    const at = text.length
    text += piece.text
    spans.push([at, text.length])
    for (const ref of piece.refs) refs.push({ ...ref, start: ref.start + at, end: ref.end + at })
  }
  return { text, refs, spans }
}
