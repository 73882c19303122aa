import { useCallback, useEffect, useState } from 'react'
import { useMediaQuery } from '../hooks/useMediaQuery'
import type { ReaderApi, ReadingSettings } from '../../../shared/ipc-contract'
import { useChooseLanguage } from '../i18n/I18nProvider'

export const LINE_WIDTH_REM = { narrow: 36, medium: 44, wide: 56 } as const
export const LINE_HEIGHT = { compact: 1.45, normal: 1.7, relaxed: 2 } as const
const SYSTEM_SERIF =
  "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif"
/** The bundled faces first, the system's serif behind them for scripts they do not cover. */
export const TYPEFACE_STACK = {
  literata: `Literata, ${SYSTEM_SERIF}`,
  atkinson: `'Atkinson Hyperlegible', 'DejaVu Sans', sans-serif`,
  system: SYSTEM_SERIF
} as const

const SYSTEM_DARK = '(prefers-color-scheme: dark)'

/**
 * The reader's theme, typeface, text size, line spacing and line width: applied to <html> at once, saved through main
 * (a failed save is told, and the setting still applies for this session). "system" follows the
 * operating system's light/dark setting, also when it changes while the app is open.
 */
export function useReadingSettings(
  api: ReaderApi,
  initial: ReadingSettings,
  onNotice: (message: string) => void
) {
  const [settings, setSettings] = useState(initial)
  const systemDark = useMediaQuery(SYSTEM_DARK)

  // The language applies to the whole app, above this view (App's I18nProvider).
  const chooseLanguage = useChooseLanguage()
  useEffect(() => chooseLanguage(settings.language), [chooseLanguage, settings.language])

  const theme = settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.setProperty('--reading-font-size', `${settings.fontSize}px`)
    root.style.setProperty('--reading-measure', `${LINE_WIDTH_REM[settings.lineWidth]}rem`)
    root.style.setProperty('--reading-line-height', String(LINE_HEIGHT[settings.lineSpacing]))
    root.style.setProperty('--text-face', TYPEFACE_STACK[settings.typeface])
  }, [theme, settings.fontSize, settings.lineWidth, settings.lineSpacing, settings.typeface])

  const update = useCallback(
    (changes: Partial<ReadingSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...changes }
        api.setReadingSettings(next).catch((error: Error) => onNotice(error.message))
        return next
      })
    },
    [api, onNotice]
  )

  // The View menu's theme items arrive as a DOM event (see the menu command handling).
  useEffect(() => {
    const onSetTheme = (event: Event) => {
      const value = (event as CustomEvent<unknown>).detail
      if (value === 'system' || value === 'light' || value === 'dark') update({ theme: value })
    }
    window.addEventListener('reader:set-theme', onSetTheme)
    return () => window.removeEventListener('reader:set-theme', onSetTheme)
  }, [update])

  return { settings, theme, update }
}
