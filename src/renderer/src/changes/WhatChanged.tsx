import { useEffect, useRef, useState } from 'react'
import type { ColorLabels } from '../../../shared/annotations/annotation-model'
import { changeSummary, changeTitle, PLACEMENT_WORDS } from '../../../shared/compare/change-words'
import type { ChangeWithNotes, EditionComparison } from '../../../shared/compare/edition-comparison'
import { Icon } from '../components/Icon'
import { ChangeText } from './ChangeText'
import { formatCount } from '../../../shared/text/format-count'

/**
 * "What changed": the changes between two editions of the report, in reading order, each with its
 * section, its words marked and the user's notes it touches. Previous / Next step through them
 * (focus follows, and where the reader is is said); Close or Escape goes back to the report, and
 * "Show in the report" goes back to the change's place.
 */
export function WhatChanged({
  comparison,
  colorLabels,
  onClose,
  onShowInReport
}: {
  comparison: EditionComparison
  colorLabels: ColorLabels | null
  onClose: () => void
  /** Back to the report, at a paragraph (or, for text that is gone, its section). */
  onShowInReport: (place: { paragraphId?: string; sectionId?: string }) => void
}) {
  const { changes } = comparison
  const [current, setCurrent] = useState(0)
  const listRef = useRef<HTMLOListElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const stepped = useRef(false)

  useEffect(() => titleRef.current?.focus(), [comparison])
  useEffect(() => {
    if (!stepped.current) return
    const item = listRef.current?.children[current] as HTMLElement | undefined
    // At the top, below the bar that stays (its scroll-margin), whatever the window's height.
    item?.scrollIntoView({ block: 'start' })
    item?.focus({ preventScroll: true })
  }, [current])

  const step = (by: number) => {
    stepped.current = true
    setCurrent((i) => Math.min(changes.length - 1, Math.max(0, i + by)))
  }

  const title =
    comparison.since === 'last-read'
      ? 'What changed since you last read this report'
      : `What changed since the previous edition`
  const editions =
    comparison.since === 'last-read'
      ? comparison.fromEdition === comparison.toEdition
        ? // A corrected printing under the same edition name: two equal names would read as no change.
          `The text was corrected since you last read it (edition ${comparison.toEdition}).`
        : `From the edition you last read (${comparison.fromEdition}) to this one (${comparison.toEdition}).`
      : `From the edition “${comparison.fromEdition}” to this one (${comparison.toEdition}).`

  return (
    <section
      className="what-changed"
      aria-labelledby="what-changed-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="what-changed-bar">
        <h2 id="what-changed-title" tabIndex={-1} ref={titleRef}>
          <Icon name="changes" /> {title}
        </h2>
        <p className="what-changed-summary">
          {editions} {changeSummary(changes)}
        </p>
        <div className="what-changed-steps" role="group" aria-label="Step through the changes">
          {changes.length > 0 && (
            <>
              <button
                type="button"
                onClick={() => step(-1)}
                disabled={current === 0}
                aria-label="Previous change"
              >
                <Icon name="previous" /> Previous
              </button>
              <span className="what-changed-position" aria-live="polite">
                Change {formatCount(current + 1)} of {formatCount(changes.length)}
              </span>
              <button
                type="button"
                onClick={() => step(1)}
                disabled={current === changes.length - 1}
                aria-label="Next change"
              >
                Next <Icon name="next" />
              </button>
            </>
          )}
          <button type="button" className="what-changed-close" onClick={onClose}>
            <Icon name="close" /> Close
          </button>
        </div>
      </div>
      <ol className="change-list" ref={listRef}>
        {changes.map((change, i) => (
          <ChangeItem
            key={i}
            change={change}
            number={i + 1}
            current={i === current}
            colorLabels={colorLabels}
            onFocus={() => setCurrent(i)}
            onShowInReport={onShowInReport}
          />
        ))}
      </ol>
    </section>
  )
}

function ChangeItem({
  change,
  number,
  current,
  colorLabels,
  onFocus,
  onShowInReport
}: {
  change: ChangeWithNotes
  number: number
  current: boolean
  colorLabels: ColorLabels | null
  onFocus: () => void
  onShowInReport: (place: { paragraphId?: string; sectionId?: string }) => void
}) {
  const section = change.newSection ?? change.oldSection
  const movedFrom =
    change.kind === 'moved' && change.oldSection && change.oldSection.id !== change.newSection?.id
      ? change.oldSection.heading
      : null
  const paragraphId = change.newSpans[0]?.paragraphId
  const sectionId = change.newSection?.id
  const titleId = `change-${number}-title`
  return (
    <li
      className={`change change-${change.kind}${current ? ' change-current' : ''}`}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={current ? 'step' : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus()
      }}
    >
      <h3 id={titleId} className="change-title">
        <span className="change-kind">
          <Icon name={change.kind} /> {changeTitle(change)}
        </span>
        {section && <span className="change-section"> in “{section.heading}”</span>}
      </h3>
      {movedFrom && <p className="change-moved-from">Moved here from “{movedFrom}”.</p>}
      {change.kind === 'moved' && !movedFrom && (
        <p className="change-moved-from">Moved within this section.</p>
      )}
      <ChangeText change={change} />
      {change.notes.length > 0 && (
        <ul className="change-notes" aria-label="Your notes here">
          {change.notes.map((note) => (
            <li key={note.id} className={`change-note hl-border-${note.color}`}>
              <span className="change-note-quote">
                {colorLabels?.[note.color] ?? note.color}: “{note.quote}”
              </span>
              {note.note.trim() !== '' && (
                <span className="change-note-text" dir="auto">
                  {' '}
                  — {note.note.slice(0, 200)}
                </span>
              )}
              <span className="change-note-placement"> {PLACEMENT_WORDS[note.placement]}</span>
            </li>
          ))}
        </ul>
      )}
      {(paragraphId || sectionId) && (
        <button
          type="button"
          className="link-button"
          aria-describedby={titleId}
          onClick={() => onShowInReport(paragraphId ? { paragraphId } : { sectionId })}
        >
          {change.kind === 'deleted' ? 'Show where it was' : 'Show in the report'}
        </button>
      )}
    </li>
  )
}
