import { chooseLocale } from '../shared/i18n/choose-locale'
import { createSpeaker } from '../shared/i18n/speaker'

/**
 * Main's words, in the language the app speaks now. Main speaks one language at a time, as the
 * window does, and it has things to say that the window never sees (the native menus and file
 * dialogs, the "changes are not saved" box on quit), so it translates its messages itself, with
 * the window's catalogs and the same choice of language (choose-locale.ts); the IPC contract keeps
 * carrying plain sentences. The one owner of this state is `speakIn`, called as the app starts and
 * when the reader chooses another language in Display (ipc-handlers.ts).
 */
const speaker = createSpeaker()

/** Says a message of the catalogs in the language the app speaks now. */
export const say = speaker.say

/** Main speaks `locale` from now on; true when that is a change (the menus are then rebuilt). */
export const speakIn = speaker.speakIn

export const spokenLocale = speaker.spokenLocale

/** The language main speaks for these sources, as the window chooses its own (App.tsx). */
export function speakAsChosen(sources: Parameters<typeof chooseLocale>[0]): boolean {
  return speakIn(chooseLocale(sources))
}
