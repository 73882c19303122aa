import type { TeamNoteHit } from '../../../shared/team/team-results'
import { NoteHitText } from '../search/NoteResults'
import { useT } from '../i18n/useT'

/** Colleagues' and the course's notes that match the search, below the reader's own. */
export function TeamNoteResults({ hits }: { hits: TeamNoteHit[] }) {
  const t = useT()
  if (hits.length === 0) return null
  return (
    <section className="note-results team-results" aria-labelledby="team-results-title">
      <h3 id="team-results-title">{t('search.inTeamNotes', { count: hits.length })}</h3>
      <ul>
        {hits.map((hit) => (
          <li key={`${hit.person.id}/${hit.id}`} className="note-result team-note">
            <span className="note-meta">
              <span className="team-initials" aria-hidden="true">
                {hit.person.initials}
              </span>{' '}
              {hit.person.name}
            </span>
            <NoteHitText hit={hit} />
          </li>
        ))}
      </ul>
    </section>
  )
}
