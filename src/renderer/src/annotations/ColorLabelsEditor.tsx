import { useState } from 'react'
import { COLOR_IDS, LIMITS, type ColorLabels } from '../../../shared/annotations/annotation-model'

/** Rename what each highlight colour means. */
export function ColorLabelsEditor({
  labels,
  onSave
}: {
  labels: ColorLabels
  onSave: (labels: ColorLabels) => void
}) {
  const [draft, setDraft] = useState(labels)
  return (
    <form
      className="color-labels"
      aria-label="Colour meanings"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(draft)
      }}
    >
      {COLOR_IDS.map((id) => (
        <label key={id}>
          <span className={`swatch swatch-${id}`} aria-hidden="true" />
          <span className="visually-hidden">Meaning of the {id} highlight</span>
          <input
            type="text"
            value={draft[id]}
            maxLength={LIMITS.colorLabelLength}
            required
            onChange={(event) => setDraft({ ...draft, [id]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit">Save colour names</button>
    </form>
  )
}
