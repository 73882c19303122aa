import { describe, expect, it } from 'vitest'
import type { ProcessedReport } from '../report-model'
import { hitPlaces, placeOfHit } from './hit-places'

const report = {
  id: 'r',
  sections: [
    {
      id: 'a',
      heading: 'A',
      paragraphs: [
        { id: 'a-p1', text: '' },
        { id: 'a-p2', text: '' }
      ]
    },
    { id: 'b', heading: 'B', paragraphs: [{ id: 'b-p1', text: '' }] }
  ]
} as unknown as ProcessedReport

describe('the hits of a report in reading order', () => {
  const places = hitPlaces(
    {
      reportId: 'r',
      // Given out of reading order on purpose: the numbering follows the text, not the lists.
      paragraphs: [
        { paragraphId: 'b-p1', spans: [[0, 2]] },
        {
          paragraphId: 'a-p2',
          spans: [
            [1, 3],
            [5, 6]
          ]
        }
      ],
      headings: [{ sectionId: 'b', spans: [[0, 1]] }],
      hitCount: 4
    },
    report
  )

  it('puts a section heading before its paragraphs and numbers every hit once', () => {
    expect(places.map((p) => [p.kind, p.id, p.first])).toEqual([
      ['paragraph', 'a-p2', 0],
      ['heading', 'b', 2],
      ['paragraph', 'b-p1', 3]
    ])
  })

  it('finds the place of any hit number', () => {
    expect(placeOfHit(places, 1)?.id).toBe('a-p2')
    expect(placeOfHit(places, 2)?.kind).toBe('heading')
    expect(placeOfHit(places, 4)).toBeUndefined()
  })

  it('has nothing for the hits of another report', () => {
    expect(hitPlaces({ reportId: 'x', paragraphs: [], headings: [], hitCount: 0 }, report)).toEqual(
      []
    )
  })
})
