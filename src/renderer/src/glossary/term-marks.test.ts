import { describe, expect, it } from 'vitest'
import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'
import { termMarksByParagraph } from './term-marks'

const term = (acronym: string, expansion: string): GlossaryTerm => ({
  term: acronym,
  expansion,
  reportId: 'r',
  firstUse: 'a-p1',
  source: 'text'
})

const sections = [
  {
    id: 'a',
    heading: 'A',
    paragraphs: [
      { id: 'a-p1', text: 'The CT unit and the KNB.' },
      { id: 'a-p2', text: 'More CT work.' }
    ]
  },
  { id: 'b', heading: 'B', paragraphs: [{ id: 'b-p1', text: 'CT again, and CT.' }] }
]

describe('the acronyms marked in a report', () => {
  const marks = termMarksByParagraph(sections, [
    term('CT', 'counterterrorism'),
    term('KNB', 'Committee for National Security')
  ])
  const summary = (id: string) =>
    marks.get(id)?.map((m) => [m.term, m.expansion.slice(0, 9), m.tabStop])

  it('marks every use with its expansion; the first in each section is a tab stop', () => {
    expect(summary('a-p1')).toEqual([
      ['CT', 'counterte', true],
      ['KNB', 'Committee', true]
    ])
    expect(summary('a-p2')).toEqual([['CT', 'counterte', false]])
    expect(summary('b-p1')).toEqual([
      ['CT', 'counterte', true],
      ['CT', 'counterte', false]
    ])
  })

  it('marks nothing without a glossary', () => {
    expect(termMarksByParagraph(sections, []).size).toBe(0)
  })
})
