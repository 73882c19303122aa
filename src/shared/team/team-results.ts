import type { NoteHit } from '../annotations/search-notes'
import type { TeamNoteView, TeamPerson } from './team-model'

/** A page of team notes: the notes, how many match in all, and where the next page starts. */
export interface TeamNotesPage {
  items: TeamNoteView[]
  total: number
  next: number | null
}

/** A colleague's note found by the search box, with its author. */
export type TeamNoteHit = NoteHit & { person: TeamPerson }
