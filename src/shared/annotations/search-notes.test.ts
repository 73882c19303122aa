import { describe, expect, it } from 'vitest'
import type { Annotation } from './annotation-model'
import { searchNotes } from './search-notes'

const base = {
  reportId: 'crt2021-kazakhstan',
  editionHash: 'a'.repeat(64),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

const notes: Annotation[] = [
  {
    ...base,
    id: 'note-0001',
    target: {
      kind: 'text',
      paragraphId: 'overview-p1',
      position: { start: 0, end: 10 },
      quote: { exact: 'Kazakhstan’s border guards', prefix: '', suffix: '' }
    },
    color: 'yellow',
    note: 'Ask the trainer about repatriated families.',
    tags: ['follow-up']
  },
  {
    ...base,
    id: 'note-0002',
    target: { kind: 'section', sectionId: 'overview' },
    color: 'blue',
    note: 'Compare with the 2020 report.',
    tags: ['compare']
  }
]

const ids = (query: string) => searchNotes(notes, query).map((h) => h.id)

describe('searching my notes', () => {
  it('finds words in the note, the quote and the tags, in any form', () => {
    expect(ids('repatriation')).toEqual(['note-0001'])
    expect(ids("Kazakhstan's guard")).toEqual(['note-0001'])
    expect(ids('follow-up')).toEqual(['note-0001'])
    expect(ids('compare 2020')).toEqual(['note-0002'])
  })

  it('matches the word being typed by its start, and honours -words', () => {
    expect(ids('trai')).toEqual(['note-0001'])
    expect(ids('report -compare')).toEqual([])
  })

  it('marks exactly the matched words', () => {
    const [hit] = searchNotes(notes, 'trainer families')
    expect(hit?.noteHighlights.map(([s, e]) => hit.note.slice(s, e))).toEqual([
      'trainer',
      'families'
    ])
  })

  it('finds a note by what it says now, once it is changed (a change is a new note object)', () => {
    const before = notes[1] as Annotation
    expect(searchNotes([before], 'compare')).toHaveLength(1)
    const after = { ...before, note: 'Check against the 2019 edition.', tags: ['check'] }
    expect(searchNotes([after], 'compare')).toEqual([])
    expect(searchNotes([after], 'edition').map((h) => h.id)).toEqual([before.id])
    expect(searchNotes([after], 'edi').map((h) => h.id)).toEqual([before.id])
  })

  it('marks only the field that has the word, and counts a word found anywhere', () => {
    const [hit] = searchNotes(notes, 'border ask')
    expect(hit?.quoteHighlights.map(([s, e]) => hit.quote.slice(s, e))).toEqual(['border'])
    expect(hit?.noteHighlights.map(([s, e]) => hit.note.slice(s, e))).toEqual(['Ask'])
    expect(ids('border -follow')).toEqual([])
  })

  it('finds nothing for stop words or odd input', () => {
    for (const query of ['the', '', '*', '-', '"']) expect(ids(query)).toEqual([])
  })
})

describe('notes in any script', () => {
  const note = (text: string): Annotation => ({ ...(notes[1] as Annotation), note: text })

  it.each([
    ['Arabic, typed without the vowel marks the note has', 'مُكَافَحَة الإرهاب', 'مكافحة'],
    ['Persian, typed on an Arabic keyboard', 'یادداشت درباره کشور', 'كشور'],
    ['Russian, in another case', 'Заметка о ТЕРРОРИЗМЕ', 'терроризме'],
    ['Chinese, part of a sentence', '关于反恐怖主义的笔记', '恐怖主义'],
    ['Japanese, part of a sentence', 'テロ対策についてのメモ', '対策']
  ])('%s', (_, text, query) => {
    expect(searchNotes([note(text)], query)).toHaveLength(1)
  })
})
