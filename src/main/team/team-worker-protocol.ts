import type { Annotation } from '../../shared/annotations/annotation-model'
import type { NoteHit } from '../../shared/annotations/search-notes'
import type { DisplayLocale } from '../../shared/i18n/choose-locale'
import type { Message } from '../../shared/i18n/formatter'
import type { LayerKind, Person, TeamFilter } from '../../shared/team/team-model'

/**
 * The team worker owns everyone else's notes (colleagues' files and the course notes): it reads
 * them, keeps them with a word index, and answers main's requests. Main keeps only the summary
 * (people, counts, problems) and what one request brings back (a page, the marks of a report, the
 * hits of a search): 500,000 notes never cross to main, so main's heap and its pauses stay small.
 */

/** What the worker starts with (workerData). */
export interface TeamWorkerInit {
  /** The shared folder, or null: sharing is off and only the course notes are kept. */
  folder: string | null
  /** The reader's own person id: their files in the folder are not a layer. */
  ownPersonId: string
  /** The edition's course notes (course-notes.json), or null when there are none. */
  courseNotesFile: string | null
  maxBytes: number
  /** The language main speaks, for why a file could not be read. */
  locale?: DisplayLocale
}

/** Who wrote a layer, as the worker knows them (main adds initials and words of its own). */
export interface LayerAuthor extends Person {
  kind: LayerKind
}

/** A problem with one file, with its author's name when a layer of theirs was read. */
export interface TeamFileProblem {
  name: string
  personId: string
  personName: string | null
  reportId: string
  /** Why, said by main in the reader's language when it is shown (team.refusal.*, fileProblem.*). */
  why: Message
  halfWritten: boolean
}

/** What main keeps of the team's notes: small, whatever the number of notes. */
export interface TeamSummary {
  /**
   * Each layer's author, how many notes it holds and how many of its file's notes could not be
   * used (left out), course notes first, then by name.
   */
  layers: { author: LayerAuthor; reportId: string; count: number; leftOut: number }[]
  problems: TeamFileProblem[]
  /** Why the folder cannot be read now (a plain copy of the error), or null. */
  folderError: { code?: string; message: string } | null
}

/** A slice of the notes that match a filter, each with the index of its author in `authors`. */
export interface TeamNotesSlice {
  authors: LayerAuthor[]
  items: { author: number; annotation: Annotation }[]
  total: number
}

export type TeamRequest =
  | { type: 'refresh'; locale?: DisplayLocale }
  | { type: 'notes'; filter: TeamFilter; lastSeen: string | null; from: number; limit: number }
  | { type: 'search'; query: string; limit: number }
  | { type: 'note'; personId: string; annotationId: string }
  | { type: 'memory' }

/** What each request is answered with. */
export interface TeamAnswers {
  /** Whether any layer or problem changed, the files read again, and the summary now. */
  refresh: { changed: boolean; read: string[]; summary: TeamSummary }
  notes: TeamNotesSlice
  search: (NoteHit & { author: LayerAuthor })[]
  note: { annotation: Annotation; author: LayerAuthor } | null
  /** The worker's own heap (bench and diagnostics); after a collection when gc is exposed. */
  memory: { heapUsedMb: number; heapUsedAfterGcMb: number | null }
}

export type TeamAnswer<T extends TeamRequest['type']> = TeamAnswers[T]

/** Main to worker: a request and the id its answer carries. */
export interface TeamRequestMessage {
  id: number
  request: TeamRequest
}

/** Worker to main: an answer, a request that failed, or a summary while files are being read. */
export type TeamWorkerMessage =
  | { type: 'answer'; id: number; answer: TeamAnswers[keyof TeamAnswers] }
  | { type: 'failed'; id: number; message: string }
  | { type: 'progress'; summary: TeamSummary }
