import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { ContentProblem } from '../shared/ipc-contract'
import {
  GENERATED_FILES,
  LibrarySchema,
  summarizeReport,
  type Library,
  type ProcessedReport,
  type ReportSummary
} from '../shared/report-model'
import type { GlossaryTerm } from '../shared/glossary/glossary-model'
import { checkGlossaryFile } from './glossary-file-check'
import { readPackedHeader, type PackedIndex } from '../shared/search/packed-index'
import { openSearchIndex } from './search-index-file'
import {
  checkIndexedReports,
  createEngine,
  librarySource,
  type ReportSource
} from '../shared/search/search-engine'
import type { SearchEngine } from '../shared/search/search-types'
import type { ReportOutline } from '../shared/sections/section-match'
import { checkLibraryContents } from './library-contents-check'
import { checkProcessedReport } from './report-check'
import type { LibraryContents } from './library-file'

export type GeneratedLoad =
  { ok: true; library: Library; engine: SearchEngine } | { ok: false; problem: ContentProblem }

/** The generated content, opened: reports are read from library.json when first asked for. */
export interface OpenedContent {
  /**
   * The library. Each report's id, format, source file, metadata and contentHash are at hand;
   * its `sections` are read from library.json (and checked) the first time they are used, so
   * opening the library costs its table of contents, not its text.
   */
  library: Library
  /** The same reports for the search engine: described from the table of contents. */
  source: ReportSource
  /** Where the packed search index is, for loadSearchEngine. */
  indexPath: string
  /**
   * Every report's sections' ids and headings, from the table of contents: what comparing a
   * section across reports needs, without reading any report's text.
   */
  outline: ReportOutline[]
}

export type OpenedLoad =
  | { ok: true; content: OpenedContent; summaries: ReportSummary[] }
  | { ok: false; problem: ContentProblem }

/**
 * Opens the generated content as the app starts: the table of contents only (library-contents.json,
 * checked, and checked against library.json's size). A report's text is read and checked when it
 * is first used; a damaged report then throws an Error whose message says what to do.
 * Without a table of contents (content built before there was one) the whole library is read.
 */
export function openGeneratedContent(generatedDir: string): OpenedLoad {
  const libraryPath = join(generatedDir, GENERATED_FILES.library)
  const contentsPath = join(generatedDir, GENERATED_FILES.contents)
  const indexPath = join(generatedDir, GENERATED_FILES.packedIndex)
  const contentsText = readBytes(contentsPath)
  if (!contentsText.ok) {
    const whole = readLibrary(libraryPath)
    if (!whole.ok) return whole
    const source = librarySource(whole.library)
    const index = checkIndexFile(indexPath, source)
    if (index) return index
    return {
      ok: true,
      content: { library: whole.library, source, indexPath, outline: whole.library.reports },
      summaries: whole.library.reports.map(summarizeReport)
    }
  }
  let contents: LibraryContents
  try {
    const checked = checkLibraryContents(JSON.parse(contentsText.value.toString('utf8')))
    if (!checked) return corrupt(contentsPath, 'it does not match the contents format')
    contents = checked
  } catch {
    return corrupt(contentsPath, 'it is not valid JSON')
  }
  let fd: number
  try {
    fd = openSync(libraryPath, 'r')
  } catch (error) {
    return unreadable(libraryPath, error)
  }
  if (fstatSync(fd).size !== contents.libraryBytes) {
    closeSync(fd)
    return corrupt(libraryPath, 'it is not the library its table of contents describes')
  }
  const loaded = new Map<string, ProcessedReport>()
  const load = (entry: LibraryContents['reports'][number]): ProcessedReport => {
    const cached = loaded.get(entry.id)
    if (cached) return cached
    const bytes = Buffer.alloc(entry.end - entry.start)
    readSync(fd, bytes, 0, bytes.length, entry.start)
    let report: ProcessedReport
    try {
      const checked = checkProcessedReport(JSON.parse(bytes.toString('utf8')))
      if (!checked || checked.id !== entry.id || checked.contentHash !== entry.contentHash)
        throw new Error('mismatch')
      report = checked
    } catch {
      throw new Error(
        `The report content is damaged: report “${entry.metadata.title}” in ${libraryPath} cannot be read. Rebuild it with \`npm run build:content\`, or reinstall the app.`
      )
    }
    loaded.set(entry.id, report)
    return report
  }
  const reports = contents.reports.map((entry) => {
    const shell = {
      id: entry.id,
      format: entry.format,
      sourceFile: entry.sourceFile,
      metadata: entry.metadata,
      contentHash: entry.contentHash
    }
    return Object.defineProperty(shell, 'sections', {
      enumerable: true,
      get: () => load(entry).sections
    }) as ProcessedReport
  })
  const byId = new Map(contents.reports.map((entry) => [entry.id, entry]))
  const source: ReportSource = {
    describe: (id) => {
      const entry = byId.get(id)
      return (
        entry && {
          contentHash: entry.contentHash,
          paragraphs: entry.sections.reduce((n, s) => n + s.paragraphs, 0)
        }
      )
    }
  }
  const index = checkIndexFile(indexPath, source)
  if (index) return index
  return {
    ok: true,
    content: {
      library: { formatVersion: 1, edition: contents.edition, reports },
      source,
      indexPath,
      outline: contents.reports.map((entry) => ({
        id: entry.id,
        sections: entry.sections.map(({ id, heading }) => ({ id, heading }))
      }))
    },
    summaries: contents.reports.map(summarizeReport)
  }
}

