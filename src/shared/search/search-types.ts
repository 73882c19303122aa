/**
 * What a search returns, shared by the engine, the IPC contract, the renderer and the CLI.
 * Offsets are UTF-16 code units (JavaScript string indices); spans are [start, end) pairs.
 */

export type Span = [start: number, end: number]

export interface SearchOptions {
  /** Only this report; null or absent searches every report. */
  reportId?: string | null
  /** How many results to return with snippets (the total counts them all). Default 20. */
  limit?: number
  /** Search as you type: the last word, still being typed, also matches as a prefix. */
  asYouType?: boolean
}

/** How many results the search box asks for on each keystroke (the results panel lists them all). */
export const AS_YOU_TYPE_LIMIT = 50

/**
 * The request the search box sends on every keystroke: the best AS_YOU_TYPE_LIMIT paragraphs of
 * every report (or of the one chosen), the last word matched as a start. The search benchmark
 * sends exactly this.
 */
export function asYouTypeRequest(reportId: string | null): SearchOptions {
  return { reportId, limit: AS_YOU_TYPE_LIMIT, asYouType: true }
}

export interface SearchHit {
  reportId: string
  sectionId: string
  heading: string
  paragraphId: string
  score: number
  /** A window of the paragraph text around the best hits, with "…" where it was cut. */
  snippet: string
  /** Spans of exactly the matched words in `snippet`. */
  highlights: Span[]
  /**
   * Spans of the matched words in `heading`, for a paragraph found by its section's heading
   * alone (nothing in its snippet is marked); absent otherwise.
   */
  headingHighlights?: Span[]
}

export interface SearchResponse {
  /** The query as searched (after trimming and the length cap). */
  query: string
  /** A friendly explanation when the input was odd, shortened or found nothing; else null. */
  message: string | null
  /** The corrected query when typo tolerance changed words ("showing results for …"); else null. */
  corrected: string | null
  /** How many paragraphs match in all. */
  total: number
  results: SearchHit[]
  /** True while the search index is still being loaded: nothing was searched; ask again shortly. */
  preparing?: boolean
}

/**
 * Every hit of a query inside one report, for marking them in the text and stepping through them.
 * Stepping goes in reading order: a section's heading, then its paragraphs (see hit-places.ts).
 */
export interface ReportHits {
  reportId: string
  /** In document order; only paragraphs with hits. */
  paragraphs: { paragraphId: string; spans: Span[] }[]
  /** In document order; only section headings with hits (spans in the heading's text). */
  headings: { sectionId: string; spans: Span[] }[]
  /** Total number of spans, headings and paragraphs. */
  hitCount: number
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse
  hitsInReport(query: string, reportId: string): ReportHits
}
