import type { ReportFormat } from '../shared/report-model'
import { htmlShapeProblem } from './html-shape'
import { say } from './build-words'
import { SOURCE_LIMITS } from './source-limits'

/**
 * A quick look at a report's text before its parser reads it, for the shapes that make a parser
 * hang, crash or fill the memory: lists and quotes inside one another ten thousand deep,
 * thousands of emphasis marks or backtick runs that can never be matched up, tens of thousands
 * of footnotes or table cells, HTML nested a hundred thousand deep. One pass over the text, in
 * time and memory in proportion to its length; it errs on the side of counting too much, and
 * every real document it was tried on passes far below each limit (README, "Limits on a source
 * file"). What it finds is said in plain words, with the line to look at.
 */
export function prescanProblem(format: ReportFormat, text: string): string | null {
  switch (format) {
    case 'markdown':
      return markdownProblem(text)
    case 'html': {
      const found = htmlShapeProblem(text)
      return (
        found && say('build.prescan.html', { past: found.past, max: found.max, line: found.line })
      )
    }
    default:
      // Plain text is read line by line and a PDF's text layer comes from the bounded reader.
      return null
  }
}

const limits = SOURCE_LIMITS

/** A measure of a Markdown file: its largest value, and the line where it is. */
export interface Measure {
  value: number
  line: number
}

/** What the quick look measures in a Markdown file, each against its limit in source-limits.ts. */
export interface MarkdownShape {
  /** Lists and quotes inside one another, at most (a line's markers, and its indentation / 2). */
  nesting: Measure
  /** Runs of `*`, `_` or `~` in one paragraph, at most. */
  emphasisRuns: Measure
  /** Backtick runs of different lengths in one paragraph times its length, at most. */
  codeSpanWork: Measure & { lengths: number; chars: number }
  /** In the whole file, and the line where each passed its limit (or ended). */
  footnotes: Measure
  footnoteReferences: Measure
  tableCells: Measure
}

/** A run of blank-line-free lines: a paragraph, or what the Markdown parser matches marks within. */
interface Block {
  line: number
  chars: number
  lines: number
  emphasisRuns: number
  backtickLengths: Set<number>
  pipes: number
  table: boolean
}

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const FOOTNOTE_DEFINITION = /^\[\^[^\]\n]+\]:/

/** One pass over the lines, in time in proportion to the text. */
export function markdownShape(text: string): MarkdownShape {
  const shape: MarkdownShape = {
    nesting: { value: 0, line: 0 },
    emphasisRuns: { value: 0, line: 0 },
    codeSpanWork: { value: 0, line: 0, lengths: 0, chars: 0 },
    footnotes: { value: 0, line: 0 },
    footnoteReferences: { value: 0, line: 0 },
    tableCells: { value: 0, line: 0 }
  }
  /** The line where a whole-file count first passed its limit, or its last line. */
  const grow = (measure: Measure, by: number, line: number, limit: number): void => {
    if (by === 0) return
    measure.value += by
    if (measure.line === 0 || measure.value - by <= limit) measure.line = line
  }
  let block: Block | null = null
  const closeBlock = (): void => {
    if (!block) return
    const closed = block
    block = null
    if (closed.emphasisRuns > shape.emphasisRuns.value) {
      shape.emphasisRuns = { value: closed.emphasisRuns, line: closed.line }
    }
    const work = closed.backtickLengths.size * closed.chars
    if (work > shape.codeSpanWork.value) {
      shape.codeSpanWork = {
        value: work,
        line: closed.line,
        lengths: closed.backtickLengths.size,
        chars: closed.chars
      }
    }
    if (closed.table) {
      grow(shape.tableCells, closed.pipes + closed.lines, closed.line, limits.markdownTableCells)
    }
  }

  let lineNumber = 0
  for (let start = 0; start <= text.length;) {
    const end = nextLineEnd(text, start)
    const line = text.slice(start, end)
    start = end + (text.startsWith('\r\n', end) ? 2 : 1)
    lineNumber++

    const { depth, rest } = containerPrefix(line)
    if (depth > shape.nesting.value) shape.nesting = { value: depth, line: lineNumber }
    if (rest.trim() === '') {
      closeBlock()
      continue
    }
    const current: Block = (block ??= {
      line: lineNumber,
      chars: 0,
      lines: 0,
      emphasisRuns: 0,
      backtickLengths: new Set(),
      pipes: 0,
      table: false
    })
    current.chars += line.length + 1
    current.lines++
    countMarks(rest, current)
    if (!current.table && rest.includes('|') && DELIMITER_ROW.test(rest)) current.table = true
    const isDefinition = FOOTNOTE_DEFINITION.test(rest)
    grow(shape.footnotes, isDefinition ? 1 : 0, lineNumber, limits.markdownFootnotes)
    grow(
      shape.footnoteReferences,
      occurrences(rest, '[^') - (isDefinition ? 1 : 0),
      lineNumber,
      limits.markdownFootnoteReferences
    )
  }
  closeBlock()
  return shape
}

