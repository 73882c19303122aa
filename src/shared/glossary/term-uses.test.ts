import { describe, expect, it } from 'vitest'
import { termMatcher } from './term-uses'

const uses = (terms: string[], text: string) =>
  termMatcher(terms)?.(text).map((use) => [use.term, text.slice(use.start, use.end)]) ?? []

describe('where a text uses acronyms', () => {
  it('finds whole words only', () => {
    expect(uses(['CT'], 'CT, not CTED or ICT; CT.')).toEqual([
      ['CT', 'CT'],
      ['CT', 'CT']
    ])
  })

  it('finds an acronym in the singular and the plural', () => {
    expect(uses(['FTFs'], 'an FTF and two FTFs')).toEqual([
      ['FTFs', 'FTF'],
      ['FTFs', 'FTFs']
    ])
    expect(uses(['NGO'], 'NGOs')).toEqual([['NGO', 'NGOs']])
  })

  it('prefers the longer term where two overlap', () => {
    expect(uses(['API', 'API/PNR'], 'API/PNR and API')).toEqual([
      ['API/PNR', 'API/PNR'],
      ['API', 'API']
    ])
  })

  it('has nothing to find without terms', () => {
    expect(termMatcher([])).toBeNull()
  })
})