/**
 * Checks the search index's header without reading the index: it is one, of its full length, and
 * built from these reports. So a missing, cut-short or foreign index is said at launch, naming the
 * file, as before the index was loaded in the background. Null when it looks right.
 */
function checkIndexFile(
  indexPath: string,
  source: ReportSource
): { ok: false; problem: ContentProblem } | null {
  let fd: number
  try {
    fd = openSync(indexPath, 'r')
  } catch (error) {
    return unreadable(indexPath, error)
  }
  try {
    const size = fstatSync(fd).size
    const first = Buffer.alloc(Math.min(12, size))
    readSync(fd, first, 0, first.length, 0)
    const metaLength = first.length === 12 ? first.readUInt32LE(8) : 0
    const head = Buffer.alloc(Math.min(12 + metaLength, size))
    readSync(fd, head, 0, head.length, 0)
    const { meta, byteLength } = readPackedHeader(head)
    if (size < byteLength) throw new Error('search index: truncated')
    checkIndexedReports(meta.reports, source)
    return null
  } catch (error) {
    return corrupt(indexPath, `the search index cannot be used (${(error as Error).message})`)
  } finally {
    closeSync(fd)
  }
}

/**
 * The search engine over the opened content: reads search-index.bin without blocking and checks
 * that it was built from these reports. Resolves to a problem instead of throwing.
 */
export async function loadSearchEngine(
  content: OpenedContent
): Promise<{ ok: true; engine: SearchEngine } | { ok: false; problem: ContentProblem }> {
  let index: PackedIndex
  try {
    index = await openSearchIndex(content.indexPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined) return unreadable(content.indexPath, error)
    return corrupt(
      content.indexPath,
      `the search index cannot be used (${(error as Error).message})`
    )
  }
  try {
    return { ok: true, engine: createEngine(content.source, index) }
  } catch (error) {
    return corrupt(
      content.indexPath,
      `the search index cannot be used (${(error as Error).message})`
    )
  }
}

/**
 * Opens the generated content all at once, the way the CLI and tests use it: the library and
 * the search engine, both checked, so a missing or damaged build gives a message naming the
 * file instead of a blank window.
 */
export function loadGeneratedContent(generatedDir: string): GeneratedLoad {
  const libraryPath = join(generatedDir, GENERATED_FILES.library)
  const indexPath = join(generatedDir, GENERATED_FILES.packedIndex)
  const whole = readLibrary(libraryPath)
  if (!whole.ok) return whole
  const index = readBytes(indexPath)
  if (!index.ok) return index
  try {
    return {
      ok: true,
      library: whole.library,
      engine: createEngine(librarySource(whole.library), index.value)
    }
  } catch (error) {
    return corrupt(indexPath, `the search index cannot be used (${(error as Error).message})`)
  }
}

function readLibrary(
  libraryPath: string
): { ok: true; library: Library } | { ok: false; problem: ContentProblem } {
  const libraryText = readBytes(libraryPath)
  if (!libraryText.ok) return libraryText
  let json: unknown
  try {
    json = JSON.parse(libraryText.value.toString('utf8'))
  } catch {
    return corrupt(libraryPath, 'it is not valid JSON')
  }
  const parsed = v.safeParse(LibrarySchema, json)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'root'
    return corrupt(libraryPath, `it does not match the report format (${where}: ${issue?.message})`)
  }
  return { ok: true, library: parsed.output }
}

function readBytes(
  path: string
): { ok: true; value: Buffer } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, value: readFileSync(path) }
  } catch (error) {
    return unreadable(path, error)
  }
}

function unreadable(path: string, error: unknown): { ok: false; problem: ContentProblem } {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
  return {
    ok: false,
    problem: {
      code: missing ? 'content-missing' : 'content-corrupt',
      message: missing
        ? 'The report content was not built into this copy of the app. Run `npm run build:content`, or reinstall the app.'
        : `The report content could not be read: ${(error as Error).message}`,
      path
    }
  }
}

function corrupt(path: string, why: string): { ok: false; problem: ContentProblem } {
  return {
    ok: false,
    problem: {
      code: 'content-corrupt',
      message: `The report content is damaged: ${why}. Rebuild it with \`npm run build:content\`, or reinstall the app.`,
      path
    }
  }
}

/**
 * The glossary the build wrote beside the library. Without one (content built before there were
 * glossaries), or with one that cannot be read, the reader has no glossary: the text and search
 * work as before, so a glossary is never a reason not to open the reports.
 */
export function readGeneratedGlossary(generatedDir: string): GlossaryTerm[] {
  try {
    const json: unknown = JSON.parse(
      readFileSync(join(generatedDir, GENERATED_FILES.glossary), 'utf8')
    )
    return checkGlossaryFile(json) ?? []
  } catch {
    return []
  }
}
