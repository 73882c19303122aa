import type { Annotation } from '../../shared/annotations/annotation-model'
import type { TeamFileRead } from '../../shared/team/team-file'
import type { DisplayLocale } from '../../shared/i18n/choose-locale'

/** A team file to read: its path, and the person and report its name says. */
export interface TeamFileJob {
  name: string
  path: string
  personId: string
  reportId: string
}

export interface TeamWorkerJob {
  files: TeamFileJob[]
  maxBytes: number
  /** The language main speaks, for why a file could not be read. */
  locale?: DisplayLocale
}

/**
 * Notes per `notes` message: taking in a message (copying its notes onto main's heap) is work
 * main does in one piece, so a file of 10,000 notes comes in many small pieces, not one.
 */
export const TEAM_NOTES_PER_MESSAGE = 250

/**
 * What the worker posts, in order, for each file it reads: the notes it read, a batch per `notes`
 * message, each note with the words the search looks for in it (search-notes.ts fieldWords,
 * worked out here, so main never tokenizes a colleague's note); then one `file` message that ends
 * the file. A file that cannot be read has no `notes` messages, and its `read` says why.
 */
export type TeamWorkerMessage =
  | {
      type: 'notes'
      name: string
      annotations: Annotation[]
      /** The search words of each note of `annotations`, in the same order. */
      words: string[][]
    }
  | {
      type: 'file'
      name: string
      /** The file's size and time as read (what the next scan compares with), or null if unreadable. */
      signature: string | null
      /** The file's person and how many notes were left out; its notes came in `notes` messages. */
      read: TeamFileSummary
    }

export type TeamFileSummary =
  { person: TeamFileReadOk['person']; invalid: number } | Extract<TeamFileRead, { error: string }>

type TeamFileReadOk = Exclude<TeamFileRead, { error: string }>
