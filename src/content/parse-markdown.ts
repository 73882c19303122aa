import type {
  Code,
  FootnoteDefinition,
  Heading,
  List,
  Nodes,
  Paragraph,
  Root,
  RootContent,
  Table,
  TableCell
} from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { MAX_LIST_DEPTH, TABLE_CELL_SEPARATOR, type Block } from '../shared/report-model'
import { normalizeLineBreaks } from '../shared/text/clean-text'
import { assembleItems, type DocumentItem } from './document-items'
import { inlineText, type InlineContext } from './markdown-inline'
import { NO_CHROME_CONTEXT, type ChromeContext } from './page-chrome'
import type { BuildNotice, ParsedBlock, ParsedReport } from './parsed-section'
import { htmlBlockParagraphs } from './raw-html-text'
import { joinRichText, plainRichText, richFields, type RichText } from './rich-text'

export { FOOTNOTES_HEADING } from './document-items'

/**
 * Markdown (`.md`, `.markdown`): CommonMark with GitHub's tables, footnotes, strikethrough,
 * task lists and bare web addresses (micromark, through mdast-util-from-markdown).
 *
 * - Sections: headings, at levels by rank (document-items.ts): the highest rank used is level 1,
 *   each lower rank one more, siblings of a rank stay siblings (`##` then three `######` are 1,
 *   2, 2, 2), and a section is never more than one level below the one it stands under. A file's
 *   one `#` heading before others is its title: level 1, beside its sections. A title that repeats
 *   the report's (from its metadata) is dropped as page chrome, as the other page chrome rules
 *   drop what they name. Text before the first heading is an "Introduction" section. Without any
 *   heading there are no sections: the caller reports that as a problem.
 * - Blocks: paragraphs; list items (ordered with their number, nested to four levels, deeper
 *   ones kept at the fourth); table rows (the first is the header row; cells joined by " | " with
 *   each cell's place); paragraphs of a block quote (`quote`); code blocks (`code`), their text
 *   exactly as written, line breaks and spaces kept, for a monospaced, never reflowed block.
 * - A list item is one block: its paragraphs are joined with a space (as earlier editions had
 *   them, so notes on them stay where they were), a task's box becomes ☐ or ☑ before its text.
 *   A list, table, quote or code block inside an item follows it as blocks of its own.
 * - Inside a block quote, paragraphs are `quote` blocks; a list, table or code block in a quote
 *   is kept as one (its numbers and columns say more than the quote around it), and a heading in
 *   a quote is one of its paragraphs, not a section.
 * - Footnotes: a reference becomes its number in brackets, "[1]", numbered in order of first
 *   reference, with its place in `footnoteRefs`; the definitions are `footnote` blocks, in that
 *   order, in a last section "Footnotes" (a footnote's paragraphs joined, like a list item's).
 *   A definition nothing refers to is kept there too, after the others.
 * - Inline markup keeps its text, with emphasis, strong, code, links and strikethrough as inline
 *   marks over it; emoji shortcodes become emoji (markdown-inline.ts).
 * - Raw HTML, in blocks or inline, is never kept as HTML: its text is (raw-html-text.ts), a
 *   script, style sheet or comment is left out with a notice that names it.
 * All text but a code block's is cleaned (see clean-text.ts). Link definitions and rules carry
 * no text.
 */
export function parseMarkdown(
  source: string,
  context: ChromeContext = NO_CHROME_CONTEXT
): ParsedReport {
  const tree = fromMarkdown(source, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()]
  })
  const reader = new MarkdownReader(linkDefinitions(tree))
  reader.flow(tree.children, false)
  return reader.finish(context)
}

const lineOf = (node: Nodes) => node.position?.start.line

/** Reference-style links' addresses, by identifier. */
function linkDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>()
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'definition') {
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url)
      } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        visit(node.children as RootContent[])
      }
    }
  }
  visit(tree.children)
  return definitions
}

/** A code block's text as written: line breaks as \n, no blank lines or spaces at the end. */
export function codeText(value: string): string {
  return normalizeLineBreaks(value)
    .replace(/[\uE000\uE001]/g, '')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
}

class MarkdownReader implements InlineContext {
  readonly notices: BuildNotice[] = []
  private readonly items: DocumentItem[] = []
  private tables = 0
  /** Footnote identifiers in the order of their numbers. */
  private readonly numbered: string[] = []
  private readonly definitions = new Map<string, FootnoteDefinition>()
  /** Definitions in the order they stand in the source. */
  private readonly definitionOrder: string[] = []

  constructor(private readonly links: ReadonlyMap<string, string>) {}

  footnoteLabel(identifier: string): string {
    let index = this.numbered.indexOf(identifier)
    if (index === -1) index = this.numbered.push(identifier) - 1
    return String(index + 1)
  }

  linkDefinition(identifier: string): string | undefined {
    return this.links.get(identifier)
  }

