import type { ImportOutcome, ImportProgress, IpcResults } from '../ipc-contract'
import { countOf, formatCount } from '../text/format-count'

/**
 * What the notes panel says after an export or an import: what happened, what was kept, and
 * what to do, in plain words.
 */

/** `chosen`: the notes asked for, in words after "notes" (notes-filter.ts), "" for all. */
export function exportMessage(result: IpcResults['exportAnnotations'], chosen: string): string {
  switch (result.status) {
    case 'saved':
      return `Exported ${countOf(result.count, 'note', 'notes')} to ${result.path}.`
    case 'cancelled':
      return 'Export cancelled. Nothing was written.'
    case 'empty':
      return chosen
        ? `Nothing to export: you have no notes ${chosen}. Nothing was written; choose other notes to export.`
        : 'Nothing to export: you have no highlights or notes yet. Nothing was written.'
  }
}

/** A message with, for an import, the items that could not be imported and why. */
export interface TransferMessage {
  text: string
  details: string[]
}

export function importMessage(outcome: ImportOutcome): TransferMessage {
  if (outcome.status === 'cancelled') {
    return { text: 'Import cancelled. Nothing was imported.', details: [] }
  }
  if (outcome.status === 'unreadable') return { text: outcome.message, details: [] }
  const { imported, skipped, invalid, problems } = outcome
  const n = formatCount
  const sentences = [
    imported > 0 ? `Imported ${countOf(imported, 'note', 'notes')}.` : 'Nothing new was imported.'
  ]
  if (skipped > 0) {
    sentences.push(
      skipped === 1
        ? '1 was already here, so it was skipped.'
        : `${n(skipped)} were already here, so they were skipped.`
    )
  }
  if (invalid > 0) {
    const listed = problems.length < invalid ? ` (the first ${n(problems.length)} are listed)` : ''
    sentences.push(`${n(invalid)} could not be imported${listed}:`)
  }
  return { text: sentences.join(' '), details: problems }
}

/** How far an import has got, while it runs: "Importing notes: 4,000 of 20,000". */
export function importProgressMessage({ stage, done, total }: ImportProgress): TransferMessage {
  const count = `${formatCount(done)} of ${formatCount(total)}`
  return {
    text: stage === 'checking' ? `Reading notes: ${count}` : `Importing notes: ${count}`,
    details: []
  }
}
