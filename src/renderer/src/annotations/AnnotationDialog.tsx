import { useState } from 'react'
import {
  COLOR_IDS,
  LIMITS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { ModalDialog } from '../components/ModalDialog'

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

/** Tags as typed: comma-separated, trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
    )
  ]
}

/**
 * Edit a highlight or section note: colour, note, tags; delete. A modal <dialog>: focus is
 * trapped and Esc cancels. The note is plain text and is always shown as text.
 */
export function AnnotationDialog({
  draft,
  colorLabels,
  error,
  onSave,
  onDelete,
  onCancel
}: {
  draft: AnnotationDraft
  colorLabels: ColorLabels
  error: string | null
  onSave: (changes: { color: ColorId; note: string; tags: string[] }) => void
  onDelete: () => void
  onCancel: () => void
}) {
  const [color, setColor] = useState(draft.color)
  const [note, setNote] = useState(draft.note)
  const [tagText, setTagText] = useState(draft.tags.join(', '))
  const tags = parseTags(tagText)
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
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (!tooManyTags && !longTag) onSave({ color, note, tags })
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
            rows={6}
            maxLength={LIMITS.noteLength}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby="note-count"
          />
          <small id="note-count">
            {note.length.toLocaleString()} / {LIMITS.noteLength.toLocaleString()} characters
          </small>
        </label>
        <label className="field">
          <span>Tags (separated by commas)</span>
          <input type="text" value={tagText} onChange={(event) => setTagText(event.target.value)} />
        </label>
        {(tooManyTags || longTag || error) && (
          <p className="dialog-error" role="alert">
            {tooManyTags
              ? `A note can have at most ${LIMITS.tagCount} tags.`
              : longTag
                ? `The tag “${longTag.slice(0, 20)}…” is longer than ${LIMITS.tagLength} characters.`
                : error}
          </p>
        )}
        <div className="dialog-actions">
          {draft.existing && (
            <button type="button" className="danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
