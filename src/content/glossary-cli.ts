import { isAbsolute, relative, resolve } from 'node:path'
import type { GlossaryTerm } from '../shared/glossary/glossary-model'
import { libraryGlossary } from '../shared/glossary/report-glossary'
import { buildLibrary, checkReportText } from './build-library'
import { ContentError, formatProblem, type ContentProblem } from './content-error'
import { readEditionGlossary } from './read-glossary'
import { readEdition } from './read-edition'
import { scanContentFolder } from './read-sources'

/**
 * `npm run -s glossary -- [--json | --edition-glossary] [--content <dir>] [--glossary-from <dir>]`
 *
 * The glossary the content build writes, built from the report sources as the build reads them
 * (default resources/reports): each acronym a report uses, what it stands for and the paragraph
 * of its first use. Readable, one report after another, or with --json
 * `{"terms": [{"term", "expansion", "reportId", "firstUse", "source"}]}`.
 *
 * With --edition-glossary it prints an edition's own `glossary.json` instead: the entries for
 * acronyms the text never spells out (`{"terms": [{"term", "expansion"}]}`), only those some report
 * uses, in alphabetical order. --glossary-from takes the entries from another edition's folder, so
 * a new edition of the same reports gets the expansions an earlier one was given.
 *
 * Exit codes: 0 listed (an empty glossary too); 1 the content cannot be built (every problem is
 * printed, as the build prints them); 2 bad command line.
 */

export const EXIT_OK = 0
export const EXIT_BAD_CONTENT = 1
export const EXIT_USAGE = 2

export const GLOSSARY_USAGE =
  'usage: npm run -s glossary -- [--json | --edition-glossary] [--content <dir>] [--glossary-from <dir>]'

export interface GlossaryCliIo {
  argv: readonly string[]
  /** Folder the default content folder is in (the project root). */
  projectRoot: string
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export function runGlossaryCli(io: GlossaryCliIo): number {
  let output: 'list' | 'json' | 'edition' = 'list'
  let contentDir = resolve(io.projectRoot, 'resources', 'reports')
  let glossaryDir: string | null = null
  const args = [...io.argv]
  const folder = (dir: string) => (isAbsolute(dir) ? dir : resolve(io.cwd, dir))
  while (args.length > 0) {
    const arg = args.shift() as string
    if (arg === '--help' || arg === '-h') {
      io.stdout(GLOSSARY_USAGE)
      return EXIT_OK
    }
    if (arg === '--json') output = 'json'
    else if (arg === '--edition-glossary') output = 'edition'
    else if (
      (arg === '--content' || arg === '--glossary-from') &&
      args[0] &&
      !args[0].startsWith('--')
    ) {
      const dir = folder(args.shift() as string)
      if (arg === '--content') contentDir = dir
      else glossaryDir = dir
    } else {
      io.stderr(
        arg === '--content' || arg === '--glossary-from'
          ? `glossary: ${arg} needs a folder`
          : `glossary: unknown option ${arg}`
      )
      io.stderr(GLOSSARY_USAGE)
      return EXIT_USAGE
    }
  }
  const built = buildGlossary(contentDir, glossaryDir ?? contentDir)
  if (!built.ok) {
    for (const problem of built.problems) io.stderr(`glossary: ${formatProblem(problem)}`)
    io.stderr('glossary: nothing was listed; fix the files above, then run it again.')
    return EXIT_BAD_CONTENT
  }
  const shown = relative(io.cwd, contentDir) || '.'
  io.stdout(
    output === 'json'
      ? JSON.stringify({ terms: built.terms })
      : output === 'edition'
        ? formatEditionGlossary(built.terms)
        : formatGlossary(built.terms, shown)
  )
  return EXIT_OK
}

/**
 * An edition's glossary.json: the entries from an edition's glossary that the reports use, each
 * once, alphabetically, one to a line.
 */
export function formatEditionGlossary(terms: readonly GlossaryTerm[]): string {
  const entries = new Map<string, string>()
  for (const { term, expansion, source } of terms) {
    if (source === 'edition' && !entries.has(term)) entries.set(term, expansion)
  }
  if (entries.size === 0) return '{ "terms": [] }'
  const lines = [...entries]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    .map(
      ([term, expansion]) =>
        `    { "term": ${JSON.stringify(term)}, "expansion": ${JSON.stringify(expansion)} }`
    )
  return ['{', '  "terms": [', lines.join(',\n'), '  ]', '}'].join('\n')
}

function buildGlossary(
  contentDir: string,
  glossaryDir: string
): { ok: true; terms: GlossaryTerm[] } | { ok: false; problems: ContentProblem[] } {
  const scan = scanContentFolder(contentDir)
  // The edition's page-chrome rules shape the text the terms are found in, as in the build.
  const { edition, pageChrome, problems: editionProblems } = readEdition(contentDir)
  const glossary = readEditionGlossary(glossaryDir)
  const problems = [
    ...scan.problems,
    ...editionProblems,
    ...glossary.problems,
    ...scan.rejected.flatMap(checkReportText)
  ]
  if (problems.length > 0 || scan.sources.length === 0) return { ok: false, problems }
  try {
    const { library } = buildLibrary(scan.sources, edition, pageChrome)
    return { ok: true, terms: libraryGlossary(library.reports, glossary.entries).terms }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    return { ok: false, problems: [...error.problems] }
  }
}

/** One block per report: each term, what it stands for, where it is first used. */
export function formatGlossary(terms: readonly GlossaryTerm[], contentDir: string): string {
  if (terms.length === 0) return `No acronyms are defined in the reports in ${contentDir}.`
  const lines: string[] = []
  const width = Math.max(...terms.map((t) => t.term.length))
  let report = ''
  for (const term of terms) {
    if (term.reportId !== report) {
      report = term.reportId
      if (lines.length > 0) lines.push('')
      lines.push(`${report}:`)
    }
    const from =
      term.source === 'edition'
        ? ' (from the edition’s glossary)'
        : term.firstLetterOnly
          ? ' (only its first letter fits: check it, or give it in the edition’s glossary)'
          : ''
    lines.push(`  ${term.term.padEnd(width)}  ${term.expansion}${from}`)
    lines.push(`  ${''.padEnd(width)}  first used in ${term.firstUse}`)
  }
  const count = terms.length
  lines.push('', `${count} ${count === 1 ? 'term' : 'terms'}.`)
  return lines.join('\n')
}
