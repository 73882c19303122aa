import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { DEFAULT_EDITION, EditionSchema, type Edition } from '../shared/report-model'
import type { ContentProblem } from './content-error'
import { NO_EDITION_RULES, type EditionChromeRules } from './page-chrome'
import { EDITION_MANIFEST, linkProblem, readJsonFile } from './read-sources'
import { SOURCE_LIMITS } from './source-limits'

/** Accent colours are used for links and buttons on white: WCAG AA for normal text. */
export const MIN_ACCENT_CONTRAST = 4.5

/** At most this many lines in each list of `pageChrome`, each at most this long. */
export const MAX_CHROME_RULES = 200
export const MAX_CHROME_RULE_LENGTH = 300

/** One list of `pageChrome`: lines of text, none empty or overlong, each named by its number. */
const chromeLines = (name: string) =>
  v.optional(
    v.pipe(
      v.array(
        v.string(`${name} must hold lines of text in double quotes`),
        `${name} must be a list of lines in square brackets, e.g. ["Share this page"]`
      ),
      v.maxLength(MAX_CHROME_RULES, `${name} has more than ${MAX_CHROME_RULES} lines`),
      v.rawCheck<string[]>(({ dataset, addIssue }) => {
        if (!dataset.typed) return
        dataset.value.forEach((line, i) => {
          if (line.trim() === '') addIssue({ message: `${name} line ${i + 1} is empty` })
          else if (line.length > MAX_CHROME_RULE_LENGTH) {
            addIssue({
              message: `${name} line ${i + 1} is longer than ${MAX_CHROME_RULE_LENGTH} characters`
            })
          }
        })
      })
    ),
    []
  )

/**
 * `pageChrome`: the edition's own page chrome, on top of the built-in rules (page-chrome.ts).
 * `dropLines` are lines to drop wherever they are, `endAt` lines where a report's text ends.
 */
const PAGE_CHROME_SHAPE =
  'pageChrome must be an object such as {"dropLines": ["Share this page"], "endAt": ["Related Material"]}'
const PageChromeSchema = v.pipe(
  // valibot takes an array for an object with keys "0", "1"…: say what was meant instead.
  v.custom<unknown>((input) => !Array.isArray(input), PAGE_CHROME_SHAPE),
  v.strictObject(
    { dropLines: chromeLines('pageChrome.dropLines'), endAt: chromeLines('pageChrome.endAt') },
    PAGE_CHROME_SHAPE
  )
)

export interface EditionManifest {
  edition: Edition
  /** Whether the edition bundles the prebuilt lunr index (search-index.json); `"lunrIndex": false` leaves it out. */
  lunrIndex: boolean
  /** The edition's page chrome rules (none without `pageChrome`). */
  pageChrome: EditionChromeRules
  /** The trainer's notes to bundle (`courseNotes`): their export file and their name, or null. */
  courseNotes: { file: string; trainer: string } | null
  problems: ContentProblem[]
}

/** `courseNotes`: {"file": "<the trainer's JSON export, beside edition.json>", "trainer": "<name>"}. */
const CourseNotesChoiceSchema = v.strictObject(
  {
    file: v.pipe(
      v.string(),
      v.regex(
        /^[\w][\w.-]*\.json$/,
        'courseNotes.file must be a .json file name beside edition.json'
      )
    ),
    trainer: v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty('courseNotes.trainer must name the trainer'),
      v.maxLength(60)
    )
  },
  'courseNotes must be an object such as {"file": "course-notes.json", "trainer": "Dana Reyes"}'
)

/**
 * Reads the edition manifest of a content folder: `edition.json` with appName, editionTitle,
 * about, contact and an optional accentColor, lunrIndex and pageChrome. Without one the folder
 * builds the standard edition; a manifest that is unreadable, incomplete, has unknown keys or an
 * unreadable colour is a problem.
 */
export function readEdition(contentDir: string): EditionManifest {
  const path = join(contentDir, EDITION_MANIFEST)
  const standard = {
    edition: DEFAULT_EDITION,
    lunrIndex: true,
    pageChrome: NO_EDITION_RULES,
    courseNotes: null
  }
  const problem = (message: string) => ({
    ...standard,
    problems: [{ file: path, problem: message }]
  })
  const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
  if (!stats) return { ...standard, problems: [] }
  if (stats.isSymbolicLink()) return problem(linkProblem(path))
  const read = readJsonFile(
    path,
    { maxBytes: SOURCE_LIMITS.editionBytes, kind: 'an edition manifest' },
    { listed: stats, folder: contentDir },
    'edition manifest'
  )
  if ('problem' in read) return problem(read.problem)
  const { json } = read
  const parsed = v.safeParse(
    v.strictObject(
      {
        ...EditionSchema.entries,
        accentColor: v.optional(EditionSchema.entries.accentColor, null),
        lunrIndex: v.optional(v.boolean('lunrIndex must be true or false'), true),
        pageChrome: v.optional(PageChromeSchema, NO_EDITION_RULES),
        courseNotes: v.optional(v.nullable(CourseNotesChoiceSchema), null)
      },
      'the file must hold one JSON object: {"appName": …, "editionTitle": …, "about": …, "contact": …}'
    ),
    json
  )
  if (!parsed.success) {
    return {
      ...standard,
      problems: parsed.issues.map((issue) => ({
        file: path,
        problem: `edition manifest: ${issueMessage(issue)}`
      }))
    }
  }
  const { lunrIndex, pageChrome, courseNotes, ...edition } = parsed.output
  if (edition.accentColor) {
    const ratio = contrastOnWhite(edition.accentColor)
    if (ratio < MIN_ACCENT_CONTRAST) {
      return problem(
        `edition manifest: accentColor ${edition.accentColor} is too light for text on white (contrast ${ratio.toFixed(1)}:1, needs ${MIN_ACCENT_CONTRAST}:1)`
      )
    }
  }
  return { edition, lunrIndex, pageChrome, courseNotes, problems: [] }
}

/**
 * An issue in plain words; the schema's messages already start with the field they are about (or
 * the list they are in).
 */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  const field = v.getDotPath(issue)
  if (issue.kind === 'schema' && issue.type === 'strict_object' && field) {
    return `${field} is ${issue.input === undefined ? 'missing' : 'not allowed'}`
  }
  if (!field || issue.message.startsWith(`${field.replace(/\.\d+$/, '')} `)) return issue.message
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
