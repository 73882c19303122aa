import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build-search-index'
import { renderGeneratedContent } from './generate-content'
import { renderLibraryFiles } from './library-file'
import { lunrIndexJson } from './lunr-json'
import { generateSyntheticCorpus, learnVocabulary, writeSyntheticCorpus } from './synthetic-corpus'
import { BUNDLED_CONTENT_DIR, BUNDLED_REPORT_FILE, PROJECT_ROOT, TempDirs } from './test-support'

const temp = new TempDirs()
afterAll(() => temp.cleanup())

/** The bundled report, the example edition (Markdown too) and four synthetic reports. */
function libraries() {
  const synthetic = temp.make()
  writeSyntheticCorpus(
    synthetic,
    generateSyntheticCorpus(learnVocabulary(readFileSync(BUNDLED_REPORT_FILE, 'utf8')), {
      seed: 3,
      targetBytes: 120_000,
      reportBytes: 30_000
    })
  )
  return [BUNDLED_CONTENT_DIR, join(PROJECT_ROOT, 'examples', 'field-course'), synthetic].map(
    (dir) => renderGeneratedContent(dir).library
  )
}

describe('the generated library files', () => {
  const all = libraries()

  it('write the lunr index byte for byte as lunr’s own Builder would', () => {
    for (const library of all) {
      expect([...lunrIndexJson(library)].join('')).toBe(JSON.stringify(buildSearchIndex(library)))
    }
  })

  it('keep library.json as one JSON document, and each report’s bytes in its table of contents', () => {
    for (const library of all) {
      const { libraryJson, contents } = renderLibraryFiles(library)
      expect(libraryJson).toBe(`${JSON.stringify(library, null, 2)}\n`)
      const bytes = Buffer.from(libraryJson)
      expect(contents.libraryBytes).toBe(bytes.length)
      contents.reports.forEach((entry, i) => {
        const report = JSON.parse(bytes.toString('utf8', entry.start, entry.end))
        expect(report).toEqual(library.reports[i])
        expect(entry.sections.map((s) => s.paragraphs)).toEqual(
          library.reports[i]?.sections.map((s) => s.paragraphs.length)
        )
      })
    }
  })
})
