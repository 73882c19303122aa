import { useEffect, useRef } from 'react'
import {
  FONT_SIZE,
  LINE_SPACINGS,
  LINE_WIDTHS,
  THEMES,
  TYPEFACES,
  type ReadingSettings
} from '../../../shared/ipc-contract'
import type { MessageId } from '../../../shared/i18n/catalog-types'
import { FOLLOW_THE_SYSTEM } from '../../../shared/i18n/language-tags'
import { CATALOGS, LOCALES } from '../../../shared/i18n/locales'
import { useT } from '../i18n/useT'

export const DISPLAY_POPOVER_ID = 'display-settings'

/** `display.theme.` + `light` → the message naming that choice. */
const labelsOf = <V extends string>(prefix: string, values: readonly V[]) =>
  Object.fromEntries(values.map((value) => [value, `${prefix}.${value}` as MessageId])) as Record<
    V,
    MessageId
  >

const THEME_LABELS = labelsOf('display.theme', THEMES)
const WIDTH_LABELS = labelsOf('display.width', LINE_WIDTHS)
const SPACING_LABELS = labelsOf('display.spacing', LINE_SPACINGS)
const TYPEFACE_LABELS = labelsOf('display.typeface', TYPEFACES)

/**
 * Language, theme, typeface, text size, line spacing and line width: a popover beside the text
 * (not a modal that dims what is being adjusted), each change applied at once and remembered. Esc
 * or a click outside closes it and focus goes back to the Display button.
 */
export function DisplaySettings({
  settings,
  onChange
}: {
  settings: ReadingSettings
  onChange: (changes: Partial<ReadingSettings>) => void
}) {
  const t = useT()
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
    labels: Record<ReadingSettings[K], MessageId>
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
          {t(labels[value])}
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
      <h2 id="display-title">{t('display.title')}</h2>
      <fieldset>
        <legend>{t('display.language')}</legend>
        <select
          aria-label={t('display.language')}
          value={settings.language}
          onChange={(event) => onChange({ language: event.target.value })}
        >
          <option value={FOLLOW_THE_SYSTEM}>{t('display.language.system')}</option>
          {LOCALES.map((locale) => (
            // Each language in its own name and script, so a reader lost in another finds theirs.
            <option key={locale} value={locale} lang={locale} dir={CATALOGS[locale].dir}>
              {CATALOGS[locale].name}
            </option>
          ))}
        </select>
      </fieldset>
      {choices('theme', t('display.theme'), THEMES, THEME_LABELS)}
      {choices('typeface', t('display.typeface'), TYPEFACES, TYPEFACE_LABELS)}
      <fieldset>
        <legend>{t('display.textSize')}</legend>
        <div className="size-row">
          <button
            type="button"
            onClick={() => size(-1)}
            disabled={settings.fontSize <= FONT_SIZE.min}
            aria-label={t('display.smaller')}
          >
            {t('display.smaller.short')}
          </button>
          <output aria-live="polite" aria-label={t('display.textSize')}>
            {t('display.pixels', { size: settings.fontSize })}
          </output>
          <button
            type="button"
            onClick={() => size(1)}
            disabled={settings.fontSize >= FONT_SIZE.max}
            aria-label={t('display.larger')}
          >
            {t('display.larger.short')}
          </button>
        </div>
      </fieldset>
      {choices('lineSpacing', t('display.lineSpacing'), LINE_SPACINGS, SPACING_LABELS)}
      {choices('lineWidth', t('display.lineWidth'), LINE_WIDTHS, WIDTH_LABELS)}
      <div className="dialog-actions">
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          popoverTarget={DISPLAY_POPOVER_ID}
          popoverTargetAction="hide"
        >
          {t('common.done')}
        </button>
      </div>
    </div>
  )
}
