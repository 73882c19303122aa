import type { Section } from '../report-model'
import { findAcronymDefinitions } from './acronym-definitions'
import type { EditionGlossaryEntry, GlossaryFile, GlossaryTerm } from './glossary-model'
import { termMatcher } from './term-uses'

/**
 * A report's glossary: the acronyms its text defines (the first definition of each, one whose
 * letters fit before one vouched for by its first letter alone), and the
 * edition's glossary entries for acronyms the report uses. The edition's entry wins over the
 * text's, so a trainer can correct an expansion the text gets wrong. An entry the report never
 * uses is left out. Each term points at the first paragraph that uses it; terms are sorted
 * alphabetically. Pure: same report and entries, same glossary.
 */
export function reportGlossary(
  report: { id: string; sections: readonly Pick<Section, 'paragraphs'>[] },
  editionEntries: readonly EditionGlossaryEntry[] = []
): GlossaryTerm[] {
  const paragraphs = report.sections.flatMap((section) => section.paragraphs)
  const expansions = new Map<
    string,
    { expansion: string; source: GlossaryTerm['source']; firstLetterOnly?: true }
  >()
  for (const paragraph of paragraphs) {
    for (const { term, expansion, firstLetterOnly } of findAcronymDefinitions(paragraph.text)) {
      const known = expansions.get(term)
      if (!known) expansions.set(term, { expansion, source: 'text', firstLetterOnly })
      // A definition whose letters fit is better than one only the first letter vouches for.
      else if (known.firstLetterOnly && !firstLetterOnly)
        expansions.set(term, { expansion, source: 'text' })
    }
  }
  for (const { term, expansion } of editionEntries) {
    expansions.set(term, { expansion, source: 'edition' })
  }
  const uses = termMatcher([...expansions.keys()])
  const firstUse = new Map<string, string>()
  if (uses) {
    for (const paragraph of paragraphs) {
      for (const use of uses(paragraph.text)) {
        if (!firstUse.has(use.term)) firstUse.set(use.term, paragraph.id)
      }
    }
  }
  const terms: GlossaryTerm[] = []
  for (const [term, { expansion, source, firstLetterOnly }] of expansions) {
    const paragraphId = firstUse.get(term)
    if (paragraphId)
      terms.push({
        term,
        expansion,
        reportId: report.id,
        firstUse: paragraphId,
        source,
        ...(firstLetterOnly ? { firstLetterOnly } : {})
      })
  }
  return terms.sort((a, b) => compareTerms(a.term, b.term))
}

/** Alphabetical, ignoring case; the same letters in a fixed order (code units) after that. */
export function compareTerms(a: string, b: string): number {
  const byLetters =
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0
  return byLetters || (a < b ? -1 : a > b ? 1 : 0)
}

/** Every report's glossary, by report id (the library's order), then term. */
export function libraryGlossary(
  reports: readonly { id: string; sections: readonly Pick<Section, 'paragraphs'>[] }[],
  editionEntries: readonly EditionGlossaryEntry[] = []
): GlossaryFile {
  return { terms: reports.flatMap((report) => reportGlossary(report, editionEntries)) }
}
