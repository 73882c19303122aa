import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { GENERATED_FILES, type Library } from '../shared/report-model'
import { buildLibrary, checkReportText, type ContentNotice } from './build-library'
import { packIndex } from '../shared/search/pack-index'
import { ContentError } from './content-error'
import {
  PREVIOUS_EDITIONS_FILE,
  PREVIOUS_EDITIONS_FORMAT_VERSION,
  type KeptEdition
} from '../shared/compare/kept-edition'
import { readPreviousEditions } from './previous-edition'
import { readEdition } from './read-edition'
import { readCourseNotes } from './read-course-notes'
import { COURSE_NOTES_FILE } from '../shared/team/course-notes'
import { readEditionGlossary } from './read-glossary'
import { missingGlossaryNotice } from './glossary-notice'
import { libraryGlossary } from '../shared/glossary/report-glossary'
import { compareCodeUnits, scanContentFolder } from './read-sources'
import { renderLibraryFiles } from './library-file'
import { lunrIndexJson } from './lunr-json'
import { generatedSize, writeGeneratedFiles, type GeneratedFile } from './write-generated'

export interface GeneratedContent {
  library: Library
  /**
   * library.json, library-contents.json, search-index.json (unless the edition leaves it out)
   * search-index.bin and glossary.json, byte-for-byte reproducible.
   */
  files: GeneratedFile[]
  /** The prebuilt lunr index, when the edition manifest leaves it out (`"lunrIndex": false`). */
  leftOut: GeneratedFile | null
  /** Per report: what the build dropped (page chrome) and its warnings. */
  notices: ContentNotice[]
  /**
   * Generated files this content has none of (an earlier build's must not stay beside it):
   * previous-editions.json when no report names a previous edition.
   */
  absent: string[]
}

export interface GenerateSummary {
  /** What was built, for a closer look (build-content --outline). */
  library: Library
  reports: number
  sections: number
  paragraphs: number
  libraryBytes: number
  /** Bytes of search-index.json, written or (when the edition leaves it out) not. */
  indexBytes: number
  /** Whether the edition left search-index.json out. */
  indexLeftOut: boolean
  packedIndexBytes: number
  notices: ContentNotice[]
}

/**
 * Reads and validates the content folder and renders the generated files, without writing.
 * Throws a ContentError listing every problem in every file.
 */
export function renderGeneratedContent(contentDir: string): GeneratedContent {
  const scan = scanContentFolder(contentDir)
  const {
    edition,
    lunrIndex,
    pageChrome,
    courseNotes: courseChoice,
    problems: editionProblems
  } = readEdition(contentDir)
  const glossary = readEditionGlossary(contentDir)
  const problems = [
    ...scan.problems,
    ...editionProblems,
    ...glossary.problems,
    ...scan.rejected.flatMap(checkReportText)
  ]
  const previous = readPreviousEditions(contentDir, scan.sources, pageChrome)
  problems.push(...previous.problems)
  let library: Library | undefined
  let notices: ContentNotice[] = []
  // With no valid source at all, the scan has already said why (each file, or an empty folder).
  if (scan.sources.length > 0) {
    try {
      const built = buildLibrary(scan.sources, edition, pageChrome)
      library = built.library
      notices = built.notices
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(...error.problems)
    }
  }
  if (problems.length > 0 || !library) {
    throw new ContentError(
      [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    )
  }
  const course = courseChoice ? readCourseNotes(contentDir, courseChoice, library) : null
  if (course && course.problems.length > 0) throw new ContentError(course.problems)
  const built = library
  const { libraryJson, contents } = renderLibraryFiles(library)
  const glossaryFile = libraryGlossary(library.reports, glossary.entries)
  const glossaryNotice = missingGlossaryNotice(contentDir, library, glossaryFile)
  if (glossaryNotice) notices = [...notices, glossaryNotice]
  const lunrJson: GeneratedFile = {
    name: GENERATED_FILES.searchIndex,
    contents: function* () {
      yield* lunrIndexJson(built)
      yield '\n'
    }
  }
  return {
    library,
    files: [
      { name: GENERATED_FILES.library, contents: libraryJson },
      { name: GENERATED_FILES.contents, contents: `${JSON.stringify(contents)}\n` },
      ...(lunrIndex ? [lunrJson] : []),
      { name: GENERATED_FILES.packedIndex, contents: packIndex(library) },
      {
        name: GENERATED_FILES.glossary,
        contents: `${JSON.stringify(glossaryFile, null, 2)}\n`
      },
      ...(previous.editions.length > 0
        ? [{ name: PREVIOUS_EDITIONS_FILE, contents: previousEditionsJson(previous.editions) }]
        : []),
      ...(course?.notes
        ? [{ name: COURSE_NOTES_FILE, contents: `${JSON.stringify(course.notes)}\n` }]
        : [])
    ],
    leftOut: lunrIndex ? null : lunrJson,
    absent: [
      ...(previous.editions.length > 0 ? [] : [PREVIOUS_EDITIONS_FILE]),
      ...(course?.notes ? [] : [COURSE_NOTES_FILE])
    ],
    notices
  }
}

/** Builds the content folder into the output folder; writes nothing if any source is bad. */
export function generateContent(options: { contentDir: string; outDir: string }): GenerateSummary {
  const content = renderGeneratedContent(options.contentDir)
  const { library, leftOut, notices } = content
  writeGeneratedContent(options.outDir, content)
  const sections = library.reports.flatMap((report) => report.sections)
  const bytes = (name: string): number => statSync(join(options.outDir, name)).size
  return {
    library,
    reports: library.reports.length,
    sections: sections.length,
    paragraphs: sections.reduce((sum, section) => sum + section.paragraphs.length, 0),
    libraryBytes: bytes(GENERATED_FILES.library),
    // What leaving it out saved: its pieces are counted, never held or written.
    indexBytes: leftOut ? generatedSize(leftOut) : bytes(GENERATED_FILES.searchIndex),
    indexLeftOut: leftOut !== null,
    packedIndexBytes: bytes(GENERATED_FILES.packedIndex),
    notices
  }
}

/**
 * Writes the generated files, and removes those of an earlier build this content has none of: an
 * index the edition leaves out, previous editions no report names any more.
 */
export function writeGeneratedContent(outDir: string, content: GeneratedContent): void {
  writeGeneratedFiles(outDir, content.files)
  for (const name of [...(content.leftOut ? [content.leftOut.name] : []), ...content.absent]) {
    rmSync(join(outDir, name), { force: true })
  }
}

/** Sorted by report id, one report per line: small diffs when one report's previous edition changes. */
function previousEditionsJson(editions: readonly KeptEdition[]): string {
  const sorted = [...editions].sort((a, b) => compareCodeUnits(a.reportId, b.reportId))
  const reports = sorted.map((edition) => JSON.stringify(edition)).join(',\n')
  return `{"formatVersion":${PREVIOUS_EDITIONS_FORMAT_VERSION},"reports":[\n${reports}\n]}\n`
}
