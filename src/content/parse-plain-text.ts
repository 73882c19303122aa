import { cleanText, normalizeLineBreaks } from '../shared/text/clean-text'
import { indentOf, splitListBlock, type IndentedLine } from './list-items'
import { findPageChrome, NO_CHROME_CONTEXT, type ChromeContext } from './page-chrome'
import { SectionsBuilder } from './sections-builder'
import type { ParsedReport } from './parsed-section'
import { splitRunInHeading } from './run-in-heading'

/**
 * Plain text (`.txt`): blocks are separated by blank lines; a block that starts with a run-in
 * heading ("Overview: …") starts a section, and the rest of it is the section's first paragraph.
 * Lines that start with a bullet or a number are list items (see list-items.ts). Page chrome is
 * removed first (see page-chrome.ts); lines within a block are joined and cleaned (see
 * clean-text.ts). Text before the first heading becomes an "Introduction" section.
 *
 * Returns no sections when the text has no heading at all: the caller reports that as a problem.
 */
export function parsePlainText(
  source: string,
  context: ChromeContext = NO_CHROME_CONTEXT
): ParsedReport {
  const lines = normalizeLineBreaks(source).split('\n')
  const chrome = findPageChrome(lines, context)
  const report = new SectionsBuilder()
  for (const block of splitBlocks(lines, chrome.keep)) {
    const { lead, items } = splitListBlock(block)
    const text = cleanText(lead.map((line) => line.text).join('\n'))
    const runIn = text ? splitRunInHeading(text) : null
    if (runIn) {
      report.heading(runIn.heading)
      if (runIn.rest) report.block({ text: runIn.rest })
    } else if (text) report.block({ text })
    for (const item of items) report.block(item)
  }
  return report.finish(chrome.notices)
}

/** Blocks of consecutive non-blank lines; a dropped line ends a block, as a blank line does. */
function splitBlocks(lines: readonly string[], keep: readonly boolean[]): IndentedLine[][] {
  const blocks: IndentedLine[][] = []
  let current: IndentedLine[] = []
  const flush = (): void => {
    if (current.length > 0) blocks.push(current)
    current = []
  }
  lines.forEach((line, i) => {
    if (!keep[i] || cleanText(line) === '') flush()
    else current.push({ text: line, indent: indentOf(line) })
  })
  flush()
  return blocks
}
