import { describe, expect, it } from 'vitest'
import {
  defaultCompared,
  matchingSections,
  sectionFinder,
  sectionKey,
  type SectionMatch
} from './section-match'

const report = (id: string, ...headings: string[]) => ({
  id,
  sections: headings.map((heading, i) => ({ id: `${id}-s${i + 1}`, heading, paragraphs: [] }))
})

describe('a section key', () => {
  it('is the same for headings that differ in case, punctuation and spacing', () => {
    const key = sectionKey('Legislation, Law Enforcement, and Border Security')
    expect(sectionKey('Legislation, law enforcement and border security')).toBe(key)
    expect(sectionKey('LEGISLATION LAW ENFORCEMENT AND BORDER SECURITY:')).toBe(key)
    expect(sectionKey('Legislation,\u00a0Law Enforcement,  and Border Security ')).toBe(key)
    expect(sectionKey('Legislation, Law Enforcement & Border Security')).toBe(key)
  })

  it('leaves out a year standing on its own, wherever it stands', () => {
    const key = sectionKey('2021 Terrorist Incidents')
    expect(sectionKey('2020 Terrorist Incidents')).toBe(key)
    expect(sectionKey('Terrorist incidents (2019)')).toBe(key)
    expect(key).not.toMatch(/\d/)
  })

  it('keeps numbers that are not years, and a heading that is only a year', () => {
    expect(sectionKey('UNSCR 2396 Implementation')).not.toBe(sectionKey('UNSCR Implementation'))
    expect(sectionKey('C5+1 Dialogue')).not.toBe(sectionKey('C Dialogue'))
    expect(sectionKey('2021')).not.toBe('')
    expect(sectionKey('2021')).not.toBe(sectionKey('2020'))
  })

  it('tells different sections apart', () => {
    expect(sectionKey('Countering Violent Extremism')).not.toBe(
      sectionKey('Countering the Financing of Terrorism')
    )
    expect(sectionKey('Overview')).not.toBe(sectionKey('Overview of Legislation'))
  })

  it('keeps letters of every script', () => {
    expect(sectionKey('Законодательство, 2021')).toBe(sectionKey('законодательство'))
    expect(sectionKey('Законодательство')).not.toBe('')
  })
})

describe('the sections that match across a library', () => {
  const library = {
    reports: [
      report(
        'kazakhstan',
        'Overview',
        '2021 Terrorist Incidents',
        'Legislation, Law Enforcement, and Border Security'
      ),
      report('field-guide', 'Getting Started', 'Keeping Notes'),
      report(
        'kyrgyz',
        'Overview',
        '2020 Terrorist Incidents',
        'Legislation, law enforcement and border security'
      ),
      report('tajik', 'Overview', 'Terrorist Incidents', 'Overview')
    ]
  }

  it('lists each report that has the section, in library order, with its own heading', () => {
    expect(matchingSections(library, sectionKey('2021 Terrorist Incidents'))).toEqual([
      { reportId: 'kazakhstan', sectionId: 'kazakhstan-s2', heading: '2021 Terrorist Incidents' },
      { reportId: 'kyrgyz', sectionId: 'kyrgyz-s2', heading: '2020 Terrorist Incidents' },
      { reportId: 'tajik', sectionId: 'tajik-s2', heading: 'Terrorist Incidents' }
    ])
  })

  it('takes the first of a heading a report repeats', () => {
    expect(matchingSections(library, sectionKey('Overview')).map((m) => m.sectionId)).toEqual([
      'kazakhstan-s1',
      'kyrgyz-s1',
      'tajik-s1'
    ])
  })

  it('finds nothing for a key no report has', () => {
    expect(matchingSections(library, sectionKey('Glossary'))).toEqual([])
  })

  it('gives the same from an index of every heading, made once, for every key', () => {
    const find = sectionFinder(library.reports)
    const keys = library.reports.flatMap((r) => r.sections.map((s) => sectionKey(s.heading)))
    for (const key of [...keys, sectionKey('Glossary')]) {
      expect(find(key)).toEqual(matchingSections(library, key))
    }
    // What it answers is the caller's: changing it changes nothing in the index.
    find(sectionKey('Overview')).pop()
    expect(find(sectionKey('Overview'))).toHaveLength(3)
  })
})

describe('the reports a comparison opens with', () => {
  const matches: SectionMatch[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
    reportId: id,
    sectionId: 'overview',
    heading: 'Overview'
  }))

  it('are the current report and the next two that have the section', () => {
    expect(defaultCompared(matches, 'b')).toEqual(['b', 'c', 'd'])
  })

  it('wrap round to the start of the library', () => {
    expect(defaultCompared(matches, 'e')).toEqual(['e', 'a', 'b'])
  })

  it('are all of them when fewer reports have the section, and never more than four', () => {
    expect(defaultCompared(matches.slice(0, 2), 'b')).toEqual(['b', 'a'])
    expect(defaultCompared(matches, 'a', 10)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('start at the first report that has it when the current one does not', () => {
    expect(defaultCompared(matches, 'z')).toEqual(['a', 'b', 'c'])
  })
})
