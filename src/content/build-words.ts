import { supportedLocale, type DisplayLocale } from '../shared/i18n/choose-locale'
import { SOURCE_LOCALE } from '../shared/i18n/locales'
import { createSpeaker } from '../shared/i18n/speaker'

/**
 * The build's words to a trainer, in the trainer's language: the app's catalogs (`build.*`) and
 * its formatter, as main's words.ts says main's. A build speaks one language from start to end,
 * chosen as command-line tools choose theirs (buildLanguage); the CLI sets it before anything is
 * read, and the build's worker thread is told it with each task (worker-tasks.ts). Only the
 * messages change: nothing said here goes into the generated files.
 */
const speaker = createSpeaker()

/** Says a message of the catalogs in the build's language. */
export const say = speaker.say

/** The build speaks `locale` from now on. */
export const speakIn = speaker.speakIn

export const spokenLocale = speaker.spokenLocale

/** The environment variables that name the language of messages, strongest first (POSIX). */
export const LANGUAGE_ENV = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const

/**
 * The language a build speaks, as command-line tools choose theirs: `--lang ru` if given, else
 * the first of LC_ALL, LC_MESSAGES and LANG that is set (`kk_KZ.UTF-8` is Kazakh), else English.
 * A language the app has no catalog for (`de_DE.UTF-8`, `C`, `POSIX`) is English too.
 */
export function buildLanguage(
  lang: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): DisplayLocale {
  const tag = lang ?? LANGUAGE_ENV.map((name) => env[name]).find((value) => value)
  return (tag && supportedLocale(tag)) || SOURCE_LOCALE
}

/**
 * Counted things in one line, `3 scripts, 2 style sheets`: each a whole message of its own,
 * joined by the language's comma (build.comma), as English lists them in brackets today.
 */
export function listed(items: readonly string[]): string {
  return items.reduce((first, second) => say('build.comma', { first, second }))
}
