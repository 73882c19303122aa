import { MAX_LIST_DEPTH, TABLE_CELL_SEPARATOR } from '../shared/report-model'
import { cleanText, normalizeLineBreaks } from '../shared/text/clean-text'
import type { DocumentItem } from './document-items'
import { NOTE_REF_ATTRIBUTE } from './html-footnotes'
import { BOX_TITLE_ATTRIBUTE } from './html-page-parts'
import { markOfElement } from './inline-marks'
import type { ParsedBlock } from './parsed-section'
import { codeText } from './parse-markdown'
import { joinRichText, richFields, RichTextBuilder, type RichText } from './rich-text'
import { splitRunInHeading } from './run-in-heading'

/**
 * The blocks of an article's HTML, in reading order: headings (h1–h6, and bold run-in headings
 * such as `<p><strong>Overview:</strong> …</p>`), paragraphs, list items (nested, ordered or
 * not, with their numbers), table rows (header rows marked), the paragraphs of block quotes and
 * code blocks (`<pre>`, their text as written). Only text is taken, with its inline marks
 * (emphasis, strong, code, links: inline-marks.ts) and footnote references (html-footnotes.ts);
 * images and everything else are left out. A heading inside a paragraph, as Readability leaves
 * a DocBook title (it makes a <div> of headings a <p>), is still a heading.
 *
 * The DOM here is linkedom's, at build time; it is typed by the little this file reads of it.
 */

/** The part of a DOM node this file reads. */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
  readonly parentNode: DomNode | null
  getAttribute?(name: string): string | null
}

/** A heading's rank: 1–6 for h1–h6, RUN_IN_RANK for a bold run-in heading (the lowest). */
export const RUN_IN_RANK = 7

/**
 * The rank a heading had in the page, when something since renamed it: Readability makes every
 * <h1> of the article an <h2> (it keeps <h1> for the page's title), which would put a page's
 * parts and their subsections at one level.
 */
export const HEADING_RANK_ATTRIBUTE = 'data-reader-heading-rank'

const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** Elements that end the paragraph of inline text before them and hold blocks of their own. */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY ' +
    'TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' ')
)
const HEADING = /^H([1-6])$/
const BOLD_TAGS = new Set(['STRONG', 'B'])

