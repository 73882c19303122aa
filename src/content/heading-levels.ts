import { MAX_SECTION_LEVEL } from '../shared/report-model'

/**
 * Section levels from the ranks of the headings a report kept (1 the highest: an <h1>, a PDF's
 * largest type): the highest rank is level 1, each lower rank one level more, to
 * MAX_SECTION_LEVEL. Ranks of headings the page chrome rules dropped (a page title) take no level.
 */
export function headingLevels(ranks: readonly number[]): (rank: number) => number {
  const order = [...new Set(ranks)].sort((a, b) => a - b)
  return (rank) => Math.min(order.indexOf(rank) + 1, MAX_SECTION_LEVEL)
}
