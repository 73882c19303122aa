import type { DiffPart } from '../text/word-diff'

/**
 * What changed between two editions of a report, as `compareEditions` gives it: the model the
 * `diff` command prints and the app's "what changed" view will show.
 */

export type ChangeKind = 'inserted' | 'deleted' | 'modified' | 'moved'

/**
 * How much of the text one change covers:
 * - `sentence`: one or more sentences of one paragraph (consecutive ones that changed alike);
 * - `paragraph`: all the sentences of a paragraph;
 * - `section`: all the text of a section (a section added, removed or moved whole); its heading
 *   is in `oldSection` / `newSection`, not in the texts;
 * - `heading`: a section's heading only (renamed, or a section whose text came from elsewhere).
 */
export type ChangeUnit = 'sentence' | 'paragraph' | 'section' | 'heading'

export interface SectionRef {
  id: string
  heading: string
}

/** Where a changed sentence stands in one edition: a block and [start, end) in its text. */
export interface TextSpan {
  paragraphId: string
  start: number
  end: number
}

export interface EditionChange {
  kind: ChangeKind
  unit: ChangeUnit
  /**
   * The section in each edition. For an inserted text, `oldSection` is the section of the old
   * edition that corresponds to its new section (null if that section is new too); for a
   * deleted one, `newSection` likewise.
   */
  oldSection: SectionRef | null
  newSection: SectionRef | null
  /** The text in each edition (null on the side it is not in). Sentences keep their spacing. */
  oldText: string | null
  newText: string | null
  /**
   * The words that changed, for a modified text and a moved one that was also edited: joining
   * `same` and `removed` parts gives `oldText`, `same` and `added` ones `newText`.
   */
  parts?: DiffPart[]
  /** Each changed sentence (or, for a heading, nothing) in the old and the new edition. */
  oldSpans: TextSpan[]
  newSpans: TextSpan[]
}

export type ChangeCounts = Record<ChangeKind, number>

export function countChanges(changes: readonly EditionChange[]): ChangeCounts {
  const counts: ChangeCounts = { inserted: 0, deleted: 0, modified: 0, moved: 0 }
  for (const change of changes) counts[change.kind]++
  return counts
}
