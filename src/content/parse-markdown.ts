import { marked, type MarkedToken, type Token, type Tokens } from 'marked'
import { cleanText } from '../shared/text/clean-text'
import { decodeEntities } from './html-entities'
import {
  INTRODUCTION_HEADING,
  type ParsedBlock,
  type ParsedReport,
  type ParsedSection
} from './parsed-section'

/**
 * Markdown (`.md`, `.markdown`), read with marked's lexer:
 * - `#` and `##` headings (ATX or setext) start sections;
 * - paragraphs, list items (each its own paragraph, nested items too), deeper headings (`###`+),
 *   block quotes' contents, code blocks and table rows (cells joined by " | ") become paragraphs;
 * - inline markup is reduced to its text: emphasis and links to their text, images to their
 *   alt text, code spans to their code, character references decoded, inline HTML tags dropped;
 * - raw HTML blocks, link definitions and rules are ignored.
 * All text is cleaned (see clean-text.ts). Text before the first section heading becomes an
 * "Introduction" section.
 *
 * Returns no sections when there is no `#`/`##` heading at all: the caller reports that as a
 * problem.
 */
export function parseMarkdown(source: string): ParsedReport {
  const sections: ParsedSection[] = []
  const introduction: ParsedBlock[] = []
  let sawHeading = false
  const addParagraph = (raw: string): void => {
    const text = cleanText(raw)
    if (!text) return
    const current = sections[sections.length - 1]
    if (current) current.blocks.push({ text })
    else introduction.push({ text })
  }
  const visit = (tokens: readonly Token[], quoted: boolean): void => {
    for (const token of tokens as readonly MarkedToken[]) {
      if (token.type === 'heading' && token.depth <= 2 && !quoted) {
        const heading = cleanText(inlineText(token.tokens))
        if (!heading) continue
        sawHeading = true
        sections.push({ heading, blocks: [] })
      } else if (token.type === 'blockquote') {
        visit(token.tokens, true)
      } else if (token.type === 'list') {
        for (const item of token.items) visitListItem(item, quoted)
      } else if (token.type === 'table') {
        for (const row of [token.header, ...token.rows]) {
          addParagraph(row.map((cell) => cleanText(inlineText(cell.tokens))).join(' | '))
        }
      } else {
        addParagraph(blockText(token))
      }
    }
  }
  const visitListItem = (item: Tokens.ListItem, quoted: boolean): void => {
    const own = (item.tokens as MarkedToken[]).filter((t) => t.type !== 'list')
    addParagraph(own.map(blockText).join(' '))
    for (const nested of item.tokens as MarkedToken[]) {
      if (nested.type === 'list') for (const sub of nested.items) visitListItem(sub, quoted)
    }
  }
  visit(marked.lexer(source), false)
  if (!sawHeading) return { sections: [], notices: [] }
  if (introduction.length > 0)
    sections.unshift({ heading: INTRODUCTION_HEADING, blocks: introduction })
  return { sections, notices: [] }
}

/** The text of a leaf block; '' for blocks that carry no report text. */
function blockText(token: MarkedToken): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(token.tokens)
    case 'text':
      return token.tokens ? inlineText(token.tokens) : decodeEntities(token.text)
    case 'code':
      return token.text
    default:
      return ''
  }
}

/** Plain text of inline tokens. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return ''
  return (tokens as readonly MarkedToken[])
    .map((token) => {
      switch (token.type) {
        case 'text':
          return token.tokens ? inlineText(token.tokens) : decodeEntities(token.text)
        case 'escape':
        case 'codespan':
          return token.text
        case 'image':
          return decodeEntities(token.text)
        case 'br':
          return ' '
        case 'html':
          return /^<br\s*\/?>$/i.test(token.text) ? ' ' : ''
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return inlineText(token.tokens)
        default:
          return ''
      }
    })
    .join('')
}
