import { useEffect } from 'react'
import type { SearchHit, SearchResponse, Span } from '../../../shared/search/search-types'
import { Marked } from '../components/Marked'
import type { ResultGroup } from './group-results'
import { SEARCH_RESULTS_ID } from './SearchBox'
import { countOf, formatCount } from '../../../shared/text/format-count'

export const resultOptionId = (index: number) => `search-result-${index}`

/** A paragraph found by its section's heading alone: nothing in its snippet is marked. */
const foundByHeading = (hit: SearchHit) =>
  hit.highlights.length === 0 && (hit.headingHighlights?.length ?? 0) > 0

/** The words to mark in a section's heading: those its heading-only results matched. */
function headingMarks(hits: readonly { hit: SearchHit }[]): Span[] {
  return hits.find(({ hit }) => foundByHeading(hit))?.hit.headingHighlights ?? []
}

export function SearchResults({
  response,
  error,
  groups,
  activeIndex,
  onOpen
}: {
  response: SearchResponse | null
  error: string | null
  groups: ResultGroup[]
  activeIndex: number
  onOpen: (hit: SearchHit, index: number) => void
}) {
  const shown = groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.hits.length, 0), 0)
  // The arrow keys move the active result: keep it in view.
  useEffect(() => {
    document.getElementById(resultOptionId(activeIndex))?.scrollIntoView({ block: 'nearest' })
  }, [activeIndex, response])
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden">
        Results
      </h2>
      {/* One line: the count when something was found; else the engine's explanation alone. */}
      <p className="search-status" role="status">
        {error
          ? `Search failed: ${error}`
          : response && response.total > 0
            ? `${countOf(response.total, 'matching paragraph', 'matching paragraphs')}` +
              (shown < response.total ? `, showing the best ${formatCount(shown)}` : '')
            : (response?.message ?? '')}
      </p>
      {response?.corrected && (
        <p className="search-corrected">
          Showing results for <strong>{response.corrected}</strong>
        </p>
      )}
      {response?.message && response.total > 0 && (
        <p className="search-message">{response.message}</p>
      )}
      <div id={SEARCH_RESULTS_ID} role="listbox" aria-label="Search results">
        {groups.map((group) => (
          <div key={group.reportId} role="group" aria-label={group.reportTitle}>
            {groups.length > 1 && <p className="result-report">{group.reportTitle}</p>}
            {group.sections.map((section) => (
              <div key={section.sectionId} role="group" aria-label={section.heading}>
                <p className="result-section" aria-hidden="true">
                  <Marked text={section.heading} spans={headingMarks(section.hits)} />
                </p>
                {section.hits.map(({ hit, index }) => (
                  <div
                    key={`${hit.reportId}/${hit.paragraphId}`}
                    id={resultOptionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className="result"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onOpen(hit, index)}
                  >
                    <span className="visually-hidden">
                      {group.reportTitle}, {section.heading}
                      {foundByHeading(hit) ? ' (the heading matches)' : ''}:{' '}
                    </span>
                    <Marked text={hit.snippet} spans={hit.highlights} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  )
}
