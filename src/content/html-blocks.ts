import { MAX_LIST_DEPTH, TABLE_CELL_SEPARATOR } from '../shared/report-model'
import { cleanText } from '../shared/text/clean-text'
import type { ParsedBlock } from './parsed-section'
import { splitRunInHeading } from './run-in-heading'

/**
 * The blocks of an article's HTML, in reading order: headings (h1–h6, and bold run-in headings
 * such as `<p><strong>Overview:</strong> …</p>`), paragraphs, list items (nested, ordered or
 * not, with their numbers), table rows (header rows marked) and the paragraphs of block quotes.
 * Only text is taken: links keep their words, images and everything else are left out.
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

export type HtmlItem =
  | { kind: 'heading'; rank: number; text: string }
  /** `table` numbers the tables of the whole article; sections number their own later. */
  | { kind: 'block'; block: ParsedBlock; table?: number }

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

export function htmlBlocks(root: DomNode): HtmlItem[] {
  const items: HtmlItem[] = []
  let tables = 0

  const paragraph = (text: string, quoted: boolean, runInAllowed: boolean, node?: DomNode) => {
    const clean = cleanText(text)
    if (!clean) return
    const runIn = runInAllowed && node ? boldRunIn(node, clean) : null
    if (runIn) {
      items.push({ kind: 'heading', rank: RUN_IN_RANK, text: runIn.heading })
      if (runIn.rest) items.push({ kind: 'block', block: { text: runIn.rest } })
    } else {
      items.push({
        kind: 'block',
        block: quoted ? { text: clean, block: { kind: 'quote' } } : { text: clean }
      })
    }
  }

  const walk = (node: DomNode, quoted: boolean): void => {
    let inline = ''
    const flush = () => {
      paragraph(inline, quoted, false)
      inline = ''
    }
    for (const child of Array.from(node.childNodes)) {
      if (!isBlock(child)) {
        inline += inlineText(child)
        continue
      }
      flush()
      const heading = HEADING.exec(child.nodeName)
      if (heading) {
        const text = cleanText(inlineText(child))
        const rank = Number(child.getAttribute?.(HEADING_RANK_ATTRIBUTE) ?? heading[1])
        if (text) items.push({ kind: 'heading', rank, text })
      } else if (child.nodeName === 'UL' || child.nodeName === 'OL') list(child, 1)
      else if (child.nodeName === 'TABLE') table(child)
      else if (child.nodeName === 'BLOCKQUOTE') walk(child, true)
      else if (child.nodeName === 'P' || child.nodeName === 'PRE') {
        paragraph(inlineText(child), quoted, !quoted, child)
      } else if (child.nodeName !== 'HR') walk(child, quoted)
    }
    flush()
  }

  const list = (node: DomNode, depth: number): void => {
    const ordered = node.nodeName === 'OL'
    let number = Number.parseInt(node.getAttribute?.('start') ?? '', 10)
    if (!Number.isFinite(number)) number = 1
    for (const li of Array.from(node.childNodes).filter((c) => c.nodeName === 'LI')) {
      const value = Number.parseInt(li.getAttribute?.('value') ?? '', 10)
      if (Number.isFinite(value)) number = value
      const nested = Array.from(li.childNodes).filter(
        (c) => c.nodeName === 'UL' || c.nodeName === 'OL'
      )
      const own = cleanText(
        Array.from(li.childNodes)
          .filter((c) => !nested.includes(c))
          .map((c) => (isBlock(c) ? ` ${inlineText(c)} ` : inlineText(c)))
          .join('')
      )
      if (own) {
        items.push({
          kind: 'block',
          block: {
            text: own,
            block: {
              kind: 'list-item',
              ordered,
              depth: Math.min(depth, MAX_LIST_DEPTH),
              ...(ordered ? { number } : {})
            }
          }
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
      const texts = cells.map((cell) => cleanText(inlineText(cell)))
      if (texts.every((text) => text === '')) continue
      const inHead = row.parentNode?.nodeName === 'THEAD'
      const header = inHead || cells.every((cell) => cell.nodeName === 'TH')
      let at = 0
      const spans: [number, number][] = texts.map((text, i) => {
        const start = at + (i > 0 ? TABLE_CELL_SEPARATOR.length : 0)
        at = start + text.length
        return [start, at]
      })
      items.push({
        kind: 'block',
        table: number,
        block: {
          text: texts.join(TABLE_CELL_SEPARATOR),
          block: { kind: 'table-row', table: number, header, cells: spans }
        }
      })
    }
  }

  walk(root, false)
  return items
}

function isBlock(node: DomNode): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(node.nodeName)
}

/** The text of a node as a reader sees it inline: a line break is a space, blocks are spaced. */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? ''
  if (node.nodeType !== ELEMENT_NODE) return ''
  if (node.nodeName === 'BR') return ' '
  const inner = Array.from(node.childNodes).map(inlineText).join('')
  return isBlock(node) ? ` ${inner} ` : inner
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

/**
 * A paragraph that opens with a bold, title-like label and a colon ("<strong>Overview:</strong>
 * Kazakhstan …") starts a section, as a run-in heading does in plain text. The bold is what
 * tells it from a sentence that happens to start with a few capitalized words and a colon.
 */
function boldRunIn(paragraph: DomNode, text: string): ReturnType<typeof splitRunInHeading> {
  const first = Array.from(paragraph.childNodes).find(
    (c) => c.nodeType === ELEMENT_NODE || cleanText(c.textContent ?? '') !== ''
  )
  if (!first || !BOLD_TAGS.has(first.nodeName)) return null
  const runIn = splitRunInHeading(text)
  const bold = cleanText(inlineText(first)).replace(/:$/, '').trim()
  return runIn && runIn.heading === bold ? runIn : null
}
