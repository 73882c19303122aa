import { describe, expect, it } from 'vitest'
import { exportMessage, importMessage, importProgressMessage } from './transfer-messages'

describe('what the notes panel says after an export', () => {
  it('says how many notes went where', () => {
    expect(exportMessage({ status: 'saved', path: '/home/a/notes.md', count: 3 }, '')).toBe(
      'Exported 3 notes to /home/a/notes.md.'
    )
    expect(exportMessage({ status: 'saved', path: 'n.md', count: 1 }, 'coloured Evidence')).toBe(
      'Exported 1 note to n.md.'
    )
    expect(exportMessage({ status: 'saved', path: 'n.md', count: 1502 }, '')).toBe(
      'Exported 1,502 notes to n.md.'
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

describe('what the notes panel says after an import', () => {
  const outcome = (imported: number, skipped: number, invalid: number, problems: string[] = []) =>
    importMessage({ status: 'imported', imported, skipped, invalid, problems })

  it('says what was imported, what was already here, and what could not be, item by item', () => {
    expect(outcome(2, 0, 0)).toEqual({ text: 'Imported 2 notes.', details: [] })
    expect(outcome(0, 2, 0).text).toBe(
      'Nothing new was imported. 2 were already here, so they were skipped.'
    )
    const purple =
      'Item 3: its colour “purple” is not one of the app’s colours (yellow, green, blue, pink).'
    expect(outcome(1, 1, 1, [purple])).toEqual({
      text: 'Imported 1 note. 1 was already here, so it was skipped. 1 could not be imported:',
      details: [purple]
    })
    expect(outcome(0, 0, 25, Array(20).fill(purple)).text).toBe(
      'Nothing new was imported. 25 could not be imported (the first 20 are listed):'
    )
  })

  it('passes on why a file could not be read, and says when the import was cancelled', () => {
    expect(
      importMessage({
        status: 'unreadable',
        message: 'The file holds no notes. Nothing was imported.'
      })
    ).toEqual({
      text: 'The file holds no notes. Nothing was imported.',
      details: []
    })
    expect(importMessage({ status: 'cancelled' }).text).toBe(
      'Import cancelled. Nothing was imported.'
    )
  })
})

describe('what the notes panel says while an import runs', () => {
  it('counts the notes read from the file, then the notes imported, in plain numbers', () => {
    expect(importProgressMessage({ stage: 'checking', done: 4000, total: 20000 }).text).toBe(
      'Reading notes: 4,000 of 20,000'
    )
    expect(importProgressMessage({ stage: 'saving', done: 4000, total: 20000 }).text).toBe(
      'Importing notes: 4,000 of 20,000'
    )
  })
})
