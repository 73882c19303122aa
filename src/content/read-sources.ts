import { lstatSync, readdirSync, readlinkSync, statSync, type BigIntStats } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import {
  ReportMetadataSchema,
  SlugSchema,
  type ReportFormat,
  type ReportMetadata
} from '../shared/report-model'
import { cleanText } from '../shared/text/clean-text'
import { say } from './build-words'
import type { ContentProblem } from './content-error'
import type { BuildNotice } from './parsed-section'
import { declaredEncoding } from './page-encoding'
import { readDocx } from './read-docx'
import { readEpub } from './read-epub'
import { readPdf } from './read-pdf'
import { jsonProblem } from './json-problem'
import { readSourceFile, type OpenedFrom, type SourceFileRead } from './open-source-file'
import { SOURCE_LIMITS } from './source-limits'

/**
 * Discovers and validates the content folder: one file per report, named `<id>.<ext>`, plus a
 * metadata sidecar `<id>.meta.json`. Files whose names start with "." and sub-folders are
 * ignored; links (to files or folders) are refused. Every problem is collected, none stops the
 * scan.
 */

export const REPORT_EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  // Refused by the reader, which says why (macros), rather than as an unknown format.
  '.docm': 'docx',
  '.epub': 'epub'
}

/** ".txt, .md, .markdown, .html or .htm", for messages. */
const EXTENSIONS = Object.keys(REPORT_EXTENSIONS).filter((extension) => extension !== '.docm')
/** ".txt, .md, .html, .htm, .pdf, .docx or .epub", in the build's language. */
const extensionList = (): string =>
  say('build.or', { first: EXTENSIONS.slice(0, -1).join(', '), last: EXTENSIONS.at(-1) ?? '' })
export const METADATA_SUFFIX = '.meta.json'
/** The edition manifest, beside the reports (see read-edition.ts). */
export const EDITION_MANIFEST = 'edition.json'
/** The edition's glossary, beside the reports (see read-glossary.ts). */
export const EDITION_GLOSSARY = 'glossary.json'

/** A report file whose text could be read. */
export interface ReportFile {
  /** Report id: the file name without its extension. */
  id: string
  format: ReportFormat
  /** File name inside the content folder. */
  sourceFile: string
  /** Path for messages: the content folder as given, joined with the file name. */
  path: string
  /** The file's text; for a PDF, its text layer as JSON (see pdf-text-layer.ts). */
  text: string
  /** What reading the file found worth saying (a file cut in the middle of a character). */
  notices: BuildNotice[]
}

/** A report file with valid id, text and metadata: ready to be processed. */
export interface ReportSource extends ReportFile {
  metadata: ReportMetadata
}

export interface ContentScan {
  sources: ReportSource[]
  /** Report files that were read but have other problems; still worth parsing for diagnostics. */
  rejected: ReportFile[]
  problems: ContentProblem[]
}

const METADATA_FIELDS = ['title', 'publisher', 'sourceUrl', 'edition'] as const

