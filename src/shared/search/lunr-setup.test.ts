import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize'
import { createIndexBuilder, loadSearchIndex, lunrTokenizer, matchedPositions } from './lunr-setup'

const docs = [
  {
    ref: 'r/overview-p1',
    heading: 'Overview',
    text: 'Kazakhstan’s program against “religious extremism” and non-violent movements.'
  },
  {
    ref: 'r/cooperation-p1',
    heading: 'International and Regional Cooperation',
    text: 'As a member of the C5+1, Kazakhstan participates in the C5+1 Security Working Group.'
  }
]

function buildIndex(): lunr.Index {
  const builder = createIndexBuilder()
  for (const doc of docs) builder.add(doc)
  return builder.build()
}

/** Every query word required, tokenized like the index (what a query engine should do). */
function search(index: lunr.Index, query: string): lunr.Index.Result[] {
  return index.query((q) => {
    for (const { term } of tokenize(query)) {
      q.term(term, { presence: lunr.Query.presence.REQUIRED })
    }
  })
}

describe('lunr setup', () => {
  it('tokenizes with tokenize and records [start, length] positions', () => {
    const tokens = lunrTokenizer('the U.S. program', { fields: ['text'] })
    expect(
      tokens.map((t) => [t.toString(), (t as unknown as { metadata: object }).metadata])
    ).toEqual([
      ['the', { fields: ['text'], position: [0, 3], index: 0 }],
      ['us', { fields: ['text'], position: [4, 3], index: 1 }],
      ['program', { fields: ['text'], position: [9, 7], index: 2 }]
    ])
  })

  it('finds words however the apostrophe or compound is typed', () => {
    const index = buildIndex()
    const refs = (query: string): string[] => search(index, query).map((r) => r.ref)
    expect(refs("Kazakhstan's")).toEqual(expect.arrayContaining(['r/overview-p1']))
    expect(refs('nonviolent')).toEqual(['r/overview-p1'])
    expect(refs('non-violent')).toEqual(['r/overview-p1'])
    expect(refs('C5+1')).toEqual(['r/cooperation-p1'])
    expect(refs('c5')).toEqual(['r/cooperation-p1'])
    expect(refs('extremisms')).toEqual(['r/overview-p1'])
  })

  it('keeps positions that point exactly at the word in the field text', () => {
    const [result] = search(buildIndex(), 'religious extremism')
    expect(result?.ref).toBe('r/overview-p1')
    const words = matchedPositions(result as lunr.Index.Result).map(
      ({ term, field, positions }) => [
        term,
        field,
        positions.map(([start, length]) => docs[0]?.text.slice(start, start + length))
      ]
    )
    expect(words).toEqual([
      ['religi', 'text', ['religious']],
      ['extrem', 'text', ['extremism']]
    ])
  })

  it('searches section headings too', () => {
    const [result, ...others] = search(buildIndex(), 'cooperation')
    expect([result?.ref, others]).toEqual(['r/cooperation-p1', []])
    const fields = matchedPositions(result as lunr.Index.Result).map((m) => [m.field, m.positions])
    expect(fields).toEqual([['heading', [[27, 11]]]])
  })

  it('drops stop words from the index', () => {
    expect(search(buildIndex(), 'the')).toEqual([])
  })

  it('round-trips through JSON with loadSearchIndex', () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(buildIndex())))
    expect(
      search(loaded, 'Kazakhstan')
        .map((r) => r.ref)
        .sort()
    ).toEqual(['r/cooperation-p1', 'r/overview-p1'])
  })

  it('rejects something that is not our index with a message', () => {
    expect(() => loadSearchIndex(null)).toThrow(/search index/)
    expect(() => loadSearchIndex({ version: '2.3.9', fields: ['body'] })).toThrow(
      /not an index of this app/
    )
  })
})
