import { createIntl, createIntlCache } from '@formatjs/intl'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { PSEUDO_LOCALE, type DisplayLocale } from './choose-locale'
import type { Formatter, NumberOptions } from './formatter'
import { CATALOGS } from './locales'
import { pseudoMessages } from './pseudo-locale'

const cache = createIntlCache()

/** The catalog of a language as FormatJS takes it (the pseudo-locale's already parsed). */
export function messagesOf(
  locale: DisplayLocale
): Record<string, string> | Record<string, MessageFormatElement[]> {
  return locale === PSEUDO_LOCALE ? pseudoMessages(CATALOGS.en.messages) : CATALOGS[locale].messages
}

export function directionOf(locale: DisplayLocale): 'ltr' | 'rtl' {
  return locale === PSEUDO_LOCALE ? 'ltr' : CATALOGS[locale].dir
}

/**
 * The app's words in one language, outside React: main's dialogs and menus, and tests. The same
 * catalogs and the same ICU formatting (FormatJS) as the window.
 */
export function createTranslator(locale: DisplayLocale): Formatter {
  const intl = createIntl(
    {
      locale,
      defaultLocale: 'en',
      messages: messagesOf(locale),
      onError: (error) => {
        throw error
      }
    },
    cache
  )
  const t = (id: Parameters<Formatter>[0], values?: Parameters<Formatter>[1]) =>
    intl.formatMessage({ id }, values)
  return Object.assign(t, {
    list: (items: string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction') =>
      intl.formatList(items, { type }),
    number: (value: number, options?: NumberOptions) => intl.formatNumber(value, options),
    date: (value: Date | string | number, options: Intl.DateTimeFormatOptions) =>
      intl.formatDate(value, options)
  })
}
