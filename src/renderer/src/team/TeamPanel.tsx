import { useEffect, useId, useState } from 'react'
import type { ReportSummary } from '../../../shared/report-model'
import type { TeamFilter, TeamNoteView } from '../../../shared/team/team-model'
import type { Team } from './useTeam'
import './team.css'

/**
 * The Team tab: sharing through a folder the team already syncs (opt-in, saying what leaves the
 * laptop), then colleagues' and the trainer's notes with a filter by person, report and "new since
 * last seen", each with "Copy to my notes". Colleagues' notes are read-only here.
 */
export function TeamPanel({
  team,
  reports,
  onCopied,
  onGoTo
}: {
  team: Team
  reports: ReportSummary[]
  onCopied: (message: string) => void
  /** Shows the passage a team note is on (its report opened if need be). */
  onGoTo: (view: TeamNoteView) => void
}) {
  const { state } = team
  if (!state) return <p className="team-panel">Reading the team’s notes…</p>
  const titleOf = (id: string) => reports.find((r) => r.id === id)?.metadata.title ?? id
  return (
    <section className="team-panel" aria-labelledby="team-title">
      <h2 id="team-title">Team notes</h2>
      <Sharing team={team} />
      {state.notices.length > 0 && (
        <ul className="team-notices" role="status">
          {state.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {state.people.length > 0 ? (
        <TeamNotes
          team={team}
          titleOf={titleOf}
          reports={reports}
          onCopied={onCopied}
          onGoTo={onGoTo}
        />
      ) : (
        state.folderState === 'ok' && (
          <p className="team-empty">No colleague’s notes are in the team folder yet.</p>
        )
      )}
    </section>
  )
}

function Sharing({ team }: { team: Team }) {
  const state = team.state
  const [name, setName] = useState(state?.me.name ?? '')
  const [folder, setFolder] = useState(state?.folder ?? null)
  const nameId = useId()
  if (!state) return null
  if (state.sharing && state.folder) {
    return (
      <div className="team-sharing">
        <p>
          Sharing your notes as <strong>{state.me.name}</strong> in <code>{state.folder}</code>
          {state.folderState === 'unreachable' && ' (not reachable now)'}.
        </p>
        <button
          type="button"
          onClick={() =>
            void team.choose({ sharing: false, folder: state.folder, name: state.me.name })
          }
        >
          Stop sharing
        </button>
      </div>
    )
  }
  return (
    <form
      className="team-sharing"
      onSubmit={(event) => {
        event.preventDefault()
        void team.choose({ sharing: true, folder, name })
      }}
    >
      <p>
        Share your highlights and notes with your team through a folder you already sync: a network
        drive, OneDrive or SharePoint, Syncthing, a USB stick.
      </p>
      <p>
        <strong>What leaves this laptop:</strong> your highlights and notes (the words you
        highlighted, your note, tags, colour and times) with the name you give below, written as
        files to that folder. Notes you mark private never leave. The app sends nothing anywhere
        else; your sync software moves the folder.
      </p>
      <label htmlFor={nameId}>Your name for the team</label>
      <input id={nameId} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      <p className="team-folder">
        {folder ? <code>{folder}</code> : 'No folder chosen.'}{' '}
        <button
          type="button"
          onClick={() => void team.chooseFolder().then((chosen) => chosen && setFolder(chosen))}
        >
          Choose folder…
        </button>
      </p>
      <button type="submit" disabled={!folder || name.trim() === ''}>
        Share my notes
      </button>
    </form>
  )
}

function TeamNotes({
  team,
  titleOf,
  reports,
  onCopied,
  onGoTo
}: {
  team: Team
  titleOf: (id: string) => string
  reports: ReportSummary[]
  onCopied: (message: string) => void
  onGoTo: (view: TeamNoteView) => void
}) {
  const state = team.state
  const [filter, setFilter] = useState<TeamFilter>({})
  const [items, setItems] = useState<TeamNoteView[]>([])
  const [total, setTotal] = useState(0)
  const [next, setNext] = useState<number | null>(null)
  const personId = useId()
  const reportId = useId()
  const version = state?.version ?? 0
  const { list } = team
  useEffect(() => {
    let current = true
    void list(filter, 0).then((page) => {
      if (!current) return
      setItems(page.items)
      setTotal(page.total)
      setNext(page.next)
    })
    return () => {
      current = false
    }
  }, [list, filter, version])
  if (!state) return null
  const more = async () => {
    if (next === null) return
    const page = await list(filter, next)
    setItems((shown) => [...shown, ...page.items])
    setNext(page.next)
  }
  return (
    <div className="team-notes">
      <div className="team-filter" role="group" aria-label="Show the team’s notes">
        <label htmlFor={personId}>Person</label>
        <select
          id={personId}
          value={filter.personId ?? ''}
          onChange={(e) => setFilter({ ...filter, personId: e.target.value || undefined })}
        >
          <option value="">Everyone</option>
          {state.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.noteCount})
            </option>
          ))}
        </select>
        <label htmlFor={reportId}>Report</label>
        <select
          id={reportId}
          value={filter.reportId ?? ''}
          onChange={(e) => setFilter({ ...filter, reportId: e.target.value || undefined })}
        >
          <option value="">All reports</option>
          {reports.map((r) => (
            <option key={r.id} value={r.id}>
              {r.metadata.title}
            </option>
          ))}
        </select>
        <label className="team-new-only">
          <input
            type="checkbox"
            checked={filter.newOnly ?? false}
            onChange={(e) => setFilter({ ...filter, newOnly: e.target.checked || undefined })}
          />
          New since I last looked
        </label>
        <button type="button" onClick={() => void team.markSeen()}>
          Mark all as seen
        </button>
      </div>
      <p className="team-count" role="status">
        {total === 1 ? '1 note' : `${total.toLocaleString()} notes`}
      </p>
      <ul className="team-list">
        {items.map((view) => (
          <TeamNote
            key={`${view.person.id}/${view.annotation.id}`}
            view={view}
            reportTitle={titleOf(view.annotation.reportId)}
            onGoTo={() => onGoTo(view)}
            onCopy={async () => {
              try {
                await team.copy(view.person.id, view.annotation.id)
                onCopied(`Copied ${view.person.name}’s note to your notes.`)
              } catch (error) {
                onCopied((error as Error).message)
              }
            }}
          />
        ))}
      </ul>
      {next !== null && (
        <button type="button" onClick={() => void more()}>
          Show more ({(total - items.length).toLocaleString()} not shown)
        </button>
      )}
    </div>
  )
}