export function scanContentFolder(contentDir: string): ContentScan {
  const scan: ContentScan = { sources: [], rejected: [], problems: [] }
  const problem = (file: string, message: string): void => {
    scan.problems.push({ file, problem: message })
  }

  let names: string[]
  try {
    names = readdirSync(contentDir).sort(compareCodeUnits)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT'
        ? say('build.folder.notFound')
        : code === 'ENOTDIR'
          ? say('build.folder.notFolder')
          : say('build.folder.unreadable', { error: String(error) })
    problem(contentDir, message)
    return scan
  }

  const reportNames: string[] = []
  /** What the listing saw of each file: the file read must be that one (open-source-file.ts). */
  const listed = new Map<string, BigIntStats>()
  const sidecarNames = new Set<string>()
  /** Refused links, so a report or sidecar behind one is not also reported as missing. */
  const linkedNames = new Set<string>()
  for (const name of names) {
    // The manifest and the glossary are read, and refused when links, by read-edition.ts and read-glossary.ts.
    if (name.startsWith('.') || name === EDITION_MANIFEST || name === EDITION_GLOSSARY) continue
    const path = join(contentDir, name)
    const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
    if (!stats) continue
    if (stats.isSymbolicLink()) {
      problem(path, linkProblem(path))
      linkedNames.add(name)
      continue
    }
    if (!stats.isFile()) continue
    listed.set(name, stats)
    if (name.endsWith(METADATA_SUFFIX)) sidecarNames.add(name)
    else if (formatOf(name)) reportNames.push(name)
    else {
      problem(
        path,
        say('build.source.unknownFormat', { extensions: extensionList(), suffix: METADATA_SUFFIX })
      )
    }
  }
  if (reportNames.length === 0) {
    problem(contentDir, say('build.folder.noReports', { extensions: extensionList() }))
  }

  const namesById = new Map<string, string[]>()
  for (const name of reportNames) {
    const id = stemOf(name)
    namesById.set(id, [...(namesById.get(id) ?? []), name])
  }

  for (const name of reportNames) {
    const path = join(contentDir, name)
    const id = stemOf(name)
    const format = formatOf(name)
    if (!format) continue
    let ok = true

    if (!v.is(SlugSchema, id)) {
      ok = false
      problem(path, say('build.source.invalidId', { id }))
    }
    const sameId = (namesById.get(id) ?? []).filter((other) => other !== name)
    if (sameId.length > 0) {
      ok = false
      problem(path, say('build.source.duplicateId', { id, others: sameId.join(', ') }))
    }

    const sidecarName = `${id}${METADATA_SUFFIX}`
    let metadata: ReportMetadata | undefined
    if (!sidecarNames.has(sidecarName)) {
      ok = false
      if (!linkedNames.has(sidecarName)) {
        problem(path, say('build.source.missingSidecar', { name: sidecarName }))
      }
    } else {
      const sidecarPath = join(contentDir, sidecarName)
      const result = readMetadata(sidecarPath, {
        listed: listed.get(sidecarName),
        folder: contentDir
      })
      if (result.problems.length > 0) {
        ok = false
        for (const message of result.problems) problem(sidecarPath, message)
      } else {
        metadata = result.metadata
      }
    }

    const read = readReportText(path, format, { listed: listed.get(name), folder: contentDir })
    if ('problem' in read) {
      problem(path, read.problem)
      continue
    }
    const file: ReportFile = { id, format, sourceFile: name, path, ...read }
    if (ok && metadata) scan.sources.push({ ...file, metadata })
    else scan.rejected.push(file)
  }

  const reportIds = new Set(namesById.keys())
  for (const sidecarName of sidecarNames) {
    const id = sidecarName.slice(0, -METADATA_SUFFIX.length)
    const linkedReport = [...linkedNames].some((name) => formatOf(name) && stemOf(name) === id)
    if (!reportIds.has(id) && !linkedReport) {
      problem(
        join(contentDir, sidecarName),
        say('build.source.orphanSidecar', { id, extensions: extensionList() })
      )
    }
  }
  return scan
}

/**
 * A symbolic link (or Windows junction) in the folder is refused, never followed: it could
 * bring a file from anywhere on the machine into the app.
 */
export function linkProblem(path: string): string {
  let target = say('build.source.linkTarget')
  try {
    target = readlinkSync(path)
  } catch {
    // Unreadable link: still refused, without naming its target.
  }
  let folder = false
  try {
    folder = statSync(path).isDirectory()
  } catch {
    // A link to nothing: refused all the same.
  }
  return say('build.source.link', { folder: folder ? 'yes' : 'no', target })
}

function formatOf(name: string): ReportFormat | undefined {
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return undefined
  return REPORT_EXTENSIONS[name.slice(dot).toLowerCase()]
}

function stemOf(name: string): string {
  return name.slice(0, name.lastIndexOf('.'))
}

