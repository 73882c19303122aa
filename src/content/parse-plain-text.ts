import { cleanText, normalizeLineBreaks } from '../shared/text/clean-text'
import { removePageChrome } from './page-chrome'
import {
  INTRODUCTION_HEADING,
  type ParsedBlock,
  type ParsedReport,
  type ParsedSection
} from './parsed-section'
import { splitRunInHeading } from './run-in-heading'

/**
 * Plain text (`.txt`): paragraphs are blocks separated by blank lines; a paragraph that starts
 * with a run-in heading ("Overview: …") starts a section, and the rest of it is the section's
 * first paragraph. Page chrome is removed first (see page-chrome.ts); lines within a block are
 * joined and cleaned (see clean-text.ts). Text before the first heading becomes an
 * "Introduction" section.
 *
 * Returns no sections when the text has no heading at all: the caller reports that as a problem.
 */
export function parsePlainText(source: string): ParsedReport {
  const lines = removePageChrome(normalizeLineBreaks(source).split('\n'))
  const sections: ParsedSection[] = []
  const introduction: ParsedBlock[] = []
  let sawHeading = false
  for (const block of splitBlocks(lines)) {
    const runIn = splitRunInHeading(block)
    if (runIn) {
      sawHeading = true
      sections.push({ heading: runIn.heading, blocks: runIn.rest ? [{ text: runIn.rest }] : [] })
    } else {
      const current = sections[sections.length - 1]
      if (current) current.blocks.push({ text: block })
      else introduction.push({ text: block })
    }
  }
  if (!sawHeading) return { sections: [], notices: [] }
  if (introduction.length > 0)
    sections.unshift({ heading: INTRODUCTION_HEADING, blocks: introduction })
  return { sections, notices: [] }
}

/** Cleaned, non-empty blocks of consecutive non-blank lines. */
function splitBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = []
  let current: string[] = []
  const flush = (): void => {
    const block = cleanText(current.join('\n'))
    if (block) blocks.push(block)
    current = []
  }
  for (const line of lines) {
    if (cleanText(line) === '') flush()
    else current.push(line)
  }
  flush()
  return blocks
}
