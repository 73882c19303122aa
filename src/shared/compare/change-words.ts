import type { NotePlacement } from './edition-comparison'
import { countChanges, type ChangeKind, type ChangeUnit, type EditionChange } from './change-model'
import { countOf, formatCount } from '../text/format-count'

/** How the "What changed" view names changes and notes, in plain words. */

const KIND: Record<ChangeKind, string> = {
  inserted: 'Added',
  deleted: 'Removed',
  modified: 'Reworded',
  moved: 'Moved'
}

const UNIT: Record<ChangeUnit, string> = {
  sentence: 'text',
  paragraph: 'paragraph',
  section: 'section',
  heading: 'heading'
}

/** "Added text", "Reworded heading", "Moved paragraph". */
export function changeTitle(change: Pick<EditionChange, 'kind' | 'unit'>): string {
  return `${KIND[change.kind]} ${UNIT[change.unit]}`
}

/** "4 changes: 1 added, 1 removed, 1 reworded, 1 moved" (kinds with none left out). */
export function changeSummary(changes: readonly EditionChange[]): string {
  if (changes.length === 0) return 'No changes to the text.'
  const counts = countChanges(changes)
  const parts = (Object.keys(KIND) as ChangeKind[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${formatCount(counts[kind])} ${KIND[kind].toLowerCase()}`)
  return `${countOf(changes.length, 'change', 'changes')}: ${parts.join(', ')}.`
}

/** What became of a note a change touches. */
export const PLACEMENT_WORDS: Record<NotePlacement, string> = {
  moved: 'Your highlight followed its text here.',
  changed: 'Your highlight now covers reworded text.',
  unplaced:
    'Your highlight could not be placed in this edition; it is listed under Unanchored in the Notes tab.',
  'in-place': 'Your highlight is here, unchanged.'
}
