import * as v from 'valibot'
import type { Formatter, Message } from '../i18n/formatter'

/**
 * Why a note could not be placed in an edition, as data: a code and the values its sentence needs,
 * never the sentence. It is stored with the note (`unplacedIn.reason`), so it is put into words
 * only when shown (unplacedReasonText), in the language the reader has then chosen.
 */

/** The most characters a reason's value may have (an excerpt is far shorter; see anchoring.ts). */
export const REASON_VALUE_LENGTH = 500

const value = v.pipe(v.string(), v.maxLength(REASON_VALUE_LENGTH))

export const UnplacedReasonSchema = v.variant('code', [
  /** The note's report is not in this app (its id). */
  v.object({ code: v.literal('reportNotInApp'), reportId: value }),
  /** Asked to place it in a report that is not its own. */
  v.object({ code: v.literal('otherReport') }),
  /** A section note whose section (its id) this edition does not have. */
  v.object({ code: v.literal('sectionNotInEdition'), sectionId: value }),
  /** The highlighted text (the start of it) is nowhere in this edition, not even reworded. */
  v.object({ code: v.literal('textNotInEdition'), excerpt: value }),
  /** Found, but changed too much to make a highlight of it again. */
  v.object({ code: v.literal('passageChanged') }),
  /** The report's content could not be opened, so nothing could be placed. */
  v.object({ code: v.literal('contentUnavailable') }),
  /**
   * A sentence an earlier version stored that this one does not recognise (see the notes store's
   * migration): kept and shown as it was written, never lost.
   */
  v.object({ code: v.literal('asWritten'), text: value })
])
export type UnplacedReason = v.InferOutput<typeof UnplacedReasonSchema>

/**
 * The reason as a message of the catalogs (its id and values), or, for a sentence an earlier
 * version stored that this one does not recognise, that sentence as it was written.
 */
export function unplacedReasonMessage(reason: UnplacedReason): Message | { asWritten: string } {
  switch (reason.code) {
    case 'reportNotInApp':
      return { id: 'unplaced.reportNotInApp', values: { report: reason.reportId } }
    case 'otherReport':
      return { id: 'unplaced.otherReport' }
    case 'sectionNotInEdition':
      return { id: 'unplaced.sectionNotInEdition', values: { section: reason.sectionId } }
    case 'textNotInEdition':
      return { id: 'unplaced.textNotInEdition', values: { excerpt: reason.excerpt } }
    case 'passageChanged':
      return { id: 'unplaced.passageChanged' }
    case 'contentUnavailable':
      return { id: 'report.contentUnavailable' }
    case 'asWritten':
      return { asWritten: reason.text }
  }
}

/** The reason in the reader's language, as plain text (the Markdown export). */
export function unplacedReasonText(t: Formatter, reason: UnplacedReason): string {
  const message = unplacedReasonMessage(reason)
  return 'asWritten' in message ? message.asWritten : t(message.id, message.values)
}
