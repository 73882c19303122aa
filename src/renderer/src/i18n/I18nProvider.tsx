import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import type { DisplayLocale } from '../../../shared/i18n/choose-locale'
import { directionOf, messagesOf } from '../../../shared/i18n/translator'

/**
 * The interface's own language and direction, for the app's words placed inside the report
 * (whose language and direction are its own): `<div {...interfaceLanguage(t.locale)}>`.
 */
export function interfaceLanguage(locale: string): {
  lang: string
  dir: 'ltr' | 'rtl'
  translate: 'yes'
} {
  return { lang: locale, dir: directionOf(locale as DisplayLocale), translate: 'yes' }
}

/** Tells the app the reader chose another language in Display (or "follow the system"). */
const ChooseLanguage = createContext<(choice: string) => void>(() => undefined)
export const useChooseLanguage = () => useContext(ChooseLanguage)

/**
 * The app's words in one language: react-intl formats every message (ICU plurals, numbers, dates
 * and lists by the language's own rules), and <html lang dir> follow, so the layout mirrors for a
 * right-to-left language and screen readers speak with the right voice.
 */
export function I18nProvider({
  locale,
  onChooseLanguage,
  children
}: {
  locale: DisplayLocale
  onChooseLanguage: (choice: string) => void
  children: ReactNode
}) {
  const messages = useMemo(() => messagesOf(locale), [locale])
  useEffect(() => {
    const root = document.documentElement
    root.lang = locale
    root.dir = directionOf(locale)
  }, [locale])
  return (
    <ChooseLanguage.Provider value={onChooseLanguage}>
      <IntlProvider
        locale={locale}
        defaultLocale="en"
        messages={messages}
        // A message that cannot be formatted is a bug in a catalog: said aloud, never hidden.
        onError={(error) => console.error(`i18n: ${error.message}`)}
      >
        {children}
      </IntlProvider>
    </ChooseLanguage.Provider>
  )
}