export function htmlBlocks(root: DomNode): DocumentItem[] {
  const items: DocumentItem[] = []
  let tables = 0
  const block = (parsed: ParsedBlock, table?: number) =>
    items.push({ kind: 'block', block: parsed, ...(table !== undefined ? { table } : {}) })

  const paragraph = (rich: RichText, quoted: boolean, runInAllowed: boolean, node?: DomNode) => {
    if (!rich.text) return
    const runIn = runInAllowed && node ? boldRunIn(node, rich.text) : null
    if (runIn) {
      items.push({ kind: 'heading', rank: RUN_IN_RANK, text: runIn.heading })
      const rest = after(rich, rich.text.length - runIn.rest.length)
      if (rest.text) block({ text: rest.text, ...richFields(rest) })
    } else {
      block({
        text: rich.text,
        ...(quoted ? { block: { kind: 'quote' } } : {}),
        ...richFields(rich)
      })
    }
  }

  const walk = (node: DomNode, quoted: boolean): void => {
    let inline = new RichTextBuilder()
    const flush = () => {
      paragraph(inline.finish(), quoted, false)
      inline = new RichTextBuilder()
    }
    for (const child of Array.from(node.childNodes)) {
      if (!isBlock(child)) {
        inlineInto(child, inline)
        continue
      }
      flush()
      const heading = HEADING.exec(child.nodeName)
      if (heading && child.getAttribute?.(BOX_TITLE_ATTRIBUTE) != null) {
        // A note's or a warning's title: a paragraph of the box, set in bold.
        const title = richText(child)
        if (title.text)
          block({
            text: title.text,
            ...(quoted ? { block: { kind: 'quote' } } : {}),
            marks: [{ start: 0, end: title.text.length, kind: 'strong' }]
          })
      } else if (heading) {
        const text = richText(child).text
        const rank = Number(child.getAttribute?.(HEADING_RANK_ATTRIBUTE) ?? heading[1])
        if (text) items.push({ kind: 'heading', rank, text })
      } else if (child.nodeName === 'UL' || child.nodeName === 'OL') list(child, 1)
      else if (child.nodeName === 'TABLE') table(child)
      else if (child.nodeName === 'BLOCKQUOTE') walk(child, true)
      else if (child.nodeName === 'PRE') code(child)
      else if (child.nodeName === 'P' && !holdsBlocks(child)) {
        paragraph(richText(child), quoted, !quoted, child)
      } else if (child.nodeName !== 'HR') walk(child, quoted)
    }
    flush()
  }

  const code = (node: DomNode): void => {
    const text = codeText(normalizeLineBreaks(preText(node)))
    if (text.trim() !== '') block({ text, block: { kind: 'code' } })
  }

  const list = (node: DomNode, depth: number): void => {
    const ordered = node.nodeName === 'OL'
    let number = Number.parseInt(node.getAttribute?.('start') ?? '', 10)
    if (!Number.isFinite(number)) number = 1
    for (const li of Array.from(node.childNodes).filter((c) => c.nodeName === 'LI')) {
      const value = Number.parseInt(li.getAttribute?.('value') ?? '', 10)
      if (Number.isFinite(value)) number = value
      const nested = nestedLists(li)
      const builder = new RichTextBuilder()
      const own = (node: DomNode) => {
        for (const child of Array.from(node.childNodes)) {
          if (nested.includes(child)) continue
          if (isBlock(child) && holdsAny(child, nested)) {
            own(child)
            continue
          }
          if (isBlock(child)) builder.add(' ')
          inlineInto(child, builder)
          if (isBlock(child)) builder.add(' ')
        }
      }
      own(li)
      const text = builder.finish()
      if (text.text) {
        block({
          text: text.text,
          block: {
            kind: 'list-item',
            ordered,
            depth: Math.min(depth, MAX_LIST_DEPTH),
            ...(ordered ? { number } : {})
          },
          ...richFields(text)
        })
      }
      number++
      for (const sub of nested) list(sub, depth + 1)
    }
  }

  const table = (node: DomNode): void => {
    const rows = descendants(node, 'TR', 'TABLE')
    const number = ++tables
    for (const row of rows) {
      const cells = Array.from(row.childNodes).filter(
        (c) => c.nodeName === 'TH' || c.nodeName === 'TD'
      )
      const texts = cells.map(richText)
      if (texts.every((text) => text.text === '')) continue
      const inHead = row.parentNode?.nodeName === 'THEAD'
      const header = inHead || cells.every((cell) => cell.nodeName === 'TH')
      const joined = joinRichText(texts, TABLE_CELL_SEPARATOR, { keepEmpty: true })
      block(
        {
          text: joined.text,
          block: { kind: 'table-row', table: number, header, cells: joined.spans },
          ...richFields(joined)
        },
        number
      )
    }
  }

  walk(root, false)
  return items
}

/** The text of a note (a footnote taken out of the page), with its marks and references. */
export function noteText(note: DomNode): RichText {
  const builder = new RichTextBuilder()
  inlineInto(note, builder)
  return builder.finish()
}

/**
 * The lists nested in a list item: its own <ul> and <ol>, and those in the blocks it holds
 * (DocBook wraps each list in a <div>), not those of items nested deeper.
 */
function nestedLists(item: DomNode): DomNode[] {
  return Array.from(item.childNodes).flatMap((child) => {
    if (child.nodeName === 'UL' || child.nodeName === 'OL') return [child]
    if (child.nodeName === 'LI' || !isBlock(child)) return []
    return nestedLists(child)
  })
}

/** Whether any of `nodes` is inside `node`. */
function holdsAny(node: DomNode, nodes: readonly DomNode[]): boolean {
  return nodes.some((inner) => {
    for (let at = inner.parentNode; at; at = at.parentNode) if (at === node) return true
    return false
  })
}

