import { describe, expect, it } from 'vitest'
import { oneReportLibrary } from '../../../test/support/one-report-library'
import type { Library } from '../report-model'
import { mulberry32 } from '../seeded-random'
import { hitSpans, snippetOf } from './hit-spans'
import { matchQuery } from './match-query'
import { packIndex } from './pack-index'
import { FIELD_TEXT, PackedIndex } from './packed-index'
import { parseQuery } from './query-parser'
import { freshLookups, planClause } from './query-plan'
import { Scratch } from './scratch'
import { makeSnippet } from './snippet'

/** Paragraphs of plain ASCII prose, with compounds, possessives, numbers and repeated phrases. */
function library(): Library {
  const random = mulberry32(3)
  const words = [
    'border',
    'security',
    "guard's",
    'command-line',
    'interface',
    'API/PNR',
    'C5+1',
    '181,000',
    'U.S.',
    'e.g.',
    'non-violent',
    'nonviolent',
    'the',
    'of',
    'and',
    'report',
    'reports',
    'reporting',
    'command',
    'line',
    'financing',
    'terrorism',
    '19.8',
    "isn't",
    'x-ray',
    'a'
  ]
  const paragraph = () =>
    Array.from({ length: 5 + Math.floor(random() * 120) }, (_, i) => {
      const word = words[Math.floor(random() * words.length)] as string
      return i % 9 === 8 ? `${word}.` : i % 13 === 12 ? `(${word}),` : word
    }).join(' ')
  return oneReportLibrary([['Border reports', Array.from({ length: 200 }, () => paragraph())]])
}

describe('the marks of a result’s snippet', () => {
  const index = new PackedIndex(packIndex(library()))
  const scratch = new Scratch(index.documentCount)

  it('are the same placed from word positions as found by tokenizing the paragraph', () => {
    const queries = [
      'border',
      'security border',
      'guard',
      'command line interface',
      '"command line interface"',
      'command-line',
      'commandline',
      '"border security"',
      'api pnr',
      'API/PNR',
      'c5+1',
      '181000',
      'report',
      'repor',
      'non-violent',
      'nonviolent',
      '"the border"',
      'x-ray',
      'isnt',
      '19.8',
      'financing -terrorism',
      '+border reports',
      '"reporting of the',
      'line inter'
    ]
    let compared = 0
    for (const query of queries)
      for (const asYouType of [false, true]) {
        const parsed = parseQuery(query, asYouType)
        const requirements = parsed.clauses.map((c) => planClause(index, c, freshLookups(index)))
        const match = matchQuery(index, scratch, requirements, [0, index.documentCount])
        for (const doc of match.docs) {
          const { text } = index.paragraph(doc)
          const placed = snippetOf(index, requirements, doc, text)
          const tokenized = makeSnippet(text, hitSpans(index, requirements, text, FIELD_TEXT))
          expect(placed, `${query} ${doc}`).toEqual(tokenized)
          compared++
        }
      }
    expect(compared).toBeGreaterThan(1000)
  })
})