function markdownProblem(text: string): string | null {
  const shape = markdownShape(text)
  if (shape.nesting.value > limits.markdownNesting) {
    const { value, line } = shape.nesting
    return say('build.prescan.nesting', {
      line,
      depth: value,
      spaces: value * 2,
      max: limits.markdownNesting
    })
  }
  if (shape.emphasisRuns.value > limits.markdownEmphasisRuns) {
    const { value, line } = shape.emphasisRuns
    return say('build.prescan.emphasis', { line, runs: value, max: limits.markdownEmphasisRuns })
  }
  if (shape.codeSpanWork.value > limits.markdownCodeSpanWork) {
    const { lengths, chars, line } = shape.codeSpanWork
    return say('build.prescan.codeSpans', { line, chars, lengths })
  }
  // Whichever passed its limit first in the file.
  const footnotes = (
    [
      [shape.footnotes, limits.markdownFootnotes, 'definitions'],
      [shape.footnoteReferences, limits.markdownFootnoteReferences, 'references']
    ] as const
  )
    .filter(([measure, limit]) => measure.value > limit)
    .sort(([a], [b]) => a.line - b.line)[0]
  if (footnotes) {
    const [measure, limit, what] = footnotes
    return say('build.prescan.footnotes', { line: measure.line, max: limit, what })
  }
  if (shape.tableCells.value > limits.markdownTableCells) {
    return say('build.prescan.tableCells', {
      line: shape.tableCells.line,
      max: limits.markdownTableCells
    })
  }
  return null
}

function nextLineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  const end = newline === -1 ? text.length : newline
  return end > from && text[end - 1] === '\r' ? end - 1 : end
}

/**
 * How deep a line stands in lists and quotes, at most: each `>` and list marker at its start is
 * one level, and every two columns of indentation before them may be one more (a list item's
 * text is indented by at least two). The rest of the line is its text.
 */
function containerPrefix(line: string): { depth: number; rest: string } {
  let at = 0
  let column = 0
  let markers = 0
  let leading = -1
  for (;;) {
    for (; at < line.length; at++) {
      const char = line[at]
      if (char === ' ') column++
      else if (char === '\t') column += 4 - (column % 4)
      else break
    }
    if (leading < 0) leading = column
    const char = line[at]
    if (char === '>') {
      markers++
      at++
      column++
      continue
    }
    if ((char === '-' || char === '+' || char === '*') && isSpaceOrEnd(line[at + 1])) {
      markers++
      at++
      column++
      continue
    }
    let digits = at
    while (digits < line.length && digits - at < 10 && isDigit(line[digits])) digits++
    const delimiter = line[digits]
    if (
      digits > at &&
      digits - at <= 9 &&
      (delimiter === '.' || delimiter === ')') &&
      isSpaceOrEnd(line[digits + 1])
    ) {
      markers++
      column += digits + 1 - at
      at = digits + 1
      continue
    }
    return { depth: markers + Math.floor(leading / 2), rest: line.slice(at) }
  }
}

/** Counts the runs of emphasis marks and the lengths of backtick runs in a line's text. */
function countMarks(text: string, block: Block): void {
  for (let at = 0; at < text.length;) {
    const char = text[at] as string
    let end = at + 1
    if (char === '*' || char === '_' || char === '~' || char === '`') {
      while (text[end] === char) end++
      if (char === '`') block.backtickLengths.add(end - at)
      else block.emphasisRuns++
    } else if (char === '|') block.pipes++
    at = end
  }
}

function occurrences(text: string, search: string): number {
  let found = 0
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + search.length)) {
    found++
  }
  return found
}

const isSpaceOrEnd = (char: string | undefined): boolean =>
  char === undefined || char === ' ' || char === '\t'
const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9'
