import { useCallback, useEffect, useState } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { TeamChoice, TeamFilter, TeamState } from '../../../shared/team/team-model'
import type { TeamNoteHit, TeamNotesPage } from '../../../shared/team/team-results'

/**
 * The team's notes as the window sees them: the state main keeps (asked again whenever main says
 * it changed), the notes of the report on screen for its marks, and what the reader can do.
 */
export function useTeam(api: ReaderApi, reportId: string, onProblem: (message: string) => void) {
  const [state, setState] = useState<TeamState | null>(null)
  const [inReport, setInReport] = useState<TeamNotesPage | null>(null)
  const version = state?.version ?? -1

  const refresh = useCallback(async () => {
    try {
      setState(await api.getTeam())
    } catch (error) {
      onProblem((error as Error).message)
    }
  }, [api, onProblem])

  useEffect(() => {
    void api.getTeam().then(setState, (error: Error) => onProblem(error.message))
    return api.onTeamChanged(() => void refresh())
  }, [api, refresh, onProblem])

  useEffect(() => {
    let current = true
    void api.teamNotesInReport(reportId).then(
      (page) => current && setInReport(page),
      () => current && setInReport(null)
    )
    return () => {
      current = false
    }
  }, [api, reportId, version])

  const act = useCallback(
    async (action: () => Promise<TeamState>) => {
      try {
        setState(await action())
        return true
      } catch (error) {
        onProblem((error as Error).message)
        return false
      }
    },
    [onProblem]
  )

  return {
    state,
    inReport: inReport?.items ?? [],
    choose: (choice: TeamChoice) => act(() => api.setTeam(choice)),
    chooseFolder: () => api.chooseTeamFolder(),
    markSeen: () => act(() => api.markTeamSeen()),
    setPrivate: (id: string, isPrivate: boolean) => act(() => api.setNotePrivate(id, isPrivate)),
    list: (filter: TeamFilter, from: number) => api.listTeamNotes(filter, from),
    copy: (personId: string, id: string) => api.copyTeamNote(personId, id)
  }
}

export type Team = ReturnType<typeof useTeam>

/** The team's notes that match the search box ("In your team's notes"); a newer query wins. */
export function useTeamSearch(api: ReaderApi, query: string, version: number): TeamNoteHit[] {
  const [found, setFound] = useState<{ query: string; hits: TeamNoteHit[] }>({
    query: '',
    hits: []
  })
  useEffect(() => {
    if (query.trim() === '') return
    let current = true
    void api.searchTeamNotes(query).then(
      (hits) => current && setFound({ query, hits }),
      () => current && setFound({ query, hits: [] })
    )
    return () => {
      current = false
    }
  }, [api, query, version])
  return query.trim() !== '' && found.query === query ? found.hits : []
}
