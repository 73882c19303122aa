import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'
import { useT } from '../i18n/useT'

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
  const t = useT()
  return (
    <section className="glossary-panel" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      {terms.length === 0 ? (
        <p className="glossary-empty">{t('glossary.empty')}</p>
      ) : (
        <ul>
          {terms.map((term) => {
            const where = headingOf(term.firstUse)
            return (
              <li key={term.term}>
                <button type="button" onClick={() => onGoTo(term)}>
                  <span className="glossary-acronym" translate="no">
                    {term.term}
                  </span>
                  <span className="glossary-expansion" translate="no" dir="auto">
                    {term.expansion}
                  </span>
                  {where && (
                    <span className="glossary-where">
                      {t.rich('glossary.firstUse', {
                        section: <bdi translate="no">{where}</bdi>
                      })}
                    </span>
                  )}
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
