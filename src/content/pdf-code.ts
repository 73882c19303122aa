import type { PdfBlock } from './pdf-blocks'
import { plainText, type PdfLine } from './pdf-lines'

/**
 * Code in a PDF (a command, a program, a configuration file): text set wholly in monospaced type,
 * whose line breaks are its own, made into the report model's code blocks, as a Markdown code
 * block or an HTML `<pre>` is (parse-markdown.ts, html-blocks.ts). Text blocks of monospaced lines
 * that follow one another (at most a few blank lines apart, or over a page or column break) are
 * one code block. Its text keeps each line as a line and each line's indent (in characters,
 * from where the line stands right of the block's leftmost line); a gap of a blank line or more
 * between two lines is kept as blank lines.
 *
 * Read from the layout (pdf-blocks.ts), a block of monospaced lines is one line of code and the
 * lines it wrapped onto; read through its tags, a paragraph of monospaced lines holds a line of
 * code in each (a tool that wraps long lines of code does not tag the wrap).
 */

export interface PdfCodeBlock {
  kind: 'code'
  /** Every line of the PDF it was read from, in order (for the steps that look at lines). */
  lines: PdfLine[]
  text: string
}

/** Lines further apart than this many of their line steps are two code blocks. */
const MOST_BLANK_LINES = 3
/** A line step this many times the usual one or more is a blank line. */
const BLANK_LINE = 1.6
/** Line spacing of monospaced type, as a multiple of its size, where a block has one line. */
const USUAL_SPACING = 1.2

/** The blocks, with each run of text blocks set wholly in monospaced type made a code block. */
export function withCodeBlocks(
  blocks: readonly PdfBlock[],
  tagged: boolean
): (PdfBlock | PdfCodeBlock)[] {
  const out: (PdfBlock | PdfCodeBlock)[] = []
  let run: PdfLine[][] = []
  const flush = () => {
    if (run.length > 0) out.push(codeBlock(run))
    run = []
  }
  for (const block of blocks) {
    if (!isCode(block)) {
      flush()
      out.push(block)
      continue
    }
    const codeLines = tagged ? block.lines.map((line) => [line]) : [block.lines]
    const last = run[run.length - 1]?.at(-1)
    const first = codeLines[0]?.[0]
    if (last && first && !followsClosely(last, first)) flush()
    run.push(...codeLines)
  }
  flush()
  return out
}

function isCode(block: PdfBlock): block is Extract<PdfBlock, { kind: 'text' }> {
  return (
    block.kind === 'text' &&
    !block.quote &&
    !block.listItem &&
    block.lines.length > 0 &&
    block.lines.every((line) => line.mono)
  )
}

/** The next line of the same code: a few blank lines below it at most, or in the next column or page. */
function followsClosely(last: PdfLine, next: PdfLine): boolean {
  if (next.page !== last.page || next.y <= last.y) return true
  return next.y - last.y <= last.size * USUAL_SPACING * (MOST_BLANK_LINES + 1)
}

/** `lines`: each line of code, with the lines it wrapped onto. */
function codeBlock(lines: readonly PdfLine[][]): PdfCodeBlock {
  const starts = lines.flatMap((pieces) => pieces.slice(0, 1))
  const left = Math.min(...starts.map((line) => line.x))
  const charWidth = characterWidth(starts)
  const step = lineStep(starts)
  const text: string[] = []
  lines.forEach((pieces, i) => {
    const [first] = pieces
    if (!first) return
    const previous = i > 0 ? lines[i - 1]?.at(-1) : undefined
    if (previous && first.page === previous.page && first.y > previous.y) {
      const steps = (first.y - previous.y) / step
      if (steps >= BLANK_LINE)
        text.push(...Array<string>(Math.max(1, Math.round(steps) - 1)).fill(''))
    }
    const indent = charWidth > 0 ? Math.max(0, Math.round((first.x - left) / charWidth)) : 0
    const line = pieces.map((piece) => plainText(piece.text).trim()).join(' ')
    text.push(' '.repeat(indent) + line)
  })
  return { kind: 'code', lines: lines.flat(), text: text.join('\n') }
}

/** The width of one character of the block's monospaced type (the median over its lines). */
function characterWidth(lines: readonly PdfLine[]): number {
  const widths = lines
    .map((line) => {
      const text = plainText(line.text)
      return text.length > 0 ? (line.right - line.x) / text.length : 0
    })
    .filter((width) => width > 0)
    .sort((a, b) => a - b)
  return widths[Math.floor(widths.length / 2)] ?? 0
}

/** The usual distance between two lines of the block that follow each other on a page. */
function lineStep(lines: readonly PdfLine[]): number {
  let step = Infinity
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine]
    if (a.page === b.page && b.y > a.y) step = Math.min(step, b.y - a.y)
  }
  return Number.isFinite(step) ? step : (lines[0]?.size ?? 10) * USUAL_SPACING
}
