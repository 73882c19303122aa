import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { EditionGlossarySchema, type EditionGlossaryEntry } from '../shared/glossary/glossary-model'
import type { ContentProblem } from './content-error'
import { EDITION_GLOSSARY, linkProblem, readJsonFile } from './read-sources'
import { count, SOURCE_LIMITS } from './source-limits'

/**
 * Reads an edition's glossary file: `glossary.json` beside the reports, holding
 * `{"terms": [{"term": "CT", "expansion": "counterterrorism"}]}` for acronyms the reports use but
 * never spell out. The file is optional; one that is unreadable, malformed or names a term twice
 * is a problem, so the build stops and says which entry to fix.
 */
export function readEditionGlossary(contentDir: string): {
  entries: EditionGlossaryEntry[]
  problems: ContentProblem[]
} {
  const path = join(contentDir, EDITION_GLOSSARY)
  const problems = (...messages: string[]) => ({
    entries: [],
    problems: messages.map((message) => ({ file: path, problem: `glossary: ${message}` }))
  })
  const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
  if (!stats) return { entries: [], problems: [] }
  if (stats.isSymbolicLink())
    return { entries: [], problems: [{ file: path, problem: linkProblem(path) }] }
  const read = readJsonFile(
    path,
    { maxBytes: SOURCE_LIMITS.glossaryBytes, kind: 'a glossary' },
    { listed: stats, folder: contentDir },
    'glossary: the file'
  )
  if ('problem' in read) return { entries: [], problems: [{ file: path, problem: read.problem }] }
  const { json } = read
  // valibot takes a list for an object with no keys; it is said as the wrong shape it is.
  const parsed = v.safeParse(EditionGlossarySchema, Array.isArray(json) ? null : json)
  if (!parsed.success) return problems(...parsed.issues.map(issueMessage))
  if (parsed.output.terms.length > SOURCE_LIMITS.glossaryTerms) {
    return problems(
      `it has ${count(parsed.output.terms.length)} terms, more than the build reads (${count(SOURCE_LIMITS.glossaryTerms)}); keep the acronyms the reports use`
    )
  }
  const seen = new Set<string>()
  const twice = parsed.output.terms
    .map((entry, i) => ({ entry, i }))
    .filter(({ entry }) => seen.has(entry.term) || !seen.add(entry.term))
  if (twice.length > 0) {
    return problems(
      ...twice.map(
        ({ entry, i }) =>
          `terms[${i}]: "${entry.term}" is already in the glossary; keep one entry for it`
      )
    )
  }
  return { entries: parsed.output.terms, problems: [] }
}

/** An issue in plain words, naming the entry: `terms[2]: expansion is empty`. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? []
  let where = ''
  for (const item of path) {
    where +=
      typeof item.key === 'number' ? `[${item.key}]` : `${where ? '.' : ''}${String(item.key)}`
  }
  const last = path[path.length - 1]
  if (
    issue.kind === 'schema' &&
    issue.type === 'strict_object' &&
    last &&
    issue.input !== undefined
  ) {
    return `${where} is not allowed (a term has only "term" and "expansion")`
  }
  if (issue.input === undefined && last) return `${where} is missing`
  const field = last && typeof last.key === 'string' ? String(last.key) : ''
  const message =
    field && issue.message.startsWith(`${field} `)
      ? issue.message.slice(field.length + 1)
      : issue.message
  const owner = field ? where.slice(0, where.length - field.length).replace(/\.$/, '') : where
  return owner
    ? `${owner}: ${field ? `${field} ` : ''}${message}`
    : field
      ? `${field} ${message}`
      : message
}
