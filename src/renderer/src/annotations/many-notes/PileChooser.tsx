import { useDeferredValue, useMemo, useState } from 'react'
import type { ColorLabels } from '../../../../shared/annotations/annotation-model'
import { matchesNotesFilter } from '../../../../shared/annotations/notes-filter'
import { ModalDialog } from '../../components/ModalDialog'
import type { PileChoice } from './useNotePiles'
import { VirtualList } from './VirtualList'
import { noteKey } from './note-piles'
import { useT } from '../../i18n/useT'
import { useColorLabel } from '../useColorLabel'

/** A row's likely height, in px, until it is drawn. */
const ROW_HEIGHT_ESTIMATE = 72
/** What a row shows of a note: enough to tell it apart. */
const NOTE_START = 160

/**
 * The notes of a pile (or of a section), newest first, to choose the one to open: from the
 * keyboard (Tab to a note, Enter), narrowed by words, and however many there are (only the rows in
 * view are laid out).
 */
export function PileChooser({
  choice,
  colorLabels,
  onChoose,
  onClose
}: {
  choice: PileChoice
  colorLabels: ColorLabels
  onChoose: (id: string) => void
  onClose: () => void
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  const [text, setText] = useState('')
  const words = useDeferredValue(text.trim())
  const shown = useMemo(
    () =>
      words
        ? choice.notes.filter((v) => matchesNotesFilter(v.annotation, { text: words }))
        : choice.notes,
    [choice.notes, words]
  )
  return (
    <ModalDialog
      className="annotation-dialog pile-chooser"
      labelledBy="pile-title"
      onClose={onClose}
    >
      <h2 id="pile-title">{choice.title}</h2>
      {choice.subject && (
        <blockquote className="dialog-subject" dir="auto">
          {choice.subject}
        </blockquote>
      )}
      <label className="field">
        <span>{t('pile.find')}</span>
        <input
          type="search"
          dir="auto"
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p className="notes-count" role="status">
        {t('pile.count', { shown: shown.length, count: choice.notes.length })}
      </p>
      <VirtualList
        items={shown}
        itemKey={noteKey}
        estimateSize={ROW_HEIGHT_ESTIMATE}
        scroller="own"
        className="pile-notes"
        label={t('pile.list')}
      >
        {({ annotation }) => (
          <button
            type="button"
            className={`pile-note hl-border-${annotation.color}`}
            onClick={() => onChoose(annotation.id)}
          >
            <span className="note-meta">
              <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
              {t('pile.note.meta', {
                label: colorLabel(annotation.color, colorLabels),
                created: new Date(annotation.createdAt)
              })}
            </span>
            <span className="pile-note-text" dir="auto">
              {annotation.note
                ? annotation.note.length > NOTE_START
                  ? `${annotation.note.slice(0, NOTE_START)}…`
                  : annotation.note
                : t('pile.note.none')}
            </span>
          </button>
        )}
      </VirtualList>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  )
}
