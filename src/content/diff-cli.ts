import { isAbsolute, resolve } from 'node:path'
import { countChanges, type EditionChange, type TextSpan } from '../shared/compare/change-model'
import { compareEditions } from '../shared/compare/compare-editions'
import type { DiffPart } from '../shared/text/word-diff'
import { readReportFile } from './read-report-file'

/**
 * `npm run -s diff -- <old source> <new source> [--json]`
 *
 * Compares two editions of a report, each a source file as the content build reads it (.txt, .md
 * or .markdown; a `<name>.meta.json` beside it is optional). Prints one block per change with the
 * words that changed marked [-like this-]{+like that+}, then a summary line; or, with --json,
 * `{"changes": [...]}` (see EditionChange).
 *
 * Exit codes: 0 compared (whether or not anything changed); 1 a source cannot be compared (no
 * such file, unreadable, not UTF-8, empty, no sections); 2 bad command line.
 */

export const EXIT_OK = 0
export const EXIT_BAD_SOURCE = 1
export const EXIT_USAGE = 2

export const DIFF_USAGE = 'usage: npm run -s diff -- <old source> <new source> [--json]'

export interface DiffCliIo {
  argv: readonly string[]
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export function runDiffCli(io: DiffCliIo): number {
  const json = io.argv.includes('--json')
  const rest = io.argv.filter((arg) => arg !== '--json')
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout(DIFF_USAGE)
    return EXIT_OK
  }
  const unknown = rest.find((arg) => arg.startsWith('--'))
  if (unknown !== undefined || rest.length !== 2) {
    io.stderr(
      unknown !== undefined
        ? `diff: unknown option ${unknown}`
        : `diff: give two report sources, the old edition and the new one (${rest.length} given)`
    )
    io.stderr(DIFF_USAGE)
    return EXIT_USAGE
  }
  const [before, after] = rest.map((path) =>
    readReportFile(isAbsolute(path) ? path : resolve(io.cwd, path))
  )
  const problems = [before, after].flatMap((read) => (read && !read.ok ? [read.problem] : []))
  if (!before?.ok || !after?.ok) {
    for (const problem of problems) io.stderr(`diff: ${problem}`)
    io.stderr('diff: nothing was compared.')
    return EXIT_BAD_SOURCE
  }
  const changes = compareEditions(before.report, after.report)
  io.stdout(json ? JSON.stringify({ changes }) : formatChanges(changes, rest as [string, string]))
  return EXIT_OK
}

export function formatChanges(
  changes: readonly EditionChange[],
  [before, after]: [string, string]
): string {
  const lines = [`Comparing ${before} (old) with ${after} (new)`]
  changes.forEach((change, i) => {
    lines.push('', `${i + 1}. ${change.kind} ${change.unit} · ${sectionLabel(change)}`)
    const where = whereLabel(change)
    if (where) lines.push(`   ${where}`)
    lines.push(
      ...markedText(change)
        .split('\n')
        .map((line) => (line ? `   ${line}` : ''))
    )
  })
  lines.push('', summaryLine(changes))
  return lines.join('\n')
}

export function summaryLine(changes: readonly EditionChange[]): string {
  if (changes.length === 0) {
    return 'No changes: both editions have the same text (spaces and quote marks aside).'
  }
  const counts = countChanges(changes)
  const kinds = (['inserted', 'deleted', 'modified', 'moved'] as const).map(
    (kind) => `${counts[kind]} ${kind}`
  )
  return `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}: ${kinds.join(', ')}`
}

function sectionLabel({ oldSection, newSection }: EditionChange): string {
  const before = oldSection?.heading
  const after = newSection?.heading
  if (before === undefined) return `${after ?? ''} (a new section)`
  if (after === undefined) return `${before} (a section no longer there)`
  return before === after ? after : `${before} → ${after}`
}

function paragraphs(spans: readonly TextSpan[]): string {
  return [...new Set(spans.map((span) => span.paragraphId))].join(', ')
}

function whereLabel(change: EditionChange): string {
  const before = paragraphs(change.oldSpans)
  const after = paragraphs(change.newSpans)
  if (change.kind === 'moved') return `from ${before} to ${after}`
  if (change.kind === 'deleted') return before && `was at ${before}`
  return after && `at ${after}`
}

function markedText(change: EditionChange): string {
  if (change.parts) {
    // A removed run right before an added one reads "[-wide-]{+broad+} discretion".
    return change.parts
      .map((part, i) =>
        part.kind === 'removed' && change.parts?.[i + 1]?.kind === 'added'
          ? mark({ kind: 'removed', text: part.text.trimEnd() })
          : mark(part)
      )
      .join('')
  }
  if (change.kind === 'inserted') return mark({ kind: 'added', text: change.newText ?? '' })
  if (change.kind === 'deleted') return mark({ kind: 'removed', text: change.oldText ?? '' })
  return change.newText ?? ''
}

function mark({ kind, text }: DiffPart): string {
  if (kind === 'same' || text === '') return text
  const [open, close] = kind === 'removed' ? ['[-', '-]'] : ['{+', '+}']
  // The mark closes before the spaces that end the run, so "[-wide -]" reads "[-wide-] ".
  const trailing = /\s*$/.exec(text)?.[0] ?? ''
  return `${open}${text.slice(0, text.length - trailing.length)}${close}${trailing}`
}
