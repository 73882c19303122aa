import { chooseLocale, type DisplayLocale } from '../shared/i18n/choose-locale'
import type { Formatter } from '../shared/i18n/formatter'
import { SOURCE_LOCALE } from '../shared/i18n/locales'
import { createTranslator } from '../shared/i18n/translator'

/**
 * Main's words, in the language the app speaks now. Main speaks one language at a time, as the
 * window does, and it has things to say that the window never sees (the native menus and file
 * dialogs, the "changes are not saved" box on quit), so it translates its messages itself, with
 * the window's catalogs and the same choice of language (choose-locale.ts); the IPC contract keeps
 * carrying plain sentences. The one owner of this state is `speakIn`, called as the app starts and
 * when the reader chooses another language in Display (ipc-handlers.ts).
 */
let spoken: DisplayLocale = SOURCE_LOCALE
let translator = createTranslator(SOURCE_LOCALE)

/** Says a message of the catalogs in the language the app speaks now. */
export const say: Formatter = Object.assign(
  (...args: Parameters<Formatter>) => translator(...args),
  {
    list: (...args: Parameters<Formatter['list']>) => translator.list(...args),
    number: (value: number) => translator.number(value),
    date: (...args: Parameters<Formatter['date']>) => translator.date(...args)
  }
)

/** Main speaks `locale` from now on; true when that is a change (the menus are then rebuilt). */
export function speakIn(locale: DisplayLocale): boolean {
  if (locale === spoken) return false
  spoken = locale
  translator = createTranslator(locale)
  return true
}

export const spokenLocale = (): DisplayLocale => spoken

/** The language main speaks for these sources, as the window chooses its own (App.tsx). */
export function speakAsChosen(sources: Parameters<typeof chooseLocale>[0]): boolean {
  return speakIn(chooseLocale(sources))
}
