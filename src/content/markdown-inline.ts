import type { PhrasingContent } from 'mdast'
import { cleanText } from '../shared/text/clean-text'
import type { FootnoteRef } from '../shared/report-model'
import type { BuildNotice } from './parsed-section'
import { escapeHtmlText, htmlInlineText } from './raw-html-text'
import type { RichText } from './rich-text'

/**
 * Inline Markdown reduced to the text a reader sees: emphasis, links and strikethrough to their
 * text, images to their description, code spans to their code, a line break to a space, inline
 * HTML to its text (raw-html-text.ts), and a footnote reference to its number in brackets,
 * "[1]", whose place is kept in `refs`. The result is cleaned (clean-text.ts).
 */
export interface InlineContext {
  /** The label of the footnote with this identifier: its number, given at its first reference. */
  footnoteLabel(identifier: string): string
  notices: BuildNotice[]
}

// A reference stands in the text as these private-use marks around its label until the text is
// cleaned (and, with HTML, parsed): then each becomes "[label]" at the offsets it ends up at.
const REF_OPEN = '\uE000'
const REF_CLOSE = '\uE001'
const REF_MARK = /\uE000([^\uE001]*)\uE001/g
const PRIVATE_MARKS = /[\uE000\uE001]/g

interface Piece {
  html: boolean
  value: string
}

export function inlineText(
  nodes: readonly PhrasingContent[],
  line: number | undefined,
  context: InlineContext
): RichText {
  const pieces: Piece[] = []
  collect(nodes, pieces, context)
  const raw = pieces.some((p) => p.html)
    ? htmlInlineText(
        pieces.map((p) => (p.html ? p.value : escapeHtmlText(p.value))).join(''),
        { line },
        context.notices
      )
    : pieces.map((p) => p.value).join('')
  return withReferences(cleanText(raw))
}

/** Plain text (a code block's, a block of HTML's) as rich text: cleaned, with no references. */
export function plainRichText(raw: string): RichText {
  return { text: cleanText(raw.replace(PRIVATE_MARKS, '')), refs: [] }
}

function collect(nodes: readonly PhrasingContent[], into: Piece[], context: InlineContext): void {
  const text = (value: string) => into.push({ html: false, value })
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text(node.value.replace(PRIVATE_MARKS, ''))
        break
      case 'inlineCode':
        text(node.value.replace(PRIVATE_MARKS, ''))
        break
      case 'image':
      case 'imageReference':
        text((node.alt ?? '').replace(PRIVATE_MARKS, ''))
        break
      case 'break':
        text(' ')
        break
      case 'footnoteReference':
        text(`${REF_OPEN}${context.footnoteLabel(node.identifier)}${REF_CLOSE}`)
        break
      case 'html':
        into.push({ html: true, value: node.value })
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        collect(node.children, into, context)
        break
    }
  }
}

/** Replaces each reference mark by "[label]" and notes where it is. */
function withReferences(marked: string): RichText {
  const refs: FootnoteRef[] = []
  let text = ''
  let from = 0
  for (const match of marked.matchAll(REF_MARK)) {
    text += marked.slice(from, match.index)
    const label = match[1] as string
    const start = text.length
    text += `[${label}]`
    refs.push({ start, end: text.length, label })
    from = match.index + match[0].length
  }
  return { text: text + marked.slice(from), refs }
}
