/**
 * Where a text uses acronyms: each use as a whole word, so "CT" is not found in "CTED" or
 * "ICT". An acronym is found in the singular and the plural both ("FTF" and "FTFs").
 */

export interface TermUse {
  /** The glossary term this use is of. */
  term: string
  start: number
  end: number
}

/** An acronym and its other form: "FTFs" ↔ "FTF"; only itself for a term that does not end in a capital. */
export function forms(term: string): string[] {
  if (/[A-Z]s$/.test(term)) return [term, term.slice(0, -1)]
  if (/[A-Z]$/.test(term)) return [term, `${term}s`]
  return [term]
}

/** Text as a pattern that matches it literally (also with the u flag, which refuses "\\-"). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A matcher for the terms; longer forms first, so "API/PNR" wins over "API". */
export function termMatcher(terms: readonly string[]): ((text: string) => TermUse[]) | null {
  const byForm = new Map<string, string>()
  for (const term of terms)
    for (const form of forms(term)) if (!byForm.has(form)) byForm.set(form, term)
  if (byForm.size === 0) return null
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'gu'
  )
  return (text) =>
    [...text.matchAll(pattern)].map((m) => ({
      term: byForm.get(m[0]) as string,
      start: m.index,
      end: m.index + m[0].length
    }))
}