  flow(nodes: readonly RootContent[], quoted: boolean): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          if (quoted) this.add(this.inline(node), quoted)
          else this.heading(node)
          break
        case 'paragraph':
          this.add(this.inline(node), quoted)
          break
        case 'blockquote':
          this.flow(node.children, true)
          break
        case 'list':
          this.list(node, 1, quoted)
          break
        case 'table':
          this.table(node)
          break
        case 'code':
          this.code(node)
          break
        case 'html':
          for (const paragraph of htmlBlockParagraphs(
            node.value,
            { line: lineOf(node) },
            this.notices
          ))
            this.add(paragraph, quoted)
          break
        case 'footnoteDefinition':
          this.define(node)
          break
        // Rules, link definitions and front matter carry no text of the report.
      }
    }
  }

  finish(context: ChromeContext): ParsedReport {
    return assembleItems(this.items, context, {
      footnotes: this.footnotes(),
      notices: this.notices
    })
  }

  private block(block: ParsedBlock, table?: number): void {
    this.items.push({ kind: 'block', block, ...(table !== undefined ? { table } : {}) })
  }

  private add(rich: RichText, quoted: boolean, kind?: Block): void {
    if (rich.text === '') return
    const block = kind ?? (quoted ? ({ kind: 'quote' } as const) : undefined)
    this.block({ text: rich.text, ...(block ? { block } : {}), ...richFields(rich) })
  }

  private inline(node: Paragraph | Heading | TableCell): RichText {
    return inlineText(node.children, lineOf(node), this)
  }

  private heading(node: Heading): void {
    // A footnote reference in a heading keeps its "[n]" as text: a heading is one line of text.
    const text = this.inline(node).text
    if (text) this.items.push({ kind: 'heading', rank: node.depth, text })
  }

  private code(node: Code): void {
    const text = codeText(node.value)
    if (text.trim() !== '') this.block({ text, block: { kind: 'code' } })
  }

  private list(node: List, depth: number, quoted: boolean): void {
    node.children.forEach((item, i) => {
      const own: RichText[] = []
      const after: RootContent[] = []
      for (const child of item.children) {
        const text = child.type === 'code' ? null : this.leafText(child)
        if (text) own.push(text)
        else if (child.type === 'footnoteDefinition') this.define(child)
        else after.push(child)
      }
      if (item.checked === true || item.checked === false) {
        own.unshift({ text: item.checked ? '☑' : '☐', refs: [], marks: [] })
      }
      const text = joinRichText(own, ' ')
      this.add(text, quoted, {
        kind: 'list-item',
        ordered: node.ordered === true,
        depth: Math.min(depth, MAX_LIST_DEPTH),
        ...(node.ordered ? { number: (node.start ?? 1) + i } : {})
      })
      for (const child of after) {
        if (child.type === 'list') this.list(child, depth + 1, quoted)
        else this.flow([child], quoted)
      }
    })
  }

  private table(node: Table): void {
    const table = ++this.tables
    node.children.forEach((row, r) => {
      const cells = row.children.map((cell) => this.inline(cell))
      if (cells.every((cell) => cell.text === '')) return
      const joined = joinRichText(cells, TABLE_CELL_SEPARATOR, { keepEmpty: true })
      this.block(
        {
          text: joined.text,
          block: { kind: 'table-row', table, header: r === 0, cells: joined.spans },
          ...richFields(joined)
        },
        table
      )
    })
  }

  /** The text of a block that is part of a list item's or a footnote's own text; else null. */
  private leafText(node: RootContent): RichText | null {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return this.inline(node)
      case 'code':
        return plainRichText(node.value)
      case 'html':
        return joinRichText(
          htmlBlockParagraphs(node.value, { line: lineOf(node) }, this.notices),
          ' '
        )
      default:
        return null
    }
  }

  private define(node: FootnoteDefinition): void {
    if (this.definitions.has(node.identifier)) {
      this.notices.push({
        kind: 'warning',
        message:
          `Line ${lineOf(node) ?? '?'}: a second footnote named [^${node.label ?? node.identifier}]; ` +
          'references go to the first one, and this one is kept after the others.'
      })
      // Kept under a name no reference can have.
      const again = `${node.identifier}\u0000${this.definitionOrder.length}`
      this.definitions.set(again, node)
      this.definitionOrder.push(again)
      return
    }
    this.definitions.set(node.identifier, node)
    this.definitionOrder.push(node.identifier)
  }

  /** The footnotes' blocks, in the order of their numbers. */
  private footnotes(): ParsedBlock[] {
    if (this.definitions.size === 0) return []
    // Definitions nothing refers to are numbered after the others.
    for (const identifier of this.definitionOrder) this.footnoteLabel(identifier)
    const blocks: ParsedBlock[] = []
    // A footnote may refer to another: the list grows as they are read.
    for (let n = 0; n < this.numbered.length; n++) {
      const definition = this.definitions.get(this.numbered[n] as string)
      if (!definition) continue
      const text = joinRichText(this.footnoteTexts(definition.children), ' ')
      if (text.text === '') continue
      blocks.push({
        text: text.text,
        block: { kind: 'footnote', label: String(n + 1) },
        ...richFields(text)
      })
    }
    return blocks
  }

  /** Every piece of text in a footnote's blocks, in order. */
  private footnoteTexts(nodes: readonly RootContent[]): RichText[] {
    const texts: RichText[] = []
    for (const node of nodes) {
      const text = this.leafText(node)
      if (text) texts.push(text)
      else if (node.type === 'table') {
        for (const row of node.children) {
          texts.push(
            joinRichText(
              row.children.map((cell) => this.inline(cell)),
              TABLE_CELL_SEPARATOR
            )
          )
        }
      } else if ('children' in node) {
        texts.push(...this.footnoteTexts(node.children as RootContent[]))
      }
    }
    return texts
  }
}