function isBlock(node: DomNode): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(node.nodeName)
}

/** Whether a paragraph holds headings (a DocBook title Readability made a <p> of). */
function holdsBlocks(node: DomNode): boolean {
  return Array.from(node.childNodes).some(
    (child) =>
      child.nodeType === ELEMENT_NODE && (HEADING.test(child.nodeName) || holdsBlocks(child))
  )
}

/** A node's text as a reader sees it inline, with its marks. */
function richText(node: DomNode): RichText {
  const builder = new RichTextBuilder()
  for (const child of Array.from(node.childNodes)) inlineInto(child, builder)
  return builder.finish()
}

/** Adds a node's inline text to `builder`: a line break is a space, blocks are spaced. */
function inlineInto(node: DomNode, builder: RichTextBuilder): void {
  if (node.nodeType === TEXT_NODE) {
    builder.add(node.textContent ?? '')
    return
  }
  if (node.nodeType !== ELEMENT_NODE) return
  if (node.nodeName === 'BR') {
    builder.add(' ')
    return
  }
  const note = node.getAttribute?.(NOTE_REF_ATTRIBUTE)
  if (note) {
    builder.ref(note)
    return
  }
  const children = () => {
    for (const child of Array.from(node.childNodes)) inlineInto(child, builder)
  }
  const block = isBlock(node)
  if (block) builder.add(' ')
  const mark = markOfElement(node.nodeName, (name) => node.getAttribute?.(name) ?? null)
  if (mark) builder.marked(mark.kind, mark.href, children)
  else children()
  if (block) builder.add(' ')
}

/** A <pre>'s text as written: its line breaks (a <br> is one) and spaces. */
function preText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? ''
  if (node.nodeType !== ELEMENT_NODE) return ''
  if (node.nodeName === 'BR') return '\n'
  return Array.from(node.childNodes).map(preText).join('')
}

/** Elements named `tag` under `node`, not inside a nested `stop` element (a table in a table). */
function descendants(node: DomNode, tag: string, stop: string): DomNode[] {
  return Array.from(node.childNodes).flatMap((child) => {
    if (child.nodeType !== ELEMENT_NODE) return []
    if (child.nodeName === tag) return [child]
    if (child.nodeName === stop) return []
    return descendants(child, tag, stop)
  })
}

/** The part of a rich text from `from` on, its marks and references moved with it. */
function after(rich: RichText, from: number): RichText {
  const shift = <T extends { start: number; end: number }>(list: readonly T[]): T[] =>
    list
      .filter((item) => item.end > from)
      .map((item) => ({ ...item, start: Math.max(item.start, from) - from, end: item.end - from }))
  return { text: rich.text.slice(from), refs: shift(rich.refs), marks: shift(rich.marks) }
}

/**
 * A paragraph that opens with a bold, title-like label and a colon ("<strong>Overview:</strong>
 * Kazakhstan …") starts a section, as a run-in heading does in plain text. The bold is what
 * tells it from a sentence that happens to start with a few capitalized words and a colon.
 * A manual's bold "Note:" or "Warning:" is a label of its paragraph, not a heading.
 */
function boldRunIn(paragraph: DomNode, text: string): ReturnType<typeof splitRunInHeading> {
  const first = Array.from(paragraph.childNodes).find(
    (c) => c.nodeType === ELEMENT_NODE || cleanText(c.textContent ?? '') !== ''
  )
  if (!first || !BOLD_TAGS.has(first.nodeName)) return null
  const runIn = splitRunInHeading(text)
  const bold = cleanText(first.textContent ?? '')
    .replace(/:$/, '')
    .trim()
  return runIn && runIn.heading === bold && !BOX_LABEL.test(bold) ? runIn : null
}

/** A manual's "Note:" or "Warning:" in bold labels its paragraph; it starts no section. */
const BOX_LABEL =
  /^(?:notes?|n\.?\s?b\.?|warning|tip|caution|important|hint|example|see also|attention|danger|remember)$/i
