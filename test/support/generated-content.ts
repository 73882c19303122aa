import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  GENERATED_FILES,
  DEFAULT_EDITION,
  LIBRARY_FORMAT_VERSION,
  type Library
} from '../../src/shared/report-model'
import { packIndex } from '../../src/shared/search/pack-index'
import { renderLibraryFiles } from '../../src/content/library-file'

/** A small, valid library of two reports, for tests of main that should not depend on the parsers. */
export function sampleLibrary(): Library {
  const report = (id: string, title: string) => ({
    id,
    format: 'text' as const,
    sourceFile: `${id}.txt`,
    metadata: {
      title,
      publisher: 'Test Publisher',
      sourceUrl: `https://example.org/${id}`,
      edition: '2024'
    },
    contentHash: 'a'.repeat(64),
    sections: [
      {
        id: 'overview',
        heading: 'Overview',
        paragraphs: [{ id: 'overview-p1', text: `About ${title}.` }]
      }
    ]
  })
  return {
    formatVersion: LIBRARY_FORMAT_VERSION,
    edition: DEFAULT_EDITION,
    reports: [report('alpha', 'Alpha Report'), report('beta', 'Beta Report')]
  }
}

/**
 * Writes generated-content files into a fresh temp folder. Omitted files are built from the
 * library; pass null to leave a file out, or a string/bytes to write it raw.
 */
export function writeGeneratedDir(files: {
  library?: Library | string | null
  packedIndex?: Uint8Array | string | null
  /** Also the table of contents, with library.json as the build writes it. */
  withContents?: boolean
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-generated-'))
  const library = files.library === undefined ? sampleLibrary() : files.library
  const packed =
    files.packedIndex === undefined
      ? packIndex(typeof library === 'object' && library ? library : sampleLibrary())
      : files.packedIndex
  if (files.withContents && typeof library === 'object' && library) {
    const { libraryJson, contents } = renderLibraryFiles(library)
    writeFileSync(join(dir, GENERATED_FILES.library), libraryJson)
    writeFileSync(join(dir, GENERATED_FILES.contents), JSON.stringify(contents))
  } else if (library !== null) {
    writeFileSync(
      join(dir, GENERATED_FILES.library),
      typeof library === 'string' ? library : JSON.stringify(library)
    )
  }
  if (packed !== null) writeFileSync(join(dir, GENERATED_FILES.packedIndex), packed)
  return dir
}
