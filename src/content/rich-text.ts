import type { FootnoteRef, InlineMark, InlineMarkKind } from '../shared/report-model'

/**
 * A block's text with the footnote references in it (their "[n]" is in the text) and its inline
 * marks (emphasis, strong, code, links), each at its offsets in the text.
 */
export interface RichText {
  text: string
  refs: FootnoteRef[]
  marks: InlineMark[]
}

export const EMPTY_RICH_TEXT: RichText = { text: '', refs: [], marks: [] }

/** The fields a block takes from its rich text: absent when empty, so plain blocks stay as they were. */
export function richFields({ refs, marks }: RichText): {
  footnoteRefs?: FootnoteRef[]
  marks?: InlineMark[]
} {
  return {
    ...(refs.length > 0 ? { footnoteRefs: refs } : {}),
    ...(marks.length > 0 ? { marks } : {})
  }
}

/**
 * Joins pieces of text with `separator`, keeping each reference and mark on its own characters.
 * Empty pieces are skipped unless `keepEmpty` (a table's empty cell still takes its place in the
 * row). Returns the joined text and, for each piece kept, where it lies in it.
 */
export function joinRichText(
  pieces: readonly RichText[],
  separator: string,
  { keepEmpty = false }: { keepEmpty?: boolean } = {}
): RichText & { spans: [number, number][] } {
  let text = ''
  const refs: FootnoteRef[] = []
  const marks: InlineMark[] = []
  const spans: [number, number][] = []
  for (const piece of pieces) {
    if (!keepEmpty && piece.text === '') continue
    if (spans.length > 0) text += separator
    const at = text.length
    text += piece.text
    spans.push([at, text.length])
    for (const ref of piece.refs) refs.push({ ...ref, start: ref.start + at, end: ref.end + at })
    for (const mark of piece.marks)
      marks.push({ ...mark, start: mark.start + at, end: mark.end + at })
  }
  return { text, refs, marks, spans }
}

// A footnote reference may stand in raw text as these private-use marks around its label (so
// that it survives an HTML parser): the builder turns each into "[label]" and a reference.
export const REF_OPEN = '\uE000'
export const REF_CLOSE = '\uE001'
const REF_MARK = /\uE000([^\uE000\uE001]*)\uE001/g
const PRIVATE_MARKS = /[\uE000\uE001]/g

/** Text as it may appear in a source, with no reference marks left in it. */
export const withoutRefMarks = (raw: string): string => raw.replace(PRIVATE_MARKS, '')

/** Never content (see clean-text.ts): deleted wherever they are. */
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g

interface OpenMark {
  kind: InlineMarkKind
  href?: string
  /** Where its first visible character is; null while none has come. */
  start: number | null
}

/**
 * Builds a block's rich text from the pieces of its source, cleaning as it goes exactly as
 * `cleanText` cleans the whole (invisible characters deleted, each run of whitespace one space,
 * no space at either end), so the text is what it always was, and every mark and reference
 * lands on the characters it covers after cleaning. A mark covers no space at its ends; one
 * that covers nothing is left out.
 */
export class RichTextBuilder {
  private text = ''
  private pendingSpace = false
  private readonly refs: FootnoteRef[] = []
  private readonly marks: InlineMark[] = []
  private readonly open: OpenMark[] = []

  /** Raw text: cleaned; reference marks in it become references. */
  add(raw: string): void {
    let from = 0
    for (const match of raw.matchAll(REF_MARK)) {
      this.visible(raw.slice(from, match.index))
      this.ref(match[1] as string)
      from = match.index + match[0].length
    }
    this.visible(raw.slice(from))
  }

  /** A footnote reference: "[label]" in the text. */
  ref(label: string): void {
    const start = this.write(`[${label}]`)
    this.refs.push({ start, end: this.text.length, label })
  }

  /** Starts a mark over what comes until the matching `close`. */
  openMark(kind: InlineMarkKind, href?: string): void {
    this.open.push({ kind, ...(href ? { href } : {}), start: null })
  }

  closeMark(): void {
    const mark = this.open.pop()
    if (!mark || mark.start === null || mark.start >= this.text.length) return
    const { start, kind, href } = mark
    this.marks.push({ start, end: this.text.length, kind, ...(href ? { href } : {}) })
  }

  /** Runs `inside` within a mark. */
  marked(kind: InlineMarkKind, href: string | undefined, inside: () => void): void {
    this.openMark(kind, href)
    inside()
    this.closeMark()
  }

  finish(): RichText {
    while (this.open.length > 0) this.closeMark()
    const marks = [...this.marks].sort((a, b) => a.start - b.start || b.end - a.end)
    return { text: this.text, refs: this.refs, marks }
  }

  private visible(raw: string): void {
    const text = raw.replace(PRIVATE_MARKS, '').replace(INVISIBLE, '')
    for (const part of text.split(/(\s+)/)) {
      if (part === '') continue
      if (/^\s/.test(part)) this.pendingSpace = this.text !== ''
      else this.write(part)
    }
  }

  /** Writes visible characters; returns where they start. */
  private write(visible: string): number {
    if (this.pendingSpace) this.text += ' '
    this.pendingSpace = false
    const start = this.text.length
    for (const mark of this.open) mark.start ??= start
    this.text += visible
    return start
  }
}

/** Plain text (a block of HTML's) as rich text: cleaned, with no references or marks. */
export function plainRichText(raw: string): RichText {
  const builder = new RichTextBuilder()
  builder.add(withoutRefMarks(raw))
  return builder.finish()
}
