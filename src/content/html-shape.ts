import { Parser } from 'htmlparser2'
import { count, SOURCE_LIMITS } from './source-limits'

/**
 * How deep and how large the tree of a piece of HTML is, found before any tree is built: by
 * htmlparser2's own tokenizer and tag rules (an unclosed `<p>` closed by the next, void elements,
 * SVG's self-closing tags), the parser linkedom builds its tree with, so the depth found is the
 * tree's. It keeps only counts, so it runs in time and memory in proportion to the text, and
 * stops at the first element past a limit.
 *
 * A tree too deep is what makes a saved page hang (Readability's cleaning looks at every element
 * inside each one, again and again) or crash (a walk down the tree runs out of stack).
 */

/** The same options linkedom gives htmlparser2 for HTML. */
const LINKEDOM_OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false }

export interface HtmlLimits {
  depth: number
  elements: number
}

export const HTML_LIMITS: HtmlLimits = {
  depth: SOURCE_LIMITS.htmlDepth,
  elements: SOURCE_LIMITS.htmlElements
}

export interface HtmlShape {
  /** The deepest element's depth, and the number of elements (up to where it stopped). */
  depth: number
  elements: number
  /** The limit passed, if one was, and the 1-based line of the element that passed it. */
  past: { limit: keyof HtmlLimits; line: number } | null
}

class PastLimit extends Error {}

export function measureHtml(html: string, limits: HtmlLimits = HTML_LIMITS): HtmlShape {
  const shape: HtmlShape = { depth: 0, elements: 0, past: null }
  let depth = 0
  let past: keyof HtmlLimits | null = null
  const parser: Parser = new Parser(
    {
      onopentag() {
        depth++
        shape.elements++
        shape.depth = Math.max(shape.depth, depth)
        if (depth > limits.depth) past = 'depth'
        else if (shape.elements > limits.elements) past = 'elements'
        if (past) throw new PastLimit()
      },
      onclosetag() {
        depth--
      }
    },
    LINKEDOM_OPTIONS
  )
  try {
    parser.end(html)
  } catch (error) {
    if (!(error instanceof PastLimit)) throw error
  }
  if (past) shape.past = { limit: past, line: lineAt(html, parser.startIndex) }
  return shape
}

export interface HtmlShapeProblem {
  /** 1-based line of the element past the limit, in the HTML given. */
  line: number
  /** What is past its limit, in words: "elements nested more than 256 deep". */
  what: string
  /** The same for the build's messages: which limit, and its value. */
  past: 'depth' | 'elements'
  max: number
}

export function htmlShapeProblem(
  html: string,
  limits: HtmlLimits = HTML_LIMITS
): HtmlShapeProblem | null {
  const { past } = measureHtml(html, limits)
  if (!past) return null
  return {
    line: past.line,
    past: past.limit,
    max: past.limit === 'depth' ? limits.depth : limits.elements,
    what:
      past.limit === 'depth'
        ? `elements nested more than ${count(limits.depth)} deep`
        : `more than ${count(limits.elements)} elements`
  }
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++
  }
  return line
}
