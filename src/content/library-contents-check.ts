import * as v from 'valibot'
import { EditionSchema, MAX_SECTION_LEVEL } from '../shared/report-model'
import { checkReportHead, isCount, isObject, isSlug } from './json-fields'
import { LIBRARY_CONTENTS_VERSION, type ContentsEntry, type LibraryContents } from './library-file'

/**
 * The check of `library-contents.json` that the app runs at every launch: the same rules as
 * LibraryContentsSchema (library-file.ts), written out as plain loops, because the schema's
 * general machinery took 10–99 ms at launch for a 10 MB library (thousands of sections), and the
 * window waits for it. Like the schema, it returns a copy with only the known fields, or null
 * for anything else; library-contents-check.test.ts holds the two to the same verdicts.
 */

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
  const head = checkReportHead(report)
  const { sections, start, end } = report
  if (
    !head ||
    !Array.isArray(sections) ||
    sections.length === 0 ||
    !isCount(start) ||
    !isCount(end)
  )
    return null
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
  return { ...head, sections: checked, start, end }
}
