import { parseHTML } from 'linkedom'
import type { InlineMarkKind } from '../shared/report-model'
import { htmlShapeProblem } from './html-shape'
import { markOfElement } from './inline-marks'
import type { BuildNotice } from './parsed-section'
import { RichTextBuilder, type RichText } from './rich-text'
import { SourceLimitError } from './source-limits'
import { say } from './build-words'

/**
 * The text of raw HTML found in a Markdown report, never the HTML itself: the app shows no
 * markup from a source and runs none. Tags are removed by a real HTML parser (linkedom, the
 * one the HTML pages' reader uses), which knows where an element ends, decodes character
 * references and treats a script's or style sheet's body as one raw text, so a `<p>` inside a
 * script is not mistaken for text. What is left out, a script, a style sheet, a comment, is told
 * to the trainer as a notice naming it and its first words: never dropped silently. Emphasis,
 * strong, code, links and struck text are kept as inline marks (inline-marks.ts).
 */

/** Elements whose content is code for a browser, not text for a reader. */
const CODE_ELEMENTS: Readonly<Record<string, 'script' | 'styleSheet'>> = {
  SCRIPT: 'script',
  STYLE: 'styleSheet'
}

/** Elements that end a paragraph (in a block of HTML) or a word (inline). */
const BLOCK_ELEMENTS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION ' +
    'SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' ')
)

/** Cells and line breaks separate words, not paragraphs. */
const WORD_BREAKS = new Set(['BR', 'TD', 'TH'])

const EXCERPT_LENGTH = 60

/** Where the HTML starts in the source, for the notices. */
export interface HtmlOrigin {
  line: number | undefined
}

/**
 * The paragraphs of text in a block of HTML, cleaned, with their marks, in order. Notices for
 * what was left out are pushed to `notices`.
 */
export function htmlBlockParagraphs(
  html: string,
  origin: HtmlOrigin,
  notices: BuildNotice[]
): RichText[] {
  const paragraphs: RichText[] = []
  let builder = new RichTextBuilder()
  const breakParagraph = () => {
    const paragraph = builder.finish()
    if (paragraph.text !== '') {
      paragraphs.push(paragraph)
      builder = new RichTextBuilder()
    }
  }
  walk(body(html, origin), {
    append: (text) => builder.add(text),
    breakParagraph,
    mark: (kind, href, inside) => builder.marked(kind, href, inside),
    origin,
    notices
  })
  breakParagraph()
  return paragraphs
}

/**
 * The text of a run of inline HTML and text (the text already escaped as HTML), on one line,
 * cleaned, with its marks; footnote reference marks in it (rich-text.ts) become references.
 */
export function htmlInlineText(html: string, origin: HtmlOrigin, notices: BuildNotice[]): RichText {
  const builder = new RichTextBuilder()
  walk(body(html, origin), {
    append: (text) => builder.add(text),
    breakParagraph: () => builder.add(' '),
    mark: (kind, href, inside) => builder.marked(kind, href, inside),
    origin,
    notices
  })
  return builder.finish()
}

/** Escapes text so that an HTML parser reads it back as the same text. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

interface Walk {
  append(text: string): void
  breakParagraph(): void
  /** Walks what `inside` walks within an inline mark. */
  mark(kind: InlineMarkKind, href: string | undefined, inside: () => void): void
  origin: HtmlOrigin
  notices: BuildNotice[]
}

// linkedom's node types, as far as this module reads them.
interface HtmlNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<HtmlNode>
  getAttribute?(name: string): string | null
}

const ELEMENT = 1
const TEXT = 3
const COMMENT = 8

function body(html: string, origin: HtmlOrigin): HtmlNode {
  // Measured before a tree is built: one too deep would hang or crash the walk below.
  const shape = htmlShapeProblem(html)
  if (shape) {
    const line = origin.line === undefined ? '' : ` at line ${origin.line + shape.line - 1}`
    throw new SourceLimitError(
      `the HTML${line} has ${shape.what}, more than the build reads. Check that the file is Markdown, or remove that HTML`
    )
  }
  // No closing tags after the fragment: an unclosed <script> must not swallow them as its text.
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}`)
  return document.body as unknown as HtmlNode
}

function walk(node: HtmlNode, to: Walk): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) {
      to.append(child.textContent ?? '')
    } else if (child.nodeType === COMMENT) {
      leftOut('comment', child.textContent, to)
    } else if (child.nodeType === ELEMENT) {
      const name = child.nodeName.toUpperCase()
      const code = CODE_ELEMENTS[name]
      if (code) {
        leftOut(code, child.textContent, to)
      } else if (name === 'IMG') {
        // As for a Markdown image: its description is its text.
        to.append(` ${child.getAttribute?.('alt') ?? ''} `)
      } else if (WORD_BREAKS.has(name)) {
        to.append(' ')
        walk(child, to)
        to.append(' ')
      } else if (BLOCK_ELEMENTS.has(name)) {
        to.breakParagraph()
        walk(child, to)
        to.breakParagraph()
      } else {
        const mark = markOfElement(name, (attribute) => child.getAttribute?.(attribute) ?? null)
        if (mark) to.mark(mark.kind, mark.href, () => walk(child, to))
        else walk(child, to)
      }
    }
  }
}

function leftOut(
  what: 'comment' | 'script' | 'styleSheet',
  content: string | null,
  to: Walk
): void {
  const words = (content ?? '').replace(/\s+/g, ' ').trim()
  const shown =
    words.length > EXCERPT_LENGTH ? `${words.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : words
  // The HTML's first line: linkedom keeps no positions, and the block may span several lines.
  to.notices.push({
    kind: 'dropped',
    message: say('build.dropped.markdownHtml', {
      line: to.origin.line === undefined ? 'none' : String(to.origin.line),
      what,
      shown: shown ? 'yes' : 'no',
      excerpt: shown
    })
  })
}
