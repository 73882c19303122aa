import type { ImportOutcome, ImportProgress, IpcResults } from '../ipc-contract'
import type { Formatter } from '../i18n/formatter'

/**
 * What the notes panel says after an export or an import: what happened, what was kept, and
 * what to do, in plain words, in the reader's language (`t`: the window's useT()).
 */

/** `chosen`: the notes asked for, in words after "notes" (notes-filter.ts), "" for all. */
export function exportMessage(
  t: Formatter,
  result: IpcResults['exportAnnotations'],
  chosen: string
): string {
  switch (result.status) {
    case 'saved':
      return t('transfer.exported', { count: result.count, path: result.path })
    case 'cancelled':
      return t('transfer.exportCancelled')
    case 'empty':
      return chosen ? t('transfer.nothingChosen', { chosen }) : t('transfer.nothingYet')
  }
}

/** A message with, for an import, the items that could not be imported and why. */
export interface TransferMessage {
  text: string
  details: string[]
}

export function importMessage(t: Formatter, outcome: ImportOutcome): TransferMessage {
  if (outcome.status === 'cancelled') return { text: t('transfer.importCancelled'), details: [] }
  if (outcome.status === 'unreadable') return { text: outcome.message, details: [] }
  const { imported, skipped, invalid, problems } = outcome
  const sentences = [
    imported > 0 ? t('transfer.imported', { count: imported }) : t('transfer.nothingNew')
  ]
  if (skipped > 0) sentences.push(t('transfer.skipped', { count: skipped }))
  if (invalid > 0) {
    sentences.push(
      problems.length < invalid
        ? t('transfer.invalidListed', { count: invalid, listed: problems.length })
        : t('transfer.invalid', { count: invalid })
    )
  }
  return { text: sentences.join(' '), details: problems }
}

/** How far an import has got, while it runs: "Importing notes: 4,000 of 20,000". */
export function importProgressMessage(
  t: Formatter,
  { stage, done, total }: ImportProgress
): TransferMessage {
  return {
    text: t(stage === 'checking' ? 'transfer.reading' : 'transfer.importing', { done, total }),
    details: []
  }
}
