import type { ProcessedReport } from '../report-model'
import { PARAGRAPH_JOIN } from './annotation-model'

/** A place in a report's text: a paragraph, and an offset in that paragraph's text. */
export interface TextPoint {
  paragraphId: string
  offset: number
}

/**
 * A report's paragraphs as one text, joined by PARAGRAPH_JOIN, with where each paragraph starts
 * in it: what a highlight over several paragraphs quotes, and where it is searched for.
 */
export interface ReportText {
  text: string
  paragraphs: { id: string; sectionId: string; start: number; end: number }[]
  byId: Map<string, { index: number; start: number; end: number; sectionId: string }>
}

/** Reports are immutable once loaded: each one's joined text is made once. */
const cache = new WeakMap<ProcessedReport, ReportText>()

export function reportText(report: ProcessedReport): ReportText {
  const cached = cache.get(report)
  if (cached) return cached
  const parts: string[] = []
  const paragraphs: ReportText['paragraphs'] = []
  let at = 0
  for (const section of report.sections) {
    for (const paragraph of section.paragraphs) {
      if (parts.length > 0) at += PARAGRAPH_JOIN.length
      paragraphs.push({
        id: paragraph.id,
        sectionId: section.id,
        start: at,
        end: at + paragraph.text.length
      })
      parts.push(paragraph.text)
      at += paragraph.text.length
    }
  }
  const joined: ReportText = {
    text: parts.join(PARAGRAPH_JOIN),
    paragraphs,
    byId: new Map(paragraphs.map((p, index) => [p.id, { ...p, index }]))
  }
  cache.set(report, joined)
  return joined
}

/** Where a point is in the joined text, or undefined if its paragraph or offset is not there. */
export function joinedOffset(joined: ReportText, point: TextPoint): number | undefined {
  const paragraph = joined.byId.get(point.paragraphId)
  if (!paragraph || point.offset < 0 || point.offset > paragraph.end - paragraph.start) return
  return paragraph.start + point.offset
}

/**
 * The point at an offset of the joined text. An offset in the blank line between two paragraphs
 * belongs to the end of the one before (`edge: 'end'`) or the start of the one after.
 */
export function pointAt(joined: ReportText, offset: number, edge: 'start' | 'end'): TextPoint {
  const { paragraphs } = joined
  let low = 0
  let high = paragraphs.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((paragraphs[mid] as { start: number }).start <= offset) low = mid
    else high = mid - 1
  }
  const paragraph = paragraphs[low] as ReportText['paragraphs'][number]
  if (offset > paragraph.end) {
    const next = paragraphs[low + 1]
    if (edge === 'start' && next) return { paragraphId: next.id, offset: 0 }
    return { paragraphId: paragraph.id, offset: paragraph.end - paragraph.start }
  }
  return { paragraphId: paragraph.id, offset: offset - paragraph.start }
}
