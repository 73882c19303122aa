import {
  DEFAULT_EDITION,
  LIBRARY_FORMAT_VERSION,
  type Library
} from '../../src/shared/report-model'

/**
 * A library of one report, "r", for tests of search: its sections by heading (the id is the
 * heading in lower case with dashes) and their paragraphs' text (ids `<section>-p<n>`).
 */
export function oneReportLibrary(
  sections: readonly (readonly [heading: string, paragraphs: readonly string[]])[]
): Library {
  return {
    formatVersion: LIBRARY_FORMAT_VERSION,
    edition: DEFAULT_EDITION,
    reports: [
      {
        id: 'r',
        format: 'text',
        sourceFile: 'r.txt',
        metadata: { title: 'R', publisher: 'P', sourceUrl: 'https://example.org', edition: '1' },
        contentHash: '0'.repeat(64),
        sections: sections.map(([heading, paragraphs]) => {
          const id = heading.toLowerCase().replace(/\W+/g, '-')
          return {
            id,
            heading,
            paragraphs: paragraphs.map((text, i) => ({ id: `${id}-p${i + 1}`, text }))
          }
        })
      }
    ]
  }
}
