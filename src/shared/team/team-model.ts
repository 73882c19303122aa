import * as v from 'valibot'
import { AnnotationIdSchema, type Annotation } from '../annotations/annotation-model'
import type { Anchor } from '../annotations/anchoring'
import { SLUG_PATTERN } from '../report-model'

/**
 * Team notes: each reader's own notes, written to a folder the team already syncs (a network
 * drive, OneDrive, Syncthing, a USB stick), one file per person and report; everyone else's files
 * read back as layers no one but their author can change. One writer per file: no merge conflicts.
 */

/** A person's stable id: a UUID made on their laptop the first time, never typed. */
export const PersonIdSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
)

export const DISPLAY_NAME_LENGTH = 60

export const DisplayNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('Your name for the team cannot be empty.'),
  v.maxLength(
    DISPLAY_NAME_LENGTH,
    `Your name for the team is longer than ${DISPLAY_NAME_LENGTH} characters.`
  )
)

export interface Person {
  id: string
  name: string
}

/** Bounds on what the app reads from a shared folder: anyone could put anything there. */
export const TEAM_LIMITS = {
  /** One person's notes on one report: 20,000 notes of a few hundred characters fit. */
  fileBytes: 32 * 1024 * 1024,
  notesPerFile: 20_000,
  /** Files in the folder the app looks at (the rest are left alone, and counted in a notice). */
  files: 10_000,
  /** The folder's path as settings keep it. */
  folderLength: 4096
} as const

/** `<person id>.<report id>.team-notes.json`: the only files the app reads or writes there. */
export const TEAM_FILE_SUFFIX = '.team-notes.json'

export function teamFileName(personId: string, reportId: string): string {
  return `${personId}.${reportId}${TEAM_FILE_SUFFIX}`
}

const SLUG = new RegExp(SLUG_PATTERN.source.replace(/^\^|\$$/g, ''))
const TEAM_FILE_NAME = new RegExp(
  `^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(${SLUG.source})\\.team-notes\\.json$`
)

/** The person and report a team file's name says, or null for any other file. */
export function readTeamFileName(name: string): { personId: string; reportId: string } | null {
  const match = TEAM_FILE_NAME.exec(name)
  if (!match?.[1] || !match[2] || match[2].length > 120) return null
  return { personId: match[1], reportId: match[2] }
}

/** "Amina Okafor" → "AO", "bob" → "B", "Jean-Luc Picard" → "JP": at most two letters. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter((w) => /\p{L}|\p{N}/u.test(w))
  const letters = words.map((w) => [...w].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '')
  const picked = letters.length > 1 ? [letters[0], letters[letters.length - 1]] : letters
  return picked.join('').toLocaleUpperCase() || '?'
}

/** What the reader chose about sharing, kept in the user-data folder (team.json). */
export const TeamSettingsSchema = v.strictObject({
  /** Whether the reader's notes are written to the folder (and colleagues' read from it). */
  sharing: v.boolean(),
  folder: v.nullable(v.pipe(v.string(), v.maxLength(TEAM_LIMITS.folderLength))),
  person: v.strictObject({
    id: PersonIdSchema,
    name: v.pipe(v.string(), v.maxLength(DISPLAY_NAME_LENGTH))
  }),
  /** The reader's notes that never leave the laptop. */
  privateIds: v.pipe(v.array(AnnotationIdSchema), v.maxLength(100_000)),
  /** When the reader last looked at the team's notes: what is newer is "new". */
  lastSeen: v.nullable(v.pipe(v.string(), v.isoTimestamp()))
})
export type TeamSettings = v.InferOutput<typeof TeamSettingsSchema>

/** What the renderer may change: the sharing choice, the folder and the reader's name. */
export const TeamChoiceSchema = v.strictObject({
  sharing: v.boolean(),
  folder: v.nullable(v.pipe(v.string(), v.nonEmpty(), v.maxLength(TEAM_LIMITS.folderLength))),
  name: DisplayNameSchema
})
export type TeamChoice = v.InferOutput<typeof TeamChoiceSchema>

/** Where a layer comes from: a colleague's files, or the trainer's notes bundled in the edition. */
export type LayerKind = 'colleague' | 'course'

export interface TeamPerson extends Person {
  initials: string
  kind: LayerKind
  noteCount: number
}

/** A colleague's (or the trainer's) note with where it sits in the current edition. */
export interface TeamNoteView {
  person: TeamPerson
  annotation: Annotation
  anchor: Anchor
  section: { heading: string; index: number | null } | null
  /** Changed since the reader last looked at the team's notes. */
  isNew: boolean
}

export interface TeamState {
  sharing: boolean
  folder: string | null
  /** The reader as the team sees them. */
  me: Person
  /** 'off': not sharing; 'ok': the folder is read and written; 'unreachable': it is gone for now. */
  folderState: 'off' | 'ok' | 'unreachable'
  people: TeamPerson[]
  /** Plain sentences about files that could not be read, the folder going away, and so on. */
  notices: string[]
  lastSeen: string | null
  privateIds: string[]
  /** Counts up whenever a layer changes: the renderer fetches the notes again. */
  version: number
}

/** The team notes shown in the notes panel: by person, by report, only the new ones. */
export const TeamFilterSchema = v.strictObject({
  personId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  reportId: v.optional(v.pipe(v.string(), v.maxLength(120))),
  newOnly: v.optional(v.boolean())
})
export type TeamFilter = v.InferOutput<typeof TeamFilterSchema>

export function matchesTeamFilter(view: TeamNoteView, filter: TeamFilter): boolean {
  return (
    (!filter.personId || view.person.id === filter.personId) &&
    (!filter.reportId || view.annotation.reportId === filter.reportId) &&
    (!filter.newOnly || view.isNew)
  )
}
