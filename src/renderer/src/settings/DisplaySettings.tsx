import { FONT_SIZE, LINE_WIDTHS, THEMES, type ReadingSettings } from '../../../shared/ipc-contract'
import { ModalDialog } from '../components/ModalDialog'

const THEME_LABELS = { system: 'Follow the system', light: 'Light', dark: 'Dark' } as const
const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const

/** Theme, text size and line width, applied as they change and remembered. */
export function DisplaySettings({
  settings,
  onChange,
  onClose
}: {
  settings: ReadingSettings
  onChange: (changes: Partial<ReadingSettings>) => void
  onClose: () => void
}) {
  const size = (delta: number) =>
    onChange({
      fontSize: Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, settings.fontSize + delta))
    })
  return (
    <ModalDialog className="settings-dialog" labelledBy="settings-title" onClose={onClose}>
      <h2 id="settings-title">Display</h2>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name="theme"
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Text size</legend>
        <div className="size-row">
          <button
            type="button"
            onClick={() => size(-1)}
            disabled={settings.fontSize <= FONT_SIZE.min}
            aria-label="Smaller text"
          >
            A−
          </button>
          <output aria-live="polite" aria-label="Text size">
            {settings.fontSize} px
          </output>
          <button
            type="button"
            onClick={() => size(1)}
            disabled={settings.fontSize >= FONT_SIZE.max}
            aria-label="Larger text"
          >
            A+
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Line width</legend>
        {LINE_WIDTHS.map((width) => (
          <label key={width}>
            <input
              type="radio"
              name="line-width"
              checked={settings.lineWidth === width}
              onChange={() => onChange({ lineWidth: width })}
            />
            {WIDTH_LABELS[width]}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  )
}
