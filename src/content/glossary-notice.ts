import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import type { Library } from '../shared/report-model'
import type { GlossaryFile } from '../shared/glossary/glossary-model'
import { forms } from '../shared/glossary/term-uses'
import type { ContentNotice } from './build-library'
import { EDITION_GLOSSARY, EDITION_MANIFEST } from './read-sources'

/**
 * What the build says of a trainer's edition (a folder with an edition.json) that has no
 * glossary.json: that only the acronyms its reports spell out are explained, and which ones they
 * use without ever spelling them out, the most used first, so the trainer knows what a glossary
 * would add. Nothing for a folder without edition.json, or with a glossary.json.
 */

/** How many of the unexplained acronyms the message names. */
const NAMED = 5
/** Two or more capitals as a word, an optional plural "s": CT, NGOs, API/PNR. */
const ACRONYM_USE = /(?<![\p{L}\p{N}])[A-Z][A-Z&/]*[A-Z]s?(?![\p{L}\p{N}])/gu
/** Roman numerals ("Chapter II") are not acronyms. */
const ROMAN = /^[IVXLCDM]+$/

export function missingGlossaryNotice(
  contentDir: string,
  library: Library,
  glossary: GlossaryFile
): ContentNotice | null {
  const exists = (name: string) => lstatSync(join(contentDir, name), { throwIfNoEntry: false })
  if (!exists(EDITION_MANIFEST) || exists(EDITION_GLOSSARY)) return null
  const unexplained = unexplainedAcronyms(library, glossary)
  if (unexplained.length === 0) {
    return {
      file: EDITION_MANIFEST,
      kind: 'note',
      message: `the edition has no ${EDITION_GLOSSARY}, and needs none: every acronym its reports use is spelled out in them`
    }
  }
  const named = unexplained
    .slice(0, NAMED)
    .map(({ term, uses }, i) => `${term}, ${i === 0 ? `used ${times(uses)}` : uses}`)
  const more = unexplained.length > NAMED ? ', …' : ''
  return {
    file: EDITION_MANIFEST,
    kind: 'warning',
    message:
      `the edition has no ${EDITION_GLOSSARY}, so an acronym is explained only where a report spells it out; ` +
      `its reports use ${unexplained.length} they never spell out (${named.join('; ')}${more}). ` +
      `To explain them, add a ${EDITION_GLOSSARY} beside ${EDITION_MANIFEST}: {"terms": [{"term": "${unexplained[0]?.term}", "expansion": "…"}]}.`
  }
}

/** Acronyms the reports use that their glossaries do not explain, the most used first. */
function unexplainedAcronyms(
  library: Library,
  glossary: GlossaryFile
): { term: string; uses: number }[] {
  const counts = new Map<string, number>()
  for (const report of library.reports) {
    const explained = new Set(
      glossary.terms.filter((t) => t.reportId === report.id).flatMap((t) => forms(t.term))
    )
    for (const section of report.sections) {
      for (const { text } of section.paragraphs) {
        for (const [term] of text.matchAll(ACRONYM_USE)) {
          if (explained.has(term) || ROMAN.test(term)) continue
          counts.set(term, (counts.get(term) ?? 0) + 1)
        }
      }
    }
  }
  return [...counts]
    .map(([term, uses]) => ({ term, uses }))
    .sort((a, b) => b.uses - a.uses || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}
