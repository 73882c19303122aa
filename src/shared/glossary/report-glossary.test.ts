import { describe, expect, it } from 'vitest'
import { reportGlossary } from './report-glossary'

/** A report of one section whose paragraphs are `texts`, ids p1, p2, … */
const reportOf = (...texts: string[]) => ({
  id: 'russia',
  sections: [{ paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text })) }]
})

describe('a report’s glossary', () => {
  it('keeps a name vouched for by its first letter alone, flagged, when nothing better defines it', () => {
    const glossary = reportGlossary(
      reportOf('Russia’s Federal Security Service (FSB) arrested two men.', 'The FSB said so.')
    )
    expect(glossary).toEqual([
      {
        term: 'FSB',
        expansion: 'Federal Security Service',
        reportId: 'russia',
        firstUse: 'p1',
        source: 'text',
        firstLetterOnly: true
      }
    ])
  })

  it('takes a later definition whose letters fit over an earlier first-letter guess', () => {
    const glossary = reportGlossary(
      reportOf(
        'Russia’s Federal Security Service (FSB) arrested two men.',
        'In Russian, the Federalnaya Sluzhba Bezopasnosti (FSB) is the KGB’s heir.'
      )
    )
    expect(glossary).toEqual([
      {
        term: 'FSB',
        expansion: 'Federalnaya Sluzhba Bezopasnosti',
        reportId: 'russia',
        firstUse: 'p1',
        source: 'text'
      }
    ])
  })

  it('keeps an edition’s expansion over either', () => {
    const glossary = reportGlossary(
      reportOf('Russia’s Federal Security Service (FSB) arrested two men.'),
      [{ term: 'FSB', expansion: 'Federal Security Service of the Russian Federation' }]
    )
    expect(glossary.map((t) => [t.expansion, t.source, t.firstLetterOnly])).toEqual([
      ['Federal Security Service of the Russian Federation', 'edition', undefined]
    ])
  })
})
