import { describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/translator'
import { exportMessage, importMessage, importProgressMessage } from './transfer-messages'

const en = createTranslator('en')

describe('what the notes panel says after an export', () => {
  it('says how many notes went where', () => {
    expect(exportMessage(en, { status: 'saved', path: '/home/a/notes.md', count: 3 }, '')).toBe(
      'Exported 3 notes to /home/a/notes.md.'
    )
    expect(
      exportMessage(en, { status: 'saved', path: 'n.md', count: 1 }, 'coloured Evidence')
    ).toBe('Exported 1 note to n.md.')
    expect(exportMessage(en, { status: 'saved', path: 'n.md', count: 1502 }, '')).toBe(
      'Exported 1,502 notes to n.md.'
    )
  })

  it('says that nothing was written when there was nothing to export, or it was cancelled', () => {
    expect(exportMessage(en, { status: 'empty' }, 'coloured Evidence and tagged “law”')).toBe(
      'Nothing to export: you have no notes coloured Evidence and tagged “law”. Nothing was written; choose other notes to export.'
    )
    expect(exportMessage(en, { status: 'empty' }, '')).toBe(
      'Nothing to export: you have no highlights or notes yet. Nothing was written.'
    )
    expect(exportMessage(en, { status: 'cancelled' }, '')).toBe(
      'Export cancelled. Nothing was written.'
    )
  })
})

describe('what the notes panel says after an import', () => {
  const outcome = (imported: number, skipped: number, invalid: number, problems: string[] = []) =>
    importMessage(en, { status: 'imported', imported, skipped, invalid, problems })

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
      importMessage(en, {
        status: 'unreadable',
        message: 'The file holds no notes. Nothing was imported.'
      })
    ).toEqual({
      text: 'The file holds no notes. Nothing was imported.',
      details: []
    })
    expect(importMessage(en, { status: 'cancelled' }).text).toBe(
      'Import cancelled. Nothing was imported.'
    )
  })
})

describe('what the notes panel says while an import runs', () => {
  it('counts the notes read from the file, then the notes imported, in plain numbers', () => {
    expect(importProgressMessage(en, { stage: 'checking', done: 4000, total: 20000 }).text).toBe(
      'Reading notes: 4,000 of 20,000'
    )
    expect(importProgressMessage(en, { stage: 'saving', done: 4000, total: 20000 }).text).toBe(
      'Importing notes: 4,000 of 20,000'
    )
  })
})

describe('the same messages in Russian and Arabic, with every plural form', () => {
  const ru = createTranslator('ru')
  const ar = createTranslator('ar')
  const saved = (count: number) => ({ status: 'saved' as const, path: 'n.md', count })
  const imported = (
    imported: number,
    skipped: number,
    invalid: number,
    problems: string[] = []
  ) => ({ status: 'imported' as const, imported, skipped, invalid, problems })

  it('Russian: 1 заметка, 2 заметки, 5 заметок, 21 заметка, with grouped thousands', () => {
    expect(exportMessage(ru, saved(1), '')).toBe('Экспортировано в n.md: 1 заметка.')
    expect(exportMessage(ru, saved(3), '')).toBe('Экспортировано в n.md: 3 заметки.')
    expect(exportMessage(ru, saved(5), '')).toBe('Экспортировано в n.md: 5 заметок.')
    expect(exportMessage(ru, saved(21), '')).toBe('Экспортировано в n.md: 21 заметка.')
    expect(exportMessage(ru, saved(1502), '')).toBe('Экспортировано в n.md: 1\u00a0502 заметки.')
    expect(importMessage(ru, imported(0, 2, 25, ['…'])).text).toBe(
      'Ничего нового не импортировано. 2 заметки уже были здесь, поэтому пропущены. Не удалось импортировать 25 заметок (ниже первые 1):'
    )
    expect(exportMessage(ru, { status: 'empty' }, '')).toBe(
      'Экспортировать нечего: у вас пока нет ни выделений, ни заметок. Ничего не записано.'
    )
    expect(importProgressMessage(ru, { stage: 'saving', done: 4000, total: 20000 }).text).toBe(
      'Импорт заметок: 4\u00a0000 из 20\u00a0000'
    )
  })

  it('Arabic: one, two, few (3–10) and many (11–99) forms', () => {
    expect(exportMessage(ar, saved(1), '')).toBe('صُدّرت ملاحظة واحدة إلى n.md.')
    expect(exportMessage(ar, saved(2), '')).toBe('صُدّرت ملاحظتان إلى n.md.')
    expect(exportMessage(ar, saved(3), '')).toBe('صُدّرت 3 ملاحظات إلى n.md.')
    expect(exportMessage(ar, saved(11), '')).toBe('صُدّرت 11 ملاحظة إلى n.md.')
    expect(importMessage(ar, imported(1, 2, 0)).text).toBe(
      'اُستوردت ملاحظة واحدة. كانت ملاحظتان موجودتين من قبل، فتُخطّيتا.'
    )
    expect(importMessage(ar, { status: 'cancelled' }).text).toBe('أُلغي الاستيراد. لم يُستورد شيء.')
  })
})
