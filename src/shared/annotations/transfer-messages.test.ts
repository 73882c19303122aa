import { describe, expect, it } from 'vitest'
import { exportMessage } from './transfer-messages'

describe('what the notes panel says after an export', () => {
  it('says how many notes went where', () => {
    expect(exportMessage({ status: 'saved', path: '/home/a/notes.md', count: 3 }, '')).toBe(
      'Exported 3 notes to /home/a/notes.md.'
    )
    expect(exportMessage({ status: 'saved', path: 'n.md', count: 1 }, 'coloured Evidence')).toBe(
      'Exported 1 note to n.md.'
    )
  })

  it('says that nothing was written when there was nothing to export, or it was cancelled', () => {
    expect(exportMessage({ status: 'empty' }, 'coloured Evidence and tagged “law”')).toBe(
      'Nothing to export: you have no notes coloured Evidence and tagged “law”. Nothing was written; choose other notes to export.'
    )
    expect(exportMessage({ status: 'empty' }, '')).toBe(
      'Nothing to export: you have no highlights or notes yet. Nothing was written.'
    )
    expect(exportMessage({ status: 'cancelled' }, '')).toBe(
      'Export cancelled. Nothing was written.'
    )
  })
})
