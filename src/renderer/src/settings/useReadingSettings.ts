import { useCallback, useEffect, useState } from 'react'
import type { ReaderApi, ReadingSettings } from '../../../shared/ipc-contract'

export const LINE_WIDTH_REM = { narrow: 36, medium: 44, wide: 56 } as const

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

/**
 * The reader's theme, text size and line width: applied to <html> at once, saved through main
 * (a failed save is told, and the setting still applies for this session). "system" follows the
 * operating system's light/dark setting, also when it changes while the app is open.
 */
export function useReadingSettings(
  api: ReaderApi,
  initial: ReadingSettings,
  onNotice: (message: string) => void
) {
  const [settings, setSettings] = useState(initial)
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches)

  useEffect(() => {
    const query = darkQuery()
    const onChange = () => setSystemDark(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])

  const theme = settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.setProperty('--reading-font-size', `${settings.fontSize}px`)
    root.style.setProperty('--reading-measure', `${LINE_WIDTH_REM[settings.lineWidth]}rem`)
  }, [theme, settings.fontSize, settings.lineWidth])

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
