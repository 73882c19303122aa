import * as v from 'valibot'
import {
  EditionSchema,
  ReportFormatSchema,
  ReportMetadataSchema,
  SlugSchema,
  type Library,
  type ProcessedReport
} from '../shared/report-model'

/**
 * The library's table of contents (`library-contents.json`), beside `library.json`: every
 * report's summary (metadata, edition, sections with their paragraph counts) and where its JSON
 * lies in `library.json`, in bytes. So the app can list the reports and open the one on screen
 * without parsing the whole library, and read any other report when it is asked for.
 * `library.json` itself stays one JSON document of the whole library, byte for byte as before.
 */

export const LIBRARY_CONTENTS_VERSION = 1

const ContentsEntrySchema = v.object({
  id: SlugSchema,
  format: ReportFormatSchema,
  sourceFile: v.string(),
  metadata: ReportMetadataSchema,
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  sections: v.pipe(
    v.array(
      v.object({
        id: SlugSchema,
        heading: v.string(),
        level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(4))),
        paragraphs: v.pipe(v.number(), v.integer(), v.minValue(0))
      })
    ),
    v.minLength(1)
  ),
  /** [start, end) of the report's JSON in library.json, in bytes. */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0))
})
export type ContentsEntry = v.InferOutput<typeof ContentsEntrySchema>

export const LibraryContentsSchema = v.object({
  formatVersion: v.literal(LIBRARY_CONTENTS_VERSION),
  /** Size of library.json in bytes: a library.json of another size is not the one described. */
  libraryBytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  edition: EditionSchema,
  reports: v.pipe(v.array(ContentsEntrySchema), v.minLength(1))
})
export type LibraryContents = v.InferOutput<typeof LibraryContentsSchema>

/**
 * library.json (exactly `JSON.stringify(library, null, 2)` and a newline) and its table of
 * contents, written piece by piece so that each report's byte range is known.
 */
export function renderLibraryFiles(library: Library): {
  libraryJson: string
  contents: LibraryContents
} {
  const placeholder = JSON.stringify({ ...library, reports: [0] }, null, 2)
  const at = placeholder.lastIndexOf('0')
  const head = placeholder.slice(0, at)
  const tail = `${placeholder.slice(at + 1)}\n`
  const pieces: string[] = [head]
  let bytes = Buffer.byteLength(head)
  const reports = library.reports.map((report, i) => {
    if (i > 0) {
      pieces.push(',\n    ')
      bytes += 6
    }
    const json = JSON.stringify(report, null, 2).replaceAll('\n', '\n    ')
    const start = bytes
    pieces.push(json)
    bytes += Buffer.byteLength(json)
    return contentsEntry(report, start, bytes)
  })
  pieces.push(tail)
  bytes += Buffer.byteLength(tail)
  return {
    libraryJson: pieces.join(''),
    contents: {
      formatVersion: LIBRARY_CONTENTS_VERSION,
      libraryBytes: bytes,
      edition: library.edition,
      reports
    }
  }
}

function contentsEntry(report: ProcessedReport, start: number, end: number): ContentsEntry {
  return {
    id: report.id,
    format: report.format,
    sourceFile: report.sourceFile,
    metadata: report.metadata,
    contentHash: report.contentHash,
    sections: report.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      ...(s.level === undefined ? {} : { level: s.level }),
      paragraphs: s.paragraphs.length
    })),
    start,
    end
  }
}
