import { useCallback, useEffect, useState } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { NoteHit } from '../../../shared/annotations/search-notes'
import { asYouTypeRequest, type SearchResponse } from '../../../shared/search/search-types'

interface Answer {
  key: string
  response: SearchResponse | null
  error: string | null
}

interface NotesAnswer {
  notes: NoteHit[]
  error: string | null
}

/** How soon to ask again while main says the search index is still being loaded. */
const READY_RETRY_MS = 150

/**
 * Searches as the user types. Every keystroke asks main; an answer is shown only while it
 * belongs to the current query, so a slow answer can never overwrite a newer one or hold up typing.
 * While main is still loading the index it answers "Search is getting ready…" (shown as the
 * status line), and the same query is asked again shortly. `notesChanged` asks again when the
 * user's notes change under a standing query (a note saved, edited or deleted), so "In your notes"
 * never shows notes as they were. The report's results are shown as soon as they come, without
 * waiting for the notes' (which, right after an import of 20,000 notes, may take seconds).
 */
export function useSearch(
  api: ReaderApi,
  query: string,
  reportId: string | null
): {
  response: SearchResponse | null
  notes: NoteHit[]
  error: string | null
  notesChanged: () => void
} {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [notesAnswer, setNotesAnswer] = useState<NotesAnswer | null>(null)
  const [attempt, setAttempt] = useState(0)
  const notesChanged = useCallback(() => setAttempt((n) => n + 1), [])
  const key = `${reportId ?? ''}\u0000${query}`
  const empty = query.trim() === ''

  useEffect(() => {
    if (empty) return
    let current = true
    let again: ReturnType<typeof setTimeout> | undefined
    // The report text and the user's own notes, searched with the same words.
    api
      .search(query, asYouTypeRequest(reportId))
      .then((response) => {
        if (!current) return
        setAnswer({ key, response, error: null })
        if (response.preparing) again = setTimeout(() => setAttempt((n) => n + 1), READY_RETRY_MS)
      })
      .catch((error: Error) => current && setAnswer({ key, response: null, error: error.message }))
    api
      .searchNotes(query)
      .then((notes) => current && setNotesAnswer({ notes, error: null }))
      .catch((error: Error) => current && setNotesAnswer({ notes: [], error: error.message }))
    return () => {
      current = false
      clearTimeout(again)
    }
  }, [api, query, reportId, key, empty, attempt])

  if (empty || answer === null) return { response: null, notes: [], error: null, notesChanged }
  // While the newest answer is on its way, keep showing the previous one (no flicker).
  return {
    response: answer.response,
    notes: notesAnswer?.notes ?? [],
    error: answer.error ?? notesAnswer?.error ?? null,
    notesChanged
  }
}
