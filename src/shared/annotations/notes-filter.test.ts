import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DEFAULT_COLOR_LABELS, type Annotation } from './annotation-model'
import { createTranslator } from '../i18n/translator'
import { matchesNotesFilter, NotesFilterSchema, notesFilterWords } from './notes-filter'

const note = (reportId: string, color: Annotation['color'], tags: string[]) =>
  ({ reportId, color, tags }) as Annotation

describe('choosing notes by report, colour and tag', () => {
  const notes = [
    note('kz', 'green', ['law']),
    note('kz', 'yellow', ['law', 'knb']),
    note('guide', 'green', [])
  ]
  const chosen = (filter: v.InferInput<typeof NotesFilterSchema>) =>
    notes.filter((n) => matchesNotesFilter(n, v.parse(NotesFilterSchema, filter)))

  it('keeps the notes that match every part given, all of them when none is', () => {
    expect(chosen({})).toEqual(notes)
    expect(chosen({ color: 'green' })).toEqual([notes[0], notes[2]])
    expect(chosen({ tag: 'law', color: 'green' })).toEqual([notes[0]])
    expect(chosen({ reportId: 'guide' })).toEqual([notes[2]])
    expect(chosen({ reportId: 'guide', tag: 'law' })).toEqual([])
  })

  it('matches a tag whatever its case, and words in the quote, the note or a tag', () => {
    expect(chosen({ tag: 'LAW' })).toEqual([notes[0], notes[1]])
    const withText = (quote: string, text: string) =>
      ({
        reportId: 'kz',
        color: 'blue',
        tags: ['Café'],
        note: text,
        target: {
          kind: 'text',
          paragraphId: 'p-p1',
          position: { start: 0, end: 1 },
          quote: { exact: quote, prefix: '', suffix: '' }
        }
      }) as Annotation
    const filterText = (n: Annotation, text: string) =>
      matchesNotesFilter(n, v.parse(NotesFilterSchema, { text }))
    const a = withText('Committee for National Security', 'Ask the trainer.')
    expect(filterText(a, 'national security')).toBe(true)
    expect(filterText(a, 'TRAINER')).toBe(true)
    expect(filterText(a, 'cafe')).toBe(true)
    expect(filterText(a, 'egmont')).toBe(false)
  })

  it('refuses what no reader could have chosen', () => {
    for (const bad of [{ color: 'purple' }, { tag: '' }, { reportId: '../x' }, { other: 1 }]) {
      expect(v.safeParse(NotesFilterSchema, bad).success, JSON.stringify(bad)).toBe(false)
    }
  })

  it('says in words what was chosen, with the colour’s meaning and the report’s title', () => {
    const title = (id: string) => (id === 'guide' ? 'Field Guide' : undefined)
    const words = (filter: object) =>
      notesFilterWords(createTranslator('en'), filter, DEFAULT_COLOR_LABELS, title)
    expect(words({})).toBe('')
    expect(words({ color: 'green' })).toBe('coloured Evidence')
    expect(words({ color: 'green', tag: 'law' })).toBe('coloured Evidence and tagged “law”')
    expect(words({ reportId: 'guide', color: 'pink', tag: 'law' })).toBe(
      'in “Field Guide”, coloured Follow up, and tagged “law”'
    )
    expect(words({ reportId: 'gone' })).toBe('in “gone”')
  })

  it('says them in the reader’s language, joined by its own rules', () => {
    const title = () => 'Field Guide'
    const filter = { reportId: 'guide', color: 'green', tag: 'law' } as const
    expect(notesFilterWords(createTranslator('ru'), filter, DEFAULT_COLOR_LABELS, title)).toBe(
      'в отчёте «Field Guide», цвета «Evidence» и с меткой «law»'
    )
    expect(notesFilterWords(createTranslator('ar'), filter, DEFAULT_COLOR_LABELS, title)).toBe(
      'في «Field Guide» وباللون «Evidence» والموسومة بـ«law»'
    )
  })
})
