import { useEffect, useRef, useState } from 'react'
import {
  COLOR_IDS,
  LIMITS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { parseTags, tagSuggestions } from '../../../shared/annotations/tags'
import { ModalDialog } from '../components/ModalDialog'
import { formatCount } from '../../../shared/text/format-count'

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
      ? 'Note on this section'
      : draft.existing
        ? 'Highlight'
        : 'New highlight'
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
        <blockquote className="dialog-subject">{draft.subject}</blockquote>
        <fieldset className="color-choice">
          <legend>Colour</legend>
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
              {colorLabels[id]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Note</span>
          <textarea
            value={note}
            dir="auto"
            rows={6}
            maxLength={LIMITS.noteLength}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby="note-count"
          />
          <small id="note-count">
            {formatCount(note.length)} / {formatCount(LIMITS.noteLength)} characters
          </small>
        </label>
        <label className="field">
          <span>Tags (separated by commas)</span>
          <input
            type="text"
            dir="auto"
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
            aria-describedby={suggestions.length > 0 ? 'tag-suggestions' : undefined}
          />
        </label>
        {suggestions.length > 0 && (
          <div className="tag-suggestions" id="tag-suggestions" role="group" aria-label="Your tags">
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
              Private: keep this note on this laptop
            </label>
            <small id="private-help">
              {isPrivate
                ? 'It is never written to the team folder, so no colleague sees it.'
                : 'When you share your notes, it is written to the team folder for your colleagues to see.'}
              {isPrivate && privateAtStart === false && draft.existing
                ? ' If it was shared, it is taken out of your team file when you save.'
                : ''}
            </small>
          </div>
        )}
        {(tooManyTags || longTag || error) && (
          <p className="dialog-error" role="alert">
            {tooManyTags
              ? `A note can have at most ${LIMITS.tagCount} tags.`
              : longTag
                ? `The tag “${longTag.slice(0, 20)}…” is longer than ${LIMITS.tagLength} characters.`
                : error}
          </p>
        )}
        {confirmingDiscard ? (
          <div className="dialog-actions discard-question">
            <p role="alert">Discard what you changed in this note?</p>
            <span className="spacer" />
            <button type="button" ref={keepEditing} onClick={() => setConfirmingDiscard(false)}>
              Keep editing
            </button>
            <button type="button" className="danger" onClick={onCancel}>
              Discard
            </button>
          </div>
        ) : (
          <div className="dialog-actions">
            {draft.existing && (
              <button type="button" className="danger" onClick={onDelete}>
                Delete
              </button>
            )}
            <span className="spacer" />
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        )}
      </form>
    </ModalDialog>
  )
}
