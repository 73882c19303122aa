import * as v from 'valibot'
import {
  EditionSchema,
  MAX_SECTION_LEVEL,
  ReportFormatSchema,
  SLUG_PATTERN,
  type ReportFormat
} from '../shared/report-model'
import { LIBRARY_CONTENTS_VERSION, type ContentsEntry, type LibraryContents } from './library-file'

/**
 * The check of `library-contents.json` that the app runs at every launch: the same rules as
 * LibraryContentsSchema (library-file.ts), written out as plain loops, because the schema's
 * general machinery took 10–99 ms at launch for a 10 MB library (thousands of sections), and the
 * window waits for it. Like the schema, it returns a copy with only the known fields, or null
 * for anything else; library-contents-check.test.ts holds the two to the same verdicts.
 */

const FORMATS: readonly string[] = ReportFormatSchema.options
const HASH = /^[0-9a-f]{64}$/
const MAX_SLUG = 120

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SLUG && SLUG_PATTERN.test(value)
const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

export function checkLibraryContents(json: unknown): LibraryContents | null {
  if (!isObject(json) || json['formatVersion'] !== LIBRARY_CONTENTS_VERSION) return null
  const { libraryBytes, reports } = json
  if (!isCount(libraryBytes) || !Array.isArray(reports) || reports.length === 0) return null
  // The edition is one small object: its own schema (with the name rules) checks it.
  const edition = v.safeParse(EditionSchema, json['edition'])
  if (!edition.success) return null
  const entries: ContentsEntry[] = []
  for (const report of reports) {
    const entry = checkEntry(report)
    if (!entry) return null
    entries.push(entry)
  }
  return {
    formatVersion: LIBRARY_CONTENTS_VERSION,
    libraryBytes,
    edition: edition.output,
    reports: entries
  }
}

function checkEntry(report: unknown): ContentsEntry | null {
  if (!isObject(report)) return null
  const { id, format, sourceFile, metadata, contentHash, sections, start, end } = report
  if (
    !isSlug(id) ||
    typeof format !== 'string' ||
    !FORMATS.includes(format) ||
    typeof sourceFile !== 'string' ||
    !isObject(metadata) ||
    typeof contentHash !== 'string' ||
    !HASH.test(contentHash) ||
    !Array.isArray(sections) ||
    sections.length === 0 ||
    !isCount(start) ||
    !isCount(end)
  )
    return null
  const { title, publisher, sourceUrl, edition } = metadata
  if (!isText(title) || !isText(publisher) || !isText(sourceUrl) || !isText(edition)) return null
  const checked: ContentsEntry['sections'] = []
  for (const section of sections) {
    if (!isObject(section)) return null
    const { id: sectionId, heading, level, paragraphs } = section
    if (!isSlug(sectionId) || typeof heading !== 'string' || !isCount(paragraphs)) return null
    if ('level' in section) {
      if (
        !Number.isInteger(level) ||
        (level as number) < 2 ||
        (level as number) > MAX_SECTION_LEVEL
      )
        return null
      checked.push({ id: sectionId, heading, level: level as number, paragraphs })
    } else checked.push({ id: sectionId, heading, paragraphs })
  }
  return {
    id,
    format: format as ReportFormat,
    sourceFile,
    metadata: { title, publisher, sourceUrl, edition },
    contentHash,
    sections: checked,
    start,
    end
  }
}
