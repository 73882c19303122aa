import {
  ReportFormatSchema,
  SLUG_PATTERN,
  type ProcessedReport,
  type ReportFormat
} from '../shared/report-model'

/**
 * The field rules of report-model.ts's schemas as plain tests, for the launch checks written out
 * as loops (library-contents-check.ts, report-check.ts), which their tests hold to the schemas'
 * verdicts.
 */

export type JsonObject = Record<string, unknown>

const REPORT_FORMATS: readonly string[] = ReportFormatSchema.options
const CONTENT_HASH = /^[0-9a-f]{64}$/
const MAX_SLUG = 120

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SLUG && SLUG_PATTERN.test(value)
export const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

/** A report's fields besides its sections, as both files hold them, checked and copied; or null. */
export function checkReportHead(
  report: JsonObject
): Pick<ProcessedReport, 'id' | 'format' | 'sourceFile' | 'metadata' | 'contentHash'> | null {
  const { id, format, sourceFile, metadata, contentHash } = report
  if (
    !isSlug(id) ||
    typeof format !== 'string' ||
    !REPORT_FORMATS.includes(format) ||
    typeof sourceFile !== 'string' ||
    !isObject(metadata) ||
    typeof contentHash !== 'string' ||
    !CONTENT_HASH.test(contentHash)
  )
    return null
  const { title, publisher, sourceUrl, edition } = metadata
  if (!isText(title) || !isText(publisher) || !isText(sourceUrl) || !isText(edition)) return null
  const metadataCopy = { title, publisher, sourceUrl, edition }
  return { id, format: format as ReportFormat, sourceFile, metadata: metadataCopy, contentHash }
}
