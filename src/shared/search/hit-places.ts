import type { ProcessedReport } from '../report-model'
import type { ReportHits, Span } from './search-types'

/** A heading or paragraph with hits, and the number of its first hit in the report's count. */
export interface HitPlace {
  kind: 'heading' | 'paragraph'
  /** The section id for a heading, the paragraph id for a paragraph. */
  id: string
  spans: Span[]
  first: number
}

/**
 * The places with hits in reading order (each section's heading, then its paragraphs), numbered
 * as the reader steps through them: hit n is spans[n - first] of the place whose range holds n.
 */
export function hitPlaces(hits: ReportHits, report: ProcessedReport): HitPlace[] {
  if (hits.reportId !== report.id) return []
  const headings = new Map(hits.headings.map((h) => [h.sectionId, h.spans]))
  const paragraphs = new Map(hits.paragraphs.map((p) => [p.paragraphId, p.spans]))
  const places: HitPlace[] = []
  let next = 0
  const add = (kind: HitPlace['kind'], id: string, spans: Span[] | undefined) => {
    if (!spans || spans.length === 0) return
    places.push({ kind, id, spans, first: next })
    next += spans.length
  }
  for (const section of report.sections) {
    add('heading', section.id, headings.get(section.id))
    for (const paragraph of section.paragraphs) {
      add('paragraph', paragraph.id, paragraphs.get(paragraph.id))
    }
  }
  return places
}

/** The place that holds hit `number`, or undefined. */
export function placeOfHit(places: readonly HitPlace[], number: number): HitPlace | undefined {
  return places.find((p) => number >= p.first && number < p.first + p.spans.length)
}
