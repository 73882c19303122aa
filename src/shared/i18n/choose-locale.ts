import { FOLLOW_THE_SYSTEM } from './language-tags'
import { isLocale, SOURCE_LOCALE, type Locale } from './locales'

/**
 * The pseudo-locale: English made longer, accented and bracketed, to find words left untranslated
 * and layouts that break. Chromium's own tag for it; the tests start the app with it.
 */
export const PSEUDO_LOCALE = 'en-XA'
export type DisplayLocale = Locale | typeof PSEUDO_LOCALE

/** `ru-RU` → `ru`; `kk-Cyrl-KZ` → `kk`; a language this app has no catalog for → null. */
export function supportedLocale(tag: string): DisplayLocale | null {
  if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  return isLocale(language) ? language : null
}

/**
 * The language the app speaks: the reader's own choice in Display, else the edition's default (a
 * trainer's edition.json), else the first of the system's preferred languages the app has, else
 * English.
 */
export function chooseLocale({
  choice,
  editionDefault,
  systemLanguages
}: {
  choice: string
  editionDefault: string | null
  systemLanguages: readonly string[]
}): DisplayLocale {
  const candidates = [
    ...(choice === FOLLOW_THE_SYSTEM ? [] : [choice]),
    ...(editionDefault ? [editionDefault] : []),
    ...systemLanguages
  ]
  for (const tag of candidates) {
    const locale = supportedLocale(tag)
    if (locale) return locale
  }
  return SOURCE_LOCALE
}
