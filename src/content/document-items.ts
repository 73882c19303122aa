import { MAX_SECTION_LEVEL } from '../shared/report-model'
import { findPageChrome, type ChromeContext } from './page-chrome'
import type { BuildNotice, ParsedBlock, ParsedReport } from './parsed-section'
import { SectionsBuilder } from './sections-builder'

/**
 * A structured document (Markdown, a web page, a Word file, an EPUB) as its reader finds it, in
 * reading order: headings with their rank (1 the highest: `#`, <h1>) and blocks. `assembleItems`
 * makes the report of it, the same way for every such format.
 */
export type DocumentItem =
  | { kind: 'heading'; rank: number; text: string }
  /** `table` numbers the tables of the whole document; sections number their own. */
  | { kind: 'block'; block: ParsedBlock; table?: number }

/** Heading of the section that holds a report's footnotes, after its last section. */
export const FOOTNOTES_HEADING = 'Footnotes'

/**
 * Items → page chrome rules (page-chrome.ts: a page title that repeats the report's, a banner,
 * the end of a page) → sections with levels by rank (`nestedLevels`) → the footnotes, if any, in
 * a last section "Footnotes". Text before the first heading is an "Introduction".
 */
export function assembleItems(
  items: readonly DocumentItem[],
  context: ChromeContext,
  {
    footnotes = [],
    notices = []
  }: { footnotes?: readonly ParsedBlock[]; notices?: BuildNotice[] } = {}
): ParsedReport {
  const lines = items.flatMap((item) => [item.kind === 'heading' ? item.text : item.block.text, ''])
  let chrome = findPageChrome(lines, context)
  // A heading that repeats the report's title is dropped, unless it is all the sections there are.
  const anyHeading = items.some((item) => item.kind === 'heading')
  const keptHeading = () => items.some((item, i) => item.kind === 'heading' && chrome.keep[2 * i])
  if (anyHeading && !keptHeading())
    chrome = findPageChrome(lines, { ...context, keepTitleLines: true })
  const kept = items.filter((_, i) => chrome.keep[2 * i])
  const headings = kept.flatMap((item) => (item.kind === 'heading' ? [item] : []))
  const levels = nestedLevels(headings.map((heading) => heading.rank))
  const report = new SectionsBuilder()
  let tables = new Map<number, number>()
  let heading = 0
  for (const item of kept) {
    if (item.kind === 'heading') {
      report.heading(item.text, levels[heading++] ?? 1)
      tables = new Map()
    } else if (item.table !== undefined && item.block.block?.kind === 'table-row') {
      // Tables are numbered within their section, as the model counts them.
      const number = tables.get(item.table) ?? tables.size + 1
      tables.set(item.table, number)
      report.block({ ...item.block, block: { ...item.block.block, table: number } })
    } else report.block(item.block)
  }
  if (footnotes.length > 0) {
    // Only a report with sections gets one for its footnotes: without any, the caller says so.
    if (headings.length > 0) report.heading(FOOTNOTES_HEADING)
    for (const footnote of footnotes) report.block(footnote)
  }
  return report.finish([...notices, ...chrome.notices])
}

/**
 * Section levels from headings' ranks, in reading order: by rank, not by count. The highest rank
 * used is level 1, each lower rank used one level more (so `##` then `######` is 1 then 2, and
 * three `######` in a row are siblings, never a staircase), to MAX_SECTION_LEVEL; and a heading
 * is never more than one level below the heading it stands under (the last one of a higher
 * rank), so the contents nest without gaps.
 *
 * A document's title, its first heading when it is its only `#` (or <h1>) and others follow, is
 * level 1 and takes no rank from the others: its sections are level 1 beside it, as the reader
 * shows the report's title above them all (and a title that repeats the report's is dropped as
 * page chrome before this).
 */
export function nestedLevels(ranks: readonly number[]): number[] {
  const isTitle = ranks.length > 1 && ranks[0] === 1 && ranks.indexOf(1, 1) === -1
  const ranked = isTitle ? ranks.slice(1) : ranks
  const order = [...new Set(ranked)].sort((a, b) => a - b)
  const stack: { rank: number; level: number }[] = []
  const levels = ranked.map((rank) => {
    while (stack.length > 0 && (stack[stack.length - 1] as { rank: number }).rank >= rank)
      stack.pop()
    const parent = stack[stack.length - 1]?.level ?? 0
    const level = Math.min(order.indexOf(rank) + 1, parent + 1, MAX_SECTION_LEVEL)
    stack.push({ rank, level })
    return level
  })
  return isTitle ? [1, ...levels] : levels
}