function TeamNote({
  view,
  reportTitle,
  onGoTo,
  onCopy
}: {
  view: TeamNoteView
  reportTitle: string
  onGoTo: () => void
  onCopy: () => void
}) {
  const { annotation, anchor, person } = view
  const quote = annotation.target.kind === 'text' ? annotation.target.quote.exact : ''
  return (
    <li className={`team-note team-${person.kind}`}>
      <p className="note-meta">
        <span className="team-initials" aria-hidden="true">
          {person.initials}
        </span>{' '}
        {person.name}
        {view.isNew && <span className="team-new"> · new</span>} · {reportTitle}
        {view.section && ` · ${view.section.heading}`}
      </p>
      {quote && (
        <blockquote className="note-quote" dir="auto">
          {quote}
        </blockquote>
      )}
      {anchor.status === 'orphan' && (
        <p className="note-reason">Not placed in this edition: {anchor.reason}</p>
      )}
      {annotation.note && (
        <p className="note-text" dir="auto">
          {annotation.note}
        </p>
      )}
      <div className="note-actions">
        {anchor.status === 'anchored' && (
          <>
            <button type="button" onClick={onGoTo}>
              Go to
            </button>
            <button type="button" onClick={onCopy}>
              Copy to my notes
            </button>
          </>
        )}
      </div>
    </li>
  )
}
