import type { PlacementCounts } from '../ipc-contract'
import { diffWords, type DiffPart } from '../text/word-diff'
import type { Annotation } from './annotation-model'

/** How a highlight's passage changed when the app moved it into the edition it is in now. */
export type LastMove =
  | { kind: 'moved'; before: string }
  | { kind: 'changed'; before: string; after: string; parts: DiffPart[] }

/** The last move of a highlight to a new edition (its history), or null if it never moved. */
export function lastMove(annotation: Annotation): LastMove | null {
  const last = annotation.history?.at(-1)
  if (!last || annotation.target.kind !== 'text') return null
  const before = last.target.quote.exact
  const after = annotation.target.quote.exact
  if (before === after) return { kind: 'moved', before }
  return { kind: 'changed', before, after, parts: diffWords(before, after) }
}

/**
 * The heading of the section a paragraph was in, from the paragraph's id (`<section id>-p<n>`):
 * the section of that id in `report` if it still exists, else the id in words. For a note that
 * could not be placed: where it used to be.
 */
export function formerSection(
  report: { sections: readonly { id: string; heading: string }[] } | undefined,
  paragraphId: string
): string {
  const sectionId = paragraphId.replace(/-p\d+$/, '')
  const heading = report?.sections.find((s) => s.id === sectionId)?.heading
  if (heading) return heading
  const words = sectionId.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * What to tell the reader at launch about notes a new edition moved, or null when there is
 * nothing to tell.
 */
export function placementMessage({ moved, changed, unplaced }: PlacementCounts): string | null {
  if (moved + changed + unplaced === 0) return null
  const notes = (n: number) => `${n} ${n === 1 ? 'highlight' : 'highlights'}`
  const parts = [
    moved > 0
      ? `${notes(moved)} followed ${moved === 1 ? 'its' : 'their'} text to a new place`
      : '',
    changed > 0
      ? `${notes(changed)} now ${changed === 1 ? 'covers' : 'cover'} reworded text (the Notes tab shows the old and new words)`
      : '',
    unplaced > 0
      ? `${notes(unplaced)} could not be placed (listed under Unanchored in the Notes tab, with the reason and where ${unplaced === 1 ? 'it was' : 'they were'})`
      : ''
  ].filter(Boolean)
  const last = parts.pop() as string
  const list = parts.length > 0 ? `${parts.join('; ')}; and ${last}` : last
  return `A new edition of a report changed passages you had marked: ${list}. Nothing was lost.`
}
