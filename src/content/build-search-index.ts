import type lunr from 'lunr'
import { paragraphRef, type Library } from '../shared/report-model'
import { createIndexBuilder, type SearchDocument } from '../shared/search/lunr-setup'

/** One search document per paragraph of every report, in library order. */
export function searchDocuments(library: Library): SearchDocument[] {
  return library.reports.flatMap((report) =>
    report.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) => ({
        ref: paragraphRef(report.id, paragraph.id),
        text: paragraph.text,
        heading: section.heading
      }))
    )
  )
}

/** The lunr index over all reports (see lunr-setup.ts for tokenizer, fields and pipelines). */
export function buildSearchIndex(library: Library): lunr.Index {
  const builder = createIndexBuilder()
  for (const document of searchDocuments(library)) builder.add(document)
  return builder.build()
}
