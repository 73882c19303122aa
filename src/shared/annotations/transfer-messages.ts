import type { IpcResults } from '../ipc-contract'

/**
 * What the notes panel says after an export or an import: what happened, what was kept, and
 * what to do, in plain words.
 */

/** `chosen`: the notes asked for, in words after "notes" (notes-filter.ts), "" for all. */
export function exportMessage(result: IpcResults['exportAnnotations'], chosen: string): string {
  switch (result.status) {
    case 'saved':
      return `Exported ${result.count} ${result.count === 1 ? 'note' : 'notes'} to ${result.path}.`
    case 'cancelled':
      return 'Export cancelled. Nothing was written.'
    case 'empty':
      return chosen
        ? `Nothing to export: you have no notes ${chosen}. Nothing was written; choose other notes to export.`
        : 'Nothing to export: you have no highlights or notes yet. Nothing was written.'
  }
}
