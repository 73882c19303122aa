import { useEffect, useRef } from 'react'
import {
  FONT_SIZE,
  LINE_SPACINGS,
  LINE_WIDTHS,
  THEMES,
  TYPEFACES,
  type ReadingSettings
} from '../../../shared/ipc-contract'

export const DISPLAY_POPOVER_ID = 'display-settings'

const THEME_LABELS = { system: 'Follow the system', light: 'Light', dark: 'Dark' } as const
const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const
const SPACING_LABELS = { compact: 'Compact', normal: 'Normal', relaxed: 'Relaxed' } as const
const TYPEFACE_LABELS = {
  literata: 'Literata (book serif)',
  atkinson: 'Atkinson Hyperlegible (clear sans)',
  system: 'This computer’s serif'
} as const

/**
 * Theme, typeface, text size, line spacing and line width: a popover beside the text (not a modal
 * that dims what is being adjusted), each change applied at once and remembered. Esc or a click
 * outside closes it and focus goes back to the Display button.
 */
export function DisplaySettings({
  settings,
  onChange
}: {
  settings: ReadingSettings
  onChange: (changes: Partial<ReadingSettings>) => void
}) {
  const panel = useRef<HTMLDivElement>(null)
  // Opening moves focus to the first choice, so the keyboard can adjust at once.
  useEffect(() => {
    const element = panel.current
    if (!element) return
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') {
        element.querySelector<HTMLInputElement>('input:checked')?.focus()
      }
    }
    element.addEventListener('toggle', onToggle)
    return () => element.removeEventListener('toggle', onToggle)
  }, [])
  const size = (delta: number) =>
    onChange({
      fontSize: Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, settings.fontSize + delta))
    })
  const choices = <K extends 'theme' | 'lineWidth' | 'lineSpacing' | 'typeface'>(
    key: K,
    legend: string,
    values: readonly ReadingSettings[K][],
    labels: Record<ReadingSettings[K], string>
  ) => (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={key}
            checked={settings[key] === value}
            onChange={() => onChange({ [key]: value } as Partial<ReadingSettings>)}
          />
          {labels[value]}
        </label>
      ))}
    </fieldset>
  )
  return (
    <div
      ref={panel}
      id={DISPLAY_POPOVER_ID}
      className="display-popover"
      popover="auto"
      role="dialog"
      aria-labelledby="display-title"
    >
      <h2 id="display-title">Display</h2>
      {choices('theme', 'Theme', THEMES, THEME_LABELS)}
      {choices('typeface', 'Typeface', TYPEFACES, TYPEFACE_LABELS)}
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
      {choices('lineSpacing', 'Line spacing', LINE_SPACINGS, SPACING_LABELS)}
      {choices('lineWidth', 'Line width', LINE_WIDTHS, WIDTH_LABELS)}
      <div className="dialog-actions">
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          popoverTarget={DISPLAY_POPOVER_ID}
          popoverTargetAction="hide"
        >
          Done
        </button>
      </div>
    </div>
  )
}
