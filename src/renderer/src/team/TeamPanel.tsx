import { useEffect, useId, useState } from 'react'
import type { ReportSummary } from '../../../shared/report-model'
import type { TeamFilter, TeamNoteView } from '../../../shared/team/team-model'
import type { Team } from './useTeam'
import { useT } from '../i18n/useT'
import { UnplacedReasonText } from '../annotations/UnplacedReasonText'
import { TextChange } from '../annotations/TextChange'
import { lastMove } from '../../../shared/annotations/edition-change'
import { VirtualList } from '../annotations/many-notes/VirtualList'
import './team.css'

/** A colleague's note's likely height in px, until it is drawn and measured. */
const TEAM_NOTE_HEIGHT_ESTIMATE = 170

const teamNoteKey = (view: TeamNoteView) => `${view.person.id}/${view.annotation.id}`

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
  const t = useT()
  const { state } = team
  if (!state) return <p className="team-panel">{t('team.reading')}</p>
  const titleOf = (id: string) => reports.find((r) => r.id === id)?.metadata.title ?? id
  return (
    <section className="team-panel" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
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
        state.folderState === 'ok' && <p className="team-empty">{t('team.empty')}</p>
      )}
    </section>
  )
}

function Sharing({ team }: { team: Team }) {
  const t = useT()
  const state = team.state
  const [name, setName] = useState(state?.me.name ?? '')
  const [folder, setFolder] = useState(state?.folder ?? null)
  const nameId = useId()
  if (!state) return null
  if (state.sharing && state.folder) {
    return (
      <div className="team-sharing">
        <p>
          {t.rich(
            state.folderState === 'unreachable' ? 'team.sharing.unreachable' : 'team.sharing',
            {
              name: <strong translate="no">{state.me.name}</strong>,
              folder: (
                <code translate="no" dir="ltr">
                  {state.folder}
                </code>
              )
            }
          )}
        </p>
        <button
          type="button"
          onClick={() =>
            void team.choose({ sharing: false, folder: state.folder, name: state.me.name })
          }
        >
          {t('team.stopSharing')}
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
      <p>{t('team.invite')}</p>
      <p>{t.rich('team.whatLeaves', { b: (chunks) => <strong>{chunks}</strong> })}</p>
      <label htmlFor={nameId}>{t('team.name')}</label>
      <input id={nameId} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      <p className="team-folder">
        {folder ? (
          <code translate="no" dir="ltr">
            {folder}
          </code>
        ) : (
          t('team.noFolder')
        )}{' '}
        <button
          type="button"
          onClick={() => void team.chooseFolder().then((chosen) => chosen && setFolder(chosen))}
        >
          {t('team.chooseFolder')}
        </button>
      </p>
      <button type="submit" disabled={!folder || name.trim() === ''}>
        {t('team.share')}
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
  const t = useT()
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
      <div className="team-filter" role="group" aria-label={t('team.filter.label')}>
        <label htmlFor={personId}>{t('team.filter.person')}</label>
        <select
          id={personId}
          value={filter.personId ?? ''}
          onChange={(e) => setFilter({ ...filter, personId: e.target.value || undefined })}
        >
          <option value="">{t('team.filter.everyone')}</option>
          {state.people.map((p) => (
            <option key={p.id} value={p.id}>
              {t('team.filter.personOption', { name: p.name, count: p.noteCount })}
            </option>
          ))}
        </select>
        <label htmlFor={reportId}>{t('team.filter.report')}</label>
        <select
          id={reportId}
          value={filter.reportId ?? ''}
          onChange={(e) => setFilter({ ...filter, reportId: e.target.value || undefined })}
        >
          <option value="">{t('team.filter.allReports')}</option>
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
          {t('team.filter.newOnly')}
        </label>
        <button type="button" onClick={() => void team.markSeen()}>
          {t('team.markSeen')}
        </button>
      </div>
      <p className="team-count" role="status">
        {t('team.count', { count: total })}
      </p>
      {/* Only the rows in view are laid out: 50 colleagues' pages of 500 stay a few rows. */}
      <VirtualList
        items={items}
        itemKey={teamNoteKey}
        estimateSize={TEAM_NOTE_HEIGHT_ESTIMATE}
        scroller="parent"
        className="team-list"
      >
        {(view) => (
          <TeamNote
            view={view}
            reportTitle={titleOf(view.annotation.reportId)}
            onGoTo={() => onGoTo(view)}
            onCopy={async () => {
              try {
                await team.copy(view.person.id, view.annotation.id)
                onCopied(t('team.copied', { name: view.person.name }))
              } catch (error) {
                onCopied((error as Error).message)
              }
            }}
          />
        )}
      </VirtualList>
      {next !== null && (
        <button type="button" onClick={() => void more()}>
          {t('team.more', { count: total - items.length })}
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
  const t = useT()
  const { annotation, anchor, person } = view
  const quote = annotation.target.kind === 'text' ? annotation.target.quote.exact : ''
  // Placed from another edition with its words changed: what they were (main kept them).
  const move = lastMove(annotation)
  return (
    <article className={`team-note team-${person.kind}`}>
      <p className="note-meta">
        <span className="team-initials" aria-hidden="true">
          {person.initials}
        </span>{' '}
        {/* Names and titles keep their own direction in a right-to-left line, as in Notes. */}
        <bdi translate="no">{person.name}</bdi>
        {view.isNew && <span className="team-new"> · {t('team.note.new')}</span>}
        {' · '}
        <bdi translate="no">{reportTitle}</bdi>
        {view.section && (
          <>
            {' · '}
            <bdi translate="no">{view.section.heading}</bdi>
          </>
        )}
      </p>
      {quote && (
        <blockquote className="note-quote" dir="auto" translate="no">
          {quote}
        </blockquote>
      )}
      {anchor.status === 'anchored' && move?.kind === 'changed' && (
        <TextChange parts={move.parts} />
      )}
      {anchor.status === 'orphan' && (
        <p className="note-reason">
          {t.rich('team.note.notPlaced', { reason: <UnplacedReasonText reason={anchor.reason} /> })}
        </p>
      )}
      {annotation.note && (
        <p className="note-text" dir="auto">
          {annotation.note}
        </p>
      )}
      {/* Without a place in this edition there is nothing to copy it to: say so, not just hide it. */}
      {anchor.status === 'orphan' && <p className="note-copy-why">{t('team.note.cannotCopy')}</p>}
      <div className="note-actions">
        {anchor.status === 'anchored' && (
          <>
            <button type="button" onClick={onGoTo}>
              {t('team.goTo')}
            </button>
            <button type="button" onClick={onCopy}>
              {t('team.copy')}
            </button>
          </>
        )}
      </div>
    </article>
  )
}
