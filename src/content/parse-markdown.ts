import type {
  FootnoteDefinition,
  Heading,
  List,
  Nodes,
  Paragraph,
  RootContent,
  Table,
  TableCell
} from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import {
  MAX_LIST_DEPTH,
  MAX_SECTION_LEVEL,
  TABLE_CELL_SEPARATOR,
  type Block
} from '../shared/report-model'
import { inlineText, plainRichText, type InlineContext } from './markdown-inline'
import {
  INTRODUCTION_HEADING,
  type BuildNotice,
  type ParsedReport,
  type ParsedSection
} from './parsed-section'
import { htmlBlockParagraphs } from './raw-html-text'
import { joinRichText, type RichText } from './rich-text'

/** Heading of the section that holds a report's footnotes, after its last section. */
export const FOOTNOTES_HEADING = 'Footnotes'

/**
 * Markdown (`.md`, `.markdown`): CommonMark with GitHub's tables, footnotes, strikethrough,
 * task lists and bare web addresses (micromark, through mdast-util-from-markdown).
 *
 * - Sections: `#` and `##` headings start top-level sections (as they always have, so that an
 *   edition's section ids stay); `###` starts a level-2 section, `####` level 3, deeper ones
 *   level 4. A section is never more than one level below the one before it (a `####` right
 *   after a `##` is level 2), so the contents nest without gaps. Text before the first heading is
 *   an "Introduction" section. Without any `#` or `##` heading there are no sections: the caller
 *   reports that as a problem.
 * - Blocks: paragraphs; list items (ordered with their number, nested to four levels, deeper
 *   ones kept at the fourth); table rows (the first is the header row; cells joined by " | " with
 *   each cell's place); paragraphs of a block quote (`quote`); code blocks as paragraphs.
 * - A list item is one block: its paragraphs are joined with a space (as earlier editions had
 *   them, so notes on them stay where they were), a task's box becomes ☐ or ☑ before its text.
 *   A list, table or quote inside an item follows it as blocks of its own.
 * - Inside a block quote, paragraphs are `quote` blocks; a list or a table in a quote is kept as
 *   a list or a table (its numbers and columns say more than the quote around it), and a heading
 *   in a quote is one of its paragraphs, not a section.
 * - Footnotes: a reference becomes its number in brackets, "[1]", numbered in order of first
 *   reference, with its place in `footnoteRefs`; the definitions are `footnote` blocks, in that
 *   order, in a last section "Footnotes" (a footnote's paragraphs joined, like a list item's).
 *   A definition nothing refers to is kept there too, after the others.
 * - Inline markup is reduced to its text (markdown-inline.ts).
 * - Raw HTML, in blocks or inline, is never kept as HTML: its text is (raw-html-text.ts), a
 *   script, style sheet or comment is left out with a notice that names it.
 * All text is cleaned (see clean-text.ts). Link definitions and rules carry no text.
 */
export function parseMarkdown(source: string): ParsedReport {
  const tree = fromMarkdown(source, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()]
  })
  const reader = new MarkdownReader()
  reader.flow(tree.children, false)
  return reader.finish()
}

const lineOf = (node: Nodes) => node.position?.start.line

class MarkdownReader implements InlineContext {
  readonly notices: BuildNotice[] = []
  private readonly sections: ParsedSection[] = []
  private sawTopHeading = false
  /** Tables seen in the current section, to number them. */
  private tables = 0
  /** Footnote identifiers in the order of their numbers. */
  private readonly numbered: string[] = []
  private readonly definitions = new Map<string, FootnoteDefinition>()
  /** Definitions in the order they stand in the source. */
  private readonly definitionOrder: string[] = []

  footnoteLabel(identifier: string): string {
    let index = this.numbered.indexOf(identifier)
    if (index === -1) index = this.numbered.push(identifier) - 1
    return String(index + 1)
  }

  flow(nodes: readonly RootContent[], quoted: boolean): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          if (quoted) this.add(this.inline(node), quoted)
          else this.startSection(node)
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
          this.add(plainRichText(node.value), quoted)
          break
        case 'html':
          for (const paragraph of htmlBlockParagraphs(
            node.value,
            { line: lineOf(node) },
            this.notices
          ))
            this.add(plainRichText(paragraph), quoted)
          break
        case 'footnoteDefinition':
          this.define(node)
          break
        // Rules, link definitions and front matter carry no text of the report.
      }
    }
  }

  finish(): ParsedReport {
    this.footnotes()
    if (!this.sawTopHeading) return { sections: [], notices: this.notices }
    return { sections: this.sections, notices: this.notices }
  }

  private current(): ParsedSection {
    let section = this.sections[this.sections.length - 1]
    if (!section) {
      section = { heading: INTRODUCTION_HEADING, blocks: [] }
      this.sections.push(section)
    }
    return section
  }

  private add({ text, refs }: RichText, quoted: boolean, block?: Block): void {
    if (text === '') return
    const kind = block ?? (quoted ? ({ kind: 'quote' } as const) : undefined)
    this.current().blocks.push({
      text,
      ...(kind ? { block: kind } : {}),
      ...(refs.length > 0 ? { footnoteRefs: refs } : {})
    })
  }

  private inline(node: Paragraph | Heading | TableCell): RichText {
    return inlineText(node.children, lineOf(node), this)
  }

  private startSection(node: Heading): void {
    // A footnote reference in a heading keeps its "[n]" as text: a heading is one line of text.
    const heading = this.inline(node).text
    if (!heading) return
    const top = node.depth <= 2
    if (top) this.sawTopHeading = true
    const previous = this.sections[this.sections.length - 1]?.level ?? 1
    const wanted = top ? 1 : Math.min(node.depth - 1, MAX_SECTION_LEVEL)
    const level = this.sections.length === 0 ? 1 : Math.min(wanted, previous + 1)
    this.sections.push({ heading, ...(level > 1 ? { level } : {}), blocks: [] })
    this.tables = 0
  }

  private list(node: List, depth: number, quoted: boolean): void {
    node.children.forEach((item, i) => {
      const own: RichText[] = []
      const after: RootContent[] = []
      for (const child of item.children) {
        const text = this.leafText(child)
        if (text) own.push(text)
        else if (child.type === 'footnoteDefinition') this.define(child)
        else after.push(child)
      }
      if (item.checked === true || item.checked === false) {
        own.unshift({ text: item.checked ? '☑' : '☐', refs: [] })
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
      this.add(joined, false, { kind: 'table-row', table, header: r === 0, cells: joined.spans })
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
        return plainRichText(
          htmlBlockParagraphs(node.value, { line: lineOf(node) }, this.notices).join(' ')
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

  /** The footnotes, in the order of their numbers, in a last section of their own. */
  private footnotes(): void {
    if (this.definitions.size === 0) return
    // Definitions nothing refers to are numbered after the others.
    for (const identifier of this.definitionOrder) this.footnoteLabel(identifier)
    const section: ParsedSection = { heading: FOOTNOTES_HEADING, blocks: [] }
    this.sections.push(section)
    // A footnote may refer to another: the list grows as they are read.
    for (let n = 0; n < this.numbered.length; n++) {
      const definition = this.definitions.get(this.numbered[n] as string)
      if (!definition) continue
      const text = joinRichText(this.footnoteTexts(definition.children), ' ')
      this.add(text, false, { kind: 'footnote', label: String(n + 1) })
    }
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
