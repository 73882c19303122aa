import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  GENERATED_FILES,
  LIBRARY_FORMAT_VERSION,
  type Library
} from '../../src/shared/report-model'

/** A small, valid library of two reports, for tests of main that should not depend on the pipeline. */
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
    reports: [report('alpha', 'Alpha Report'), report('beta', 'Beta Report')]
  }
}

/** Writes generated-content files into a fresh temp folder; pass strings to write them raw. */
export function writeGeneratedDir(files: {
  library?: Library | string | null
  searchIndex?: object | string | null
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-generated-'))
  const library = files.library === undefined ? sampleLibrary() : files.library
  const index =
    files.searchIndex === undefined
      ? { version: '2.3.9', fields: ['text'], fieldVectors: [], invertedIndex: [], pipeline: [] }
      : files.searchIndex
  const write = (name: string, value: object | string | null) => {
    if (value === null) return
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value))
  }
  write(GENERATED_FILES.library, library)
  write(GENERATED_FILES.searchIndex, index)
  return dir
}
