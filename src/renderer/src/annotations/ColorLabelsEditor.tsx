import { useState } from 'react'
import { COLOR_IDS, LIMITS, type ColorLabels } from '../../../shared/annotations/annotation-model'
import { useColorLabel } from './useColorLabel'
import { useT } from '../i18n/useT'

/** Rename what each highlight colour means. */
export function ColorLabelsEditor({
  labels,
  onSave
}: {
  labels: ColorLabels
  onSave: (labels: ColorLabels) => void
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  // The names as the reader sees them: the app's own in the reader's language, or theirs.
  const [draft, setDraft] = useState(
    () => Object.fromEntries(COLOR_IDS.map((id) => [id, colorLabel(id, labels)])) as ColorLabels
  )
  return (
    <form
      className="color-labels"
      aria-label={t('colors.label')}
      onSubmit={(event) => {
        event.preventDefault()
        onSave(draft)
      }}
    >
      {COLOR_IDS.map((id) => (
        <label key={id}>
          <span className={`swatch swatch-${id}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`colors.meaning.${id}`)}</span>
          <input
            type="text"
            value={draft[id]}
            maxLength={LIMITS.colorLabelLength}
            required
            onChange={(event) => setDraft({ ...draft, [id]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit">{t('colors.save')}</button>
    </form>
  )
}
