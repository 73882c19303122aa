import { lstatSync, type BigIntStats } from 'node:fs'
import { isAbsolute, join, normalize, sep } from 'node:path'
import * as v from 'valibot'
import { keptEdition, type KeptEdition } from '../shared/compare/kept-edition'
import { buildReport } from './build-library'
import { ContentError, type ContentProblem } from './content-error'
import {
  METADATA_SUFFIX,
  REPORT_EXTENSIONS,
  linkProblem,
  readJsonFile,
  readReportText,
  type ReportSource
} from './read-sources'
import { SOURCE_LIMITS } from './source-limits'
import type { BuildNotice } from './parsed-section'
import { NO_EDITION_RULES, type EditionChromeRules } from './page-chrome'
import { say } from './build-words'

/**
 * A report's previous edition, bundled so that "Compare with the previous edition" works for
 * anyone: named in the report's sidecar as
 *
 *   "previousEdition": {"source": "previous/<id>.txt", "edition": "2021, first printing"}
 *
 * `source` is a report file in a sub-folder of the content folder (files at the top are reports
 * of their own), in the same formats; `edition` is the label the app shows for it. The build
 * processes it as it does the report and keeps its text, compact, in `previous-editions.json`.
 */
const PreviousEditionFieldSchema = v.strictObject(
  {
    source: v.pipe(
      v.string('previousEdition.source must be the path of a file, in double quotes'),
      v.nonEmpty('previousEdition.source is empty')
    ),
    edition: v.pipe(
      v.string('previousEdition.edition must be text in double quotes'),
      v.trim(),
      v.nonEmpty('previousEdition.edition is empty'),
      v.maxLength(200, 'previousEdition.edition is longer than 200 characters')
    )
  },
  'previousEdition must look like {"source": "previous/<id>.txt", "edition": "2021, first printing"}'
)

/** The previous editions the reports' sidecars name, processed; every problem is collected. */
export function readPreviousEditions(
  contentDir: string,
  sources: readonly ReportSource[],
  rules: EditionChromeRules = NO_EDITION_RULES
): { editions: KeptEdition[]; problems: ContentProblem[] } {
  const editions: KeptEdition[] = []
  const problems: ContentProblem[] = []
  for (const source of sources) {
    const sidecar = join(contentDir, `${source.id}${METADATA_SUFFIX}`)
    // Read again, as the scan read it: it may have changed since (open-source-file.ts).
    const read = readJsonFile(
      sidecar,
      { maxBytes: SOURCE_LIMITS.sidecarBytes, kind: 'a metadata file' },
      { listed: lstatSync(sidecar, { bigint: true, throwIfNoEntry: false }), folder: contentDir },
      'invalid metadata: the file'
    )
    if ('problem' in read) {
      problems.push({ file: sidecar, problem: read.problem })
      continue
    }
    const field = isRecord(read.json) ? read.json['previousEdition'] : undefined
    if (field === undefined) continue
    const parsed = v.safeParse(PreviousEditionFieldSchema, field)
    if (!parsed.success) {
      problems.push({ file: sidecar, problem: parsed.issues[0]?.message ?? 'invalid' })
      continue
    }
    const found = readPreviousSource(contentDir, parsed.output.source)
    if ('problem' in found) {
      problems.push({ file: sidecar, problem: found.problem })
      continue
    }
    try {
      const { report } = buildReport(
        { ...source, ...found, sourceFile: parsed.output.source },
        rules
      )
      editions.push(keptEdition(report, parsed.output.edition))
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(...error.problems)
    }
  }
  return { editions, problems }
}

function readPreviousSource(
  contentDir: string,
  source: string
):
  | { path: string; text: string; format: ReportSource['format']; notices: BuildNotice[] }
  | { problem: string } {
  const relative = normalize(source)
  const parts = relative.split(sep)
  if (isAbsolute(source) || parts.includes('..') || parts.length < 2) {
    return {
      problem: `previousEdition.source "${source}" must be a file in a sub-folder of the content folder, e.g. "previous/${parts.at(-1) ?? 'report.txt'}"`
    }
  }
  const name = parts.at(-1) as string
  const format = REPORT_EXTENSIONS[name.slice(name.lastIndexOf('.')).toLowerCase()]
  if (!format) {
    const known = Object.keys(REPORT_EXTENSIONS).join(', ')
    return { problem: `previousEdition.source "${source}" must be a ${known} file` }
  }
  // Neither the file nor a folder on the way to it may be a link.
  let listed: BigIntStats | undefined
  for (let i = 1; i <= parts.length; i++) {
    const path = join(contentDir, ...parts.slice(0, i))
    const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
    if (!stats) return { problem: `previousEdition.source "${source}" does not exist` }
    if (stats.isSymbolicLink()) {
      return { problem: say('build.source.linkAt', { path, problem: linkProblem(path) }) }
    }
    listed = stats
  }
  const path = join(contentDir, relative)
  if (listed?.isDirectory()) {
    return { problem: `previousEdition.source "${source}" is a folder, not a report file` }
  }
  // Read as the build reads a report: a saved page in its encoding, a PDF's text layer; the file
  // opened must be the one just looked at, inside the content folder (open-source-file.ts).
  const read = readReportText(path, format, { listed, folder: contentDir })
  if ('problem' in read) return { problem: `previousEdition.source "${source}" ${read.problem}` }
  return { path, format, ...read }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
