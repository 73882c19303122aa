import type { DisplayLocale } from './choose-locale'
import type { Formatter, NumberOptions } from './formatter'
import { SOURCE_LOCALE } from './locales'
import { createTranslator } from './translator'

/** One language spoken at a time, outside React: `say` always speaks the one chosen last. */
export interface Speaker {
  say: Formatter
  /** Speaks `locale` from now on; true when that is a change. */
  speakIn: (locale: DisplayLocale) => boolean
  spokenLocale: () => DisplayLocale
}

/** Main's words (src/main/words.ts) and the content build's (src/content/build-words.ts). */
export function createSpeaker(): Speaker {
  let spoken: DisplayLocale = SOURCE_LOCALE
  let translator = createTranslator(SOURCE_LOCALE)
  const say: Formatter = Object.assign((...args: Parameters<Formatter>) => translator(...args), {
    list: (...args: Parameters<Formatter['list']>) => translator.list(...args),
    number: (value: number, options?: NumberOptions) => translator.number(value, options),
    date: (...args: Parameters<Formatter['date']>) => translator.date(...args)
  })
  return {
    say,
    speakIn: (locale) => {
      if (locale === spoken) return false
      spoken = locale
      translator = createTranslator(locale)
      return true
    },
    spokenLocale: () => spoken
  }
}
