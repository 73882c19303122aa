import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'

/**
 * The report's acronyms and what they stand for, alphabetically; each leads to where the report
 * first uses it.
 */
export function GlossaryPanel({
  terms,
  headingOf,
  onGoTo
}: {
  terms: readonly GlossaryTerm[]
  /** The heading of the section a paragraph is in, to say where a term is first used. */
  headingOf: (paragraphId: string) => string | undefined
  onGoTo: (term: GlossaryTerm) => void
}) {
  return (
    <section className="glossary-panel" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Glossary</h2>
      {terms.length === 0 ? (
        <p className="glossary-empty">This report spells out no acronyms.</p>
      ) : (
        <ul>
          {terms.map((term) => {
            const where = headingOf(term.firstUse)
            return (
              <li key={term.term}>
                <button type="button" onClick={() => onGoTo(term)}>
                  <span className="glossary-acronym">{term.term}</span>
                  <span className="glossary-expansion">{term.expansion}</span>
                  {where && <span className="glossary-where">First used in {where}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Shows a term's first use: scrolled to the middle and focused, so its expansion shows. */
export function goToFirstUse(term: GlossaryTerm): void {
  const paragraph = document.getElementById(term.firstUse)
  const use = paragraph?.querySelector<HTMLElement>(`abbr[data-term="${CSS.escape(term.term)}"]`)
  const target = use ?? paragraph
  target?.scrollIntoView({ block: 'center' })
  target?.focus({ preventScroll: true })
}
