import { useEffect, useRef, useState } from 'react'
import {
  COLOR_IDS,
  LIMITS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { parseTags, tagSuggestions } from '../../../shared/annotations/tags'
import { ModalDialog } from '../components/ModalDialog'
import { useColorLabel } from './useColorLabel'
import { useT } from '../i18n/useT'

export interface AnnotationDraft {
  /** What is annotated, shown at the top: the quote, or the section heading. */
  subject: string
  kind: 'text' | 'section'
  color: ColorId
  note: string
  tags: string[]
  /** Existing annotations can be deleted from the dialog. */
  existing: boolean
}

/** What the dialog saves: the note, and (where team notes are available) whether it is private. */
export interface AnnotationDialogChanges {
  color: ColorId
  note: string
  tags: string[]
  private?: boolean
}

/**
 * Edit a highlight or section note: colour, note, tags; delete. A modal <dialog>: focus is
 * trapped. Esc or Cancel with nothing changed closes it; with changes, it asks first, so a typed
 * note is never thrown away by one key. The note is plain text, always shown as text, in the
 * direction it is written in (dir="auto": Arabic and Hebrew notes read right to left).
 */
export function AnnotationDialog({
  draft,
  colorLabels,
  knownTags,
  error,
  privateAtStart,
  onSave,
  onDelete,
  onCancel
}: {
  draft: AnnotationDraft
  colorLabels: ColorLabels
  /** Every tag the user already has, for suggestions and their spelling. */
  knownTags: readonly string[]
  error: string | null
  /** Whether the note is private; undefined where there are no team notes (no choice shown). */
  privateAtStart?: boolean | undefined
  onSave: (changes: AnnotationDialogChanges) => void
  onDelete: () => void
  onCancel: () => void
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  const [color, setColor] = useState(draft.color)
  const [note, setNote] = useState(draft.note)
  const [tagText, setTagText] = useState(draft.tags.join(', '))
  const [isPrivate, setPrivate] = useState(privateAtStart ?? false)
  const [confirmingDiscard, setConfirmingDiscard] = useState(false)
  const keepEditing = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirmingDiscard) keepEditing.current?.focus()
  }, [confirmingDiscard])
  const tags = parseTags(tagText, knownTags)
  const suggestions = tagSuggestions(tagText, knownTags)
  const changed =
    color !== draft.color ||
    note !== draft.note ||
    tags.join('\n') !== draft.tags.join('\n') ||
    isPrivate !== (privateAtStart ?? false)
  const cancel = () => {
    if (confirmingDiscard) setConfirmingDiscard(false)
    else if (changed) setConfirmingDiscard(true)
    else onCancel()
  }
  const tooManyTags = tags.length > LIMITS.tagCount
  const longTag = tags.find((t) => t.length > LIMITS.tagLength)

  const title =
    draft.kind === 'section'
      ? t('dialog.sectionNote')
      : draft.existing
        ? t('dialog.highlight')
        : t('dialog.newHighlight')
  return (
    <ModalDialog
      className="annotation-dialog"
      labelledBy="annotation-dialog-title"
      onClose={cancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (tooManyTags || longTag) return
          onSave({ color, note, tags, ...(privateAtStart !== undefined && { private: isPrivate }) })
        }}
      >
        <h2 id="annotation-dialog-title">{title}</h2>
        <blockquote className="dialog-subject" translate="no" dir="auto">
          {draft.subject}
        </blockquote>
        <fieldset className="color-choice">
          <legend>{t('notes.colour')}</legend>
          {COLOR_IDS.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="color"
                value={id}
                checked={color === id}
                onChange={() => setColor(id)}
              />
              <span className={`swatch swatch-${id}`} aria-hidden="true" />
              {colorLabel(id, colorLabels)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('dialog.note')}</span>
          <textarea
            value={note}
            dir="auto"
            rows={6}
            maxLength={LIMITS.noteLength}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby="note-count"
          />
          <small id="note-count">
            {t('dialog.characters', { count: note.length, max: LIMITS.noteLength })}
          </small>
        </label>
        <label className="field">
          <span>{t('dialog.tags')}</span>
          <input
            type="text"
            dir="auto"
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
            aria-describedby={suggestions.length > 0 ? 'tag-suggestions' : undefined}
          />
        </label>
        {suggestions.length > 0 && (
          <div
            className="tag-suggestions"
            id="tag-suggestions"
            role="group"
            aria-label={t('dialog.yourTags')}
          >
            {suggestions.map((tag) => (
              <button
                key={tag}
                type="button"
                onClick={() => {
                  const parts = tagText
                    .split(',')
                    .slice(0, -1)
                    .map((t) => t.trim())
                  setTagText([...parts.filter(Boolean), tag].join(', ') + ', ')
                }}
              >
                {tag}
              </button>
            ))}
          </div>
        )}
        {privateAtStart !== undefined && (
          <div className="private-choice">
            <label>
              <input
                type="checkbox"
                checked={isPrivate}
                onChange={(event) => setPrivate(event.target.checked)}
                aria-describedby="private-help"
              />
              {t('dialog.private')}
            </label>
            <small id="private-help">
              {!isPrivate
                ? t('dialog.private.off')
                : privateAtStart === false && draft.existing
                  ? t('dialog.private.onWasShared')
                  : t('dialog.private.on')}
            </small>
          </div>
        )}
        {(tooManyTags || longTag || error) && (
          <p className="dialog-error" role="alert">
            {tooManyTags
              ? t('dialog.tooManyTags', { max: LIMITS.tagCount })
              : longTag
                ? t('dialog.longTag', { tag: longTag.slice(0, 20), max: LIMITS.tagLength })
                : error}
          </p>
        )}
        {confirmingDiscard ? (
          <div className="dialog-actions discard-question">
            <p role="alert">{t('dialog.discard.question')}</p>
            <span className="spacer" />
            <button type="button" ref={keepEditing} onClick={() => setConfirmingDiscard(false)}>
              {t('dialog.keepEditing')}
            </button>
            <button type="button" className="danger" onClick={onCancel}>
              {t('dialog.discard')}
            </button>
          </div>
        ) : (
          <div className="dialog-actions">
            {draft.existing && (
              <button type="button" className="danger" onClick={onDelete}>
                {t('common.delete')}
              </button>
            )}
            <span className="spacer" />
            <button type="button" onClick={cancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
          </div>
        )}
      </form>
    </ModalDialog>
  )
}
