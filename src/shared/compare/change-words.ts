import type { MessageId } from '../i18n/catalog-types'
import type { Formatter } from '../i18n/formatter'
import type { NotePlacement } from './edition-comparison'
import { countChanges, type ChangeKind, type EditionChange } from './change-model'

/** How the "What changed" view names changes and notes, in the reader's language. */

const KINDS: ChangeKind[] = ['inserted', 'deleted', 'modified', 'moved']

/** "Added text", "Reworded heading", "Moved paragraph". */
export function changeTitle(change: Pick<EditionChange, 'kind' | 'unit'>, t: Formatter): string {
  return t(`change.title.${change.kind}.${change.unit}` as MessageId)
}

/** "4 changes: 1 added, 1 removed, 1 reworded, 1 moved" (kinds with none left out). */
export function changeSummary(changes: readonly EditionChange[], t: Formatter): string {
  if (changes.length === 0) return t('change.none')
  const counts = countChanges(changes)
  const parts = KINDS.filter((kind) => counts[kind] > 0).map((kind) =>
    t(`change.count.${kind}` as MessageId, { count: counts[kind] })
  )
  return t('change.summary', { count: changes.length, kinds: t.list(parts, 'unit') })
}

/** What became of a note a change touches. */
export const PLACEMENT_WORDS: Record<NotePlacement, MessageId> = {
  moved: 'change.note.moved',
  changed: 'change.note.changed',
  unplaced: 'change.note.unplaced',
  'in-place': 'change.note.inPlace'
}
