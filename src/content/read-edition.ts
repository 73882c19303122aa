import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { DEFAULT_EDITION, EditionSchema, type Edition } from '../shared/report-model'
import type { ContentProblem } from './content-error'
import { EDITION_MANIFEST, linkProblem } from './read-sources'

/** Accent colours are used for links and buttons on white: WCAG AA for normal text. */
export const MIN_ACCENT_CONTRAST = 4.5

/**
 * Reads the edition manifest of a content folder: `edition.json` with appName, editionTitle,
 * about, contact and an optional accentColor. Without one the folder builds the standard edition;
 * a manifest that is unreadable, incomplete, has unknown keys or an unreadable colour is a problem.
 */
export function readEdition(contentDir: string): {
  edition: Edition
  /** Whether the edition bundles the prebuilt lunr index (search-index.json); `"lunrIndex": false` leaves it out. */
  lunrIndex: boolean
  problems: ContentProblem[]
} {
  const path = join(contentDir, EDITION_MANIFEST)
  const problem = (message: string) => ({
    edition: DEFAULT_EDITION,
    lunrIndex: true,
    problems: [{ file: path, problem: message }]
  })
  const stats = lstatSync(path, { throwIfNoEntry: false })
  if (!stats) return { edition: DEFAULT_EDITION, lunrIndex: true, problems: [] }
  if (stats.isSymbolicLink()) return problem(linkProblem(path))
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return problem(`edition manifest is not valid JSON (${(error as Error).message})`)
  }
  const parsed = v.safeParse(
    v.strictObject(
      {
        ...EditionSchema.entries,
        accentColor: v.optional(EditionSchema.entries.accentColor, null),
        lunrIndex: v.optional(v.boolean('lunrIndex must be true or false'), true)
      },
      'the file must hold one JSON object: {"appName": …, "editionTitle": …, "about": …, "contact": …}'
    ),
    json
  )
  if (!parsed.success) {
    return {
      edition: DEFAULT_EDITION,
      lunrIndex: true,
      problems: parsed.issues.map((issue) => ({
        file: path,
        problem: `edition manifest: ${issueMessage(issue)}`
      }))
    }
  }
  const { lunrIndex, ...edition } = parsed.output
  if (edition.accentColor) {
    const ratio = contrastOnWhite(edition.accentColor)
    if (ratio < MIN_ACCENT_CONTRAST) {
      return problem(
        `edition manifest: accentColor ${edition.accentColor} is too light for text on white (contrast ${ratio.toFixed(1)}:1, needs ${MIN_ACCENT_CONTRAST}:1)`
      )
    }
  }
  return { edition, lunrIndex, problems: [] }
}

/** An issue in plain words; the schema's messages already start with the field they are about. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  const field = v.getDotPath(issue)
  if (issue.kind === 'schema' && issue.type === 'strict_object' && field) {
    return `${field} is ${issue.input === undefined ? 'missing' : 'not allowed'}`
  }
  if (!field || issue.message.startsWith(`${field} `)) return issue.message
  return `${field}: ${issue.message}`
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  return 1.05 / (luminance + 0.05)
}
