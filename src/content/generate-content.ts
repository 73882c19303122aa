import { GENERATED_FILES, type Library } from '../shared/report-model'
import { buildLibrary, checkReportText } from './build-library'
import { packIndex } from '../shared/search/packed-index'
import { buildSearchIndex } from './build-search-index'
import { ContentError } from './content-error'
import { readEdition } from './read-edition'
import { scanContentFolder } from './read-sources'
import { writeGeneratedFiles, type GeneratedFile } from './write-generated'

export interface GeneratedContent {
  library: Library
  /** library.json, search-index.json and search-index.bin, byte-for-byte reproducible. */
  files: GeneratedFile[]
}

export interface GenerateSummary {
  reports: number
  sections: number
  paragraphs: number
  libraryBytes: number
  indexBytes: number
  packedIndexBytes: number
}

/**
 * Reads and validates the content folder and renders the generated files, without writing.
 * Throws a ContentError listing every problem in every file.
 */
export function renderGeneratedContent(contentDir: string): GeneratedContent {
  const scan = scanContentFolder(contentDir)
  const { edition, problems: editionProblems } = readEdition(contentDir)
  const problems = [...scan.problems, ...editionProblems, ...scan.rejected.flatMap(checkReportText)]
  let library: Library | undefined
  // With no valid source at all, the scan has already said why (each file, or an empty folder).
  if (scan.sources.length > 0) {
    try {
      library = buildLibrary(scan.sources, edition)
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
  const index = buildSearchIndex(library)
  return {
    library,
    files: [
      { name: GENERATED_FILES.library, contents: `${JSON.stringify(library, null, 2)}\n` },
      { name: GENERATED_FILES.searchIndex, contents: `${JSON.stringify(index)}\n` },
      { name: GENERATED_FILES.packedIndex, contents: packIndex(library) }
    ]
  }
}

/** Builds the content folder into the output folder; writes nothing if any source is bad. */
export function generateContent(options: { contentDir: string; outDir: string }): GenerateSummary {
  const { library, files } = renderGeneratedContent(options.contentDir)
  writeGeneratedFiles(options.outDir, files)
  const sections = library.reports.flatMap((report) => report.sections)
  const bytes = (name: string): number => {
    const contents = files.find((file) => file.name === name)?.contents ?? ''
    return typeof contents === 'string' ? Buffer.byteLength(contents, 'utf8') : contents.byteLength
  }
  return {
    reports: library.reports.length,
    sections: sections.length,
    paragraphs: sections.reduce((sum, section) => sum + section.paragraphs.length, 0),
    libraryBytes: bytes(GENERATED_FILES.library),
    indexBytes: bytes(GENERATED_FILES.searchIndex),
    packedIndexBytes: bytes(GENERATED_FILES.packedIndex)
  }
}
