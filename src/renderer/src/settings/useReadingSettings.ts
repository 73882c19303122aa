import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
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

/**
 * One query for the window's life, listened to and read alike. Chromium tells a query's listeners
 * of a change from what *that query* last answered, and it may look again only at the next frame:
 * reading the system through a fresh query (as this did) let the app show dark from a fresh one
 * while the listened one still held light, and when the system turned light again before that
 * frame, the listened one saw no change and said nothing: the window stayed dark (seen once in CI).
 */
let systemDarkQuery: MediaQueryList | undefined
const darkQuery = () => (systemDarkQuery ??= window.matchMedia('(prefers-color-scheme: dark)'))

/**
 * Whether the system is dark now, and a change told as it happens. Read through React's external
 * store, which reads it again once it listens: a switch between the first read and the listener
 * (the system turning dark while the app starts) is never missed, as it was in 5 launches of 12.
 */
function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = darkQuery()
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
const systemIsDark = () => darkQuery().matches

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
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark)

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
