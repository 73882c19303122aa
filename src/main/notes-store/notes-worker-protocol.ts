import type { Annotation, ColorLabels } from '../../shared/annotations/annotation-model'
import type { SetAside } from '../annotation-store-migrations'
import type { DisplayLocale } from '../../shared/i18n/choose-locale'

/**
 * What main asks the notes worker (notes-worker.ts) to read, and what it answers. Reading a notes
 * file means parsing JSON and checking every note against the schema: for tens of thousands of
 * notes that is seconds of work in one piece, so it is done on a thread of its own and main only
 * receives the checked notes, a batch per message, between which it goes on answering the window.
 */
export type NotesWorkerJob =
  /** A Web Annotation file the user chose to import. */
  (
    | { kind: 'import'; path: string; maxBytes: number }
    /** The notes file of app versions before the notes folder (`annotations.json`, formats 0–3). */
    | { kind: 'legacy'; path: string }
    /**
     * The words the notes search looks for in notes (search-notes.ts): their fields' texts come as
     * NotesWorkerAnswer `fields`, a batch at a time, each answered by a `words` message.
     */
    | { kind: 'words' }
  ) & {
    /** The language main speaks, for what the worker says (runNotesWorker sets it). */
    locale?: DisplayLocale
  }

/**
 * What main answers the worker. Main answers each `notes` message once it has taken it in
 * (`next`), and the worker posts the next only then: Node hands main every message waiting on a
 * port in one go, so a worker that posted all its batches at once would have main copy in every
 * note in one task. A `words` job is fed by main the same way: the fields of the next notes (a
 * batch as NOTES_PER_MESSAGE and NOTES_MESSAGE_CHARS bound it), or that there are no more.
 */
export type NotesWorkerAnswer = { next: true } | { fields: string[][] } | { done: true }

/**
 * Notes per `notes` message, at most, and about the most characters they take (note-pages.ts):
 * small enough that taking one in never holds main up, however long the notes are.
 */
export const NOTES_PER_MESSAGE = 500
export const NOTES_MESSAGE_CHARS = 1_000_000

export type NotesWorkerMessage =
  /** Notes checked against the schema, in the file's order. */
  | { type: 'notes'; annotations: Annotation[] }
  | { type: 'progress'; done: number; total: number }
  /** The words of the notes main sent last (`fields`), in its order. */
  | { type: 'words'; words: string[][] }
  /** The import's file is not one the app can import; nothing is. */
  | { type: 'import-refused'; message: string }
  /** The import's items that could not be taken, the first ones with the reason. */
  | { type: 'import-end'; invalidCount: number; problems: { index: number; reason: string }[] }
  /** The legacy file cannot be read at all: bad JSON, or the system's error (`code`). */
  | { type: 'legacy-unreadable'; reason: string; code: string | null; syntax: boolean }
  | { type: 'legacy-newer'; version: number }
  | { type: 'legacy-unrecognised'; reason: string }
  | {
      type: 'legacy-end'
      version: number
      colorLabels: ColorLabels
      setAside: SetAside[]
      /** Of the file's bytes: a file already moved into the notes folder is known again by it. */
      sha1: string
    }
