import { createHash } from 'node:crypto'
import * as v from 'valibot'
import {
  DEFAULT_EDITION,
  LIBRARY_FORMAT_VERSION,
  type Edition,
  LibrarySchema,
  type Library,
  type ProcessedReport,
  type ReportFormat,
  type Section
} from '../shared/report-model'
import { parseWithinLimits } from './bounded-parse'
import { canonicalJson } from './canonical-json'
import { say } from './build-words'
import { ContentError, type ContentProblem } from './content-error'
import {
  NO_CHROME_CONTEXT,
  NO_EDITION_RULES,
  type ChromeContext,
  type EditionChromeRules
} from './page-chrome'
import { parseHtml } from './parse-html'
import { parseMarkdown } from './parse-markdown'
import { parsePdf } from './parse-pdf'
import { parsePlainText } from './parse-plain-text'
import type { BuildNotice, ParsedReport, ParsedSection } from './parsed-section'
import { compareCodeUnits, type ReportFile, type ReportSource } from './read-sources'
import { reportWarnings } from './report-warnings'
import { slugify } from './slug'

/** Sources → Library. Pure given the sources' contents: no file system, no clock. */

/** Why a file gave no sections, by its format, in the build's language. */
const noSections = (format: ReportFormat): string =>
  say('build.noSections', { format, h1: '<h1>', h2: '<h2>' })

export function parseReport(
  format: ReportFormat,
  text: string,
  context: ChromeContext = NO_CHROME_CONTEXT
): ParsedReport {
  switch (format) {
    case 'markdown':
      return parseMarkdown(text, context)
    case 'text':
      return parsePlainText(text, context)
    case 'html':
      return parseHtml(text, context)
    case 'pdf':
      return parsePdf(text, context)
    case 'docx':
    case 'epub':
      // Their HTML is the document itself: no page around it for Readability to find it in.
      return parseHtml(text, context, { wholeDocument: true })
  }
}

/** The problems parsing would find in a report file (used for files rejected for other reasons too). */
export function checkReportText(file: ReportFile): ContentProblem[] {
  const parsed = parseWithinLimits(file.format, file.text, NO_CHROME_CONTEXT)
  if ('problem' in parsed) return [{ file: file.path, problem: parsed.problem }]
  return parsed.sections.length === 0 ? [{ file: file.path, problem: noSections(file.format) }] : []
}

/** Something the build says about one file that it built: what it dropped, or a warning. */
export interface ContentNotice extends BuildNotice {
  /** The report's file name inside the content folder. */
  file: string
}

/** `kyrgyz-republic.txt: dropped the archive banner (…)`, `x.txt: warning: the text looks cut off…`. */
export function formatNotice({ file, kind, message }: ContentNotice): string {
  return kind === 'warning' ? say('build.warning', { file, message }) : `${file}: ${message}`
}

export interface BuiltReport {
  report: ProcessedReport
  /** What reading and parsing dropped, then the warnings, in that order. */
  notices: BuildNotice[]
}

/** Builds one report; throws a ContentError if its text has no sections. */
export function buildReport(
  source: ReportSource,
  rules: EditionChromeRules = NO_EDITION_RULES
): BuiltReport {
  // Within the limits on a source's shape, time and memory (bounded-parse.ts).
  const parsed = parseWithinLimits(source.format, source.text, {
    metadata: source.metadata,
    edition: rules
  })
  if ('problem' in parsed) {
    throw new ContentError([{ file: source.path, problem: parsed.problem }])
  }
  if (parsed.sections.length === 0) {
    throw new ContentError([{ file: source.path, problem: noSections(source.format) }])
  }
  const sections = assignIds(parsed.sections)
  const notices = [...source.notices, ...parsed.notices, ...reportWarnings(parsed.sections)]
  return {
    report: {
      id: source.id,
      format: source.format,
      sourceFile: source.sourceFile,
      metadata: source.metadata,
      contentHash: contentHash(sections),
      sections
    },
    notices: [
      ...notices.filter((notice) => notice.kind === 'dropped'),
      ...notices.filter((notice) => notice.kind === 'warning')
    ]
  }
}

export interface BuiltLibrary {
  library: Library
  /** Per report, in the library's order: what the build dropped and its warnings. */
  notices: ContentNotice[]
}

/**
 * Builds the library: reports sorted by id. Throws a ContentError listing every report's
 * problems, or an Error if the result fails LibrarySchema (a bug, not a content problem).
 */
export function buildLibrary(
  sources: readonly ReportSource[],
  edition: Edition = DEFAULT_EDITION,
  rules: EditionChromeRules = NO_EDITION_RULES
): BuiltLibrary {
  const reports: ProcessedReport[] = []
  const notices: ContentNotice[] = []
  const problems: ContentProblem[] = []
  for (const source of [...sources].sort((a, b) => compareCodeUnits(a.id, b.id))) {
    try {
      const built = buildReport(source, rules)
      reports.push(built.report)
      notices.push(...built.notices.map((notice) => ({ file: source.sourceFile, ...notice })))
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(...error.problems)
    }
  }
  if (problems.length > 0) throw new ContentError(problems)
  const library: Library = { formatVersion: LIBRARY_FORMAT_VERSION, edition, reports }
  const checked = v.safeParse(LibrarySchema, library)
  if (!checked.success) {
    const details = checked.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
    throw new Error(`generated library does not match LibrarySchema:\n${details.join('\n')}`)
  }
  return { library, notices }
}

/** sha256 (hex) of the canonical JSON of a report's sections. */
export function contentHash(sections: readonly Section[]): string {
  return createHash('sha256').update(canonicalJson(sections), 'utf8').digest('hex')
}

/**
 * Section ids are heading slugs, made unique with -2, -3…; block ids are `<section>-p<n>`.
 * A section id is also never equal to any block id of the report (both are element ids).
 * Fields a block or section does not have are left out, not set to undefined, so a report
 * without structure has the JSON and the content hash it always had.
 */
function assignIds(parsed: readonly ParsedSection[]): Section[] {
  const used = new Set<string>()
  return parsed.map(({ heading, level, blocks }) => {
    const base = slugify(heading)
    const paragraphIds = (sectionId: string): string[] =>
      blocks.map((_, i) => `${sectionId}-p${i + 1}`)
    let id = base
    for (let n = 2; used.has(id) || paragraphIds(id).some((p) => used.has(p)); n++) {
      id = `${base}-${n}`
    }
    const ids = paragraphIds(id)
    used.add(id)
    for (const p of ids) used.add(p)
    return {
      id,
      heading,
      ...(level !== undefined && level > 1 ? { level } : {}),
      paragraphs: blocks.map((block, i) => ({
        id: ids[i] ?? `${id}-p${i + 1}`,
        ...definedFields(block)
      }))
    }
  })
}

function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
