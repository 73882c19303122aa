import { TERM_PATTERN, type GlossaryTerm } from '../shared/glossary/glossary-model'

/**
 * The check of the generated `glossary.json` that the app runs at every launch: the same rules
 * as GlossaryFileSchema (glossary-model.ts), written out as plain loops, because the schema's
 * general machinery took 40–300 ms for the 1,901 terms of a 30 MB library on a busy machine, and
 * the window waits for it. Like the schema, it returns the terms with only their known fields,
 * or null for anything else; glossary-file-check.test.ts holds the two to the same verdicts.
 */

const MAX_TERM = 40
const MAX_EXPANSION = 200
const SOURCES: readonly string[] = ['text', 'edition']

export function checkGlossaryFile(json: unknown): GlossaryTerm[] | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null
  const { terms } = json as { terms?: unknown }
  if (!Array.isArray(terms)) return null
  const checked: GlossaryTerm[] = []
  for (const entry of terms) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null
    const { term, expansion, reportId, firstUse, source } = entry as Record<string, unknown>
    if (
      typeof term !== 'string' ||
      term === '' ||
      term.length > MAX_TERM ||
      !TERM_PATTERN.test(term) ||
      typeof expansion !== 'string' ||
      expansion === '' ||
      expansion.length > MAX_EXPANSION ||
      typeof reportId !== 'string' ||
      typeof firstUse !== 'string' ||
      typeof source !== 'string' ||
      !SOURCES.includes(source)
    )
      return null
    checked.push({ term, expansion, reportId, firstUse, source: source as GlossaryTerm['source'] })
  }
  return checked
}
