import * as v from 'valibot'
import { SlugSchema, type ProcessedReport } from '../report-model'

/**
 * The text of one edition of a report, compact: what a comparison needs and nothing else (no
 * structure, pages or footnote places). The app keeps one per report in the user-data folder, of
 * the edition the user last opened; an edition bundles one per report that names its previous
 * edition (generated `previous-editions.json`).
 */
export const KeptEditionSchema = v.object({
  reportId: SlugSchema,
  /** The contentHash of the edition this is the text of. */
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The edition's label as its metadata gives it, e.g. "2021". */
  edition: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  sections: v.array(
    v.object({
      id: SlugSchema,
      heading: v.string(),
      paragraphs: v.array(v.object({ id: SlugSchema, text: v.string() }))
    })
  )
})
export type KeptEdition = v.InferOutput<typeof KeptEditionSchema>

/** The compact text of a report's edition; `edition` overrides the label its metadata gives. */
export function keptEdition(
  report: ProcessedReport,
  edition = report.metadata.edition
): KeptEdition {
  return {
    reportId: report.id,
    contentHash: report.contentHash,
    edition,
    sections: report.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      paragraphs: section.paragraphs.map(({ id, text }) => ({ id, text }))
    }))
  }
}

export const PREVIOUS_EDITIONS_FORMAT_VERSION = 1

/** The generated file of previous editions an edition bundles, one per report that names one. */
export const PreviousEditionsSchema = v.object({
  formatVersion: v.literal(PREVIOUS_EDITIONS_FORMAT_VERSION),
  reports: v.array(KeptEditionSchema)
})
export type PreviousEditions = v.InferOutput<typeof PreviousEditionsSchema>

/** Its file name in the generated-content folder (written only when a report names one). */
export const PREVIOUS_EDITIONS_FILE = 'previous-editions.json'