/** A report file's text as its format's parser takes it (a PDF's text layer, a page in its encoding). */
export function readReportText(
  path: string,
  format: ReportFormat,
  from: OpenedFrom = {}
): { text: string; notices: BuildNotice[] } | { problem: string } {
  const read = readSourceFile(
    path,
    {
      maxBytes: SOURCE_LIMITS.reportBytes[format],
      kind: FORMAT_NAMES[format],
      advice: 'Check that it is the right file; a longer report can be split into several files.'
    },
    from
  )
  if ('problem' in read) return read
  switch (format) {
    case 'pdf':
      return readPdf(read.bytes)
    case 'docx':
      return readDocx(read.bytes)
    case 'epub':
      return readEpub(read.bytes)
    default:
      return decodeText(read.bytes, format)
  }
}

const FORMAT_NAMES: Readonly<Record<ReportFormat, string>> = {
  text: 'a plain-text report',
  markdown: 'a Markdown report',
  html: 'a saved page',
  pdf: 'a PDF',
  docx: 'a Word file',
  epub: 'an EPUB'
}

/**
 * A report's bytes as UTF-8 (without BOM), or a saved web page's in the encoding it declares; a
 * problem if they are not valid text in that encoding or hold no text. A file cut after so many
 * bytes may end inside a character: its text up to there is kept, with a warning.
 */
function decodeText(
  bytes: Buffer,
  format: ReportFormat
): { text: string; notices: BuildNotice[] } | { problem: string } {
  const declared = format === 'html' ? declaredEncoding(bytes) : { encoding: 'utf-8' }
  if ('unknown' in declared) {
    return {
      problem: say('build.source.unknownEncoding', { encoding: declared.unknown })
    }
  }
  const { encoding } = declared
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false })
  let text: string
  const notices: BuildNotice[] = []
  try {
    // Streaming holds back an incomplete character at the end instead of refusing it…
    text = decoder.decode(bytes, { stream: true })
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding
    return { problem: say('build.source.notText', { encoding: name }) }
  }
  try {
    decoder.decode()
  } catch {
    // …which the final call then finds.
    notices.push({ kind: 'warning', message: say('build.warning.cutCharacter') })
  }
  if (cleanText(text) === '') return { problem: say('build.source.empty') }
  return { text, notices }
}

/**
 * A small JSON file of the trainer's (a sidecar, edition.json, glossary.json), opened as a report
 * is (open-source-file.ts), within its size limit; a problem in plain words if it cannot be read
 * or is not JSON (`what` starts the message: "invalid metadata: the file").
 */
export function readJsonFile(
  path: string,
  limits: { maxBytes: number; kind: string },
  from: OpenedFrom,
  what: string
): { json: unknown } | { problem: string } {
  const read: SourceFileRead = readSourceFile(path, limits, from)
  if ('problem' in read) return read
  try {
    return { json: JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, '')) }
  } catch (error) {
    return { problem: `${what} ${jsonProblem(error)}` }
  }
}

function readMetadata(
  path: string,
  from: OpenedFrom
): { metadata?: ReportMetadata; problems: string[] } {
  const read = readJsonFile(
    path,
    { maxBytes: SOURCE_LIMITS.sidecarBytes, kind: 'a metadata file' },
    from,
    'invalid metadata: the file'
  )
  if ('problem' in read) return { problems: [read.problem] }
  const { json } = read
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      problems: [
        `invalid metadata: expected a JSON object with ${METADATA_FIELDS.join(', ')} (all non-empty strings)`
      ]
    }
  }
  const record = json as Record<string, unknown>
  const problems: string[] = []
  for (const field of METADATA_FIELDS) {
    const value = record[field]
    if (value === undefined) problems.push(`invalid metadata: field "${field}" is missing`)
    else if (typeof value !== 'string') {
      problems.push(`invalid metadata: field "${field}" must be a string`)
    } else if (value.trim() === '') {
      problems.push(`invalid metadata: field "${field}" must not be empty`)
    }
  }
  if (problems.length > 0) return { problems }
  const parsed = v.safeParse(ReportMetadataSchema, json)
  if (!parsed.success) {
    return {
      problems: parsed.issues.map((issue) => {
        const field = v.getDotPath(issue)
        return `invalid metadata: ${field ? `field "${field}": ` : ''}${issue.message}`
      })
    }
  }
  return { metadata: parsed.output, problems: [] }
}

/** Locale-independent ordering (UTF-16 code units), so output never depends on the machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
