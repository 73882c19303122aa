import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'
import { termMatcher } from '../../../shared/glossary/term-uses'
import type { Section } from '../../../shared/report-model'
import type { TermMark } from './TermText'

/**
 * The acronyms to mark in each paragraph of a report, by paragraph id. The first use of each
 * term in a section is a tab stop; the others are reached from the glossary panel.
 */
export function termMarksByParagraph(
  sections: readonly Section[],
  glossary: readonly GlossaryTerm[]
): Map<string, TermMark[]> {
  const marks = new Map<string, TermMark[]>()
  const uses = termMatcher(glossary.map((t) => t.term))
  if (!uses) return marks
  const expansions = new Map(glossary.map((t) => [t.term, t.expansion]))
  for (const section of sections) {
    const seen = new Set<string>()
    for (const paragraph of section.paragraphs) {
      const list = uses(paragraph.text).map((use) => {
        const tabStop = !seen.has(use.term)
        seen.add(use.term)
        return { ...use, expansion: expansions.get(use.term) as string, tabStop }
      })
      if (list.length > 0) marks.set(paragraph.id, list)
    }
  }
  return marks
}
