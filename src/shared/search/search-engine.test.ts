import { describe, expect, it } from 'vitest'
import { DEFAULT_EDITION, LIBRARY_FORMAT_VERSION, type Library } from '../report-model'
import { createSearchEngine } from './search-engine'
import { packIndex } from './pack-index'

/** A two-report library written for these cases. */
function library(): Library {
  const report = (id: string, sections: [string, string[]][]) => ({
    id,
    format: 'text' as const,
    sourceFile: `${id}.txt`,
    metadata: { title: id, publisher: 'P', sourceUrl: 'https://example.org', edition: '1' },
    contentHash: '0'.repeat(64),
    sections: sections.map(([heading, paragraphs]) => {
      const sectionId = heading.toLowerCase().replace(/\W+/g, '-')
      return {
        id: sectionId,
        heading,
        paragraphs: paragraphs.map((text, i) => ({ id: `${sectionId}-p${i + 1}`, text }))
      }
    })
  })
  return {
    formatVersion: LIBRARY_FORMAT_VERSION,
    edition: DEFAULT_EDITION,
    reports: [
      report('alpha', [
        ['Border Security', ['Guards patrol the border. Security at the border is tight.']],
        ['Finance', ['The security council met. The border was not discussed.', 'Unrelated text.']]
      ]),
      report('beta', [['Notes', ['Border security matters in beta too.']]]),
      report('gamma', [
        [
          'Sources',
          [
            '该国通过了新的反恐怖主义法。',
            'Доклад о борьбе с терроризмом.',
            'تقرير عن مكافحة الإرهاب في المنطقة.'
          ]
        ]
      ])
    ]
  }
}

const engine = (() => {
  const lib = library()
  return createSearchEngine(lib, packIndex(lib))
})()

describe('the search engine', () => {
  it('matches phrases only where the words stand together, and marks the whole phrase', () => {
    const response = engine.search('"border security"')
    // alpha/finance-p1 has both words, apart: not a phrase match. The alpha heading is.
    expect(response.results.map((r) => `${r.reportId}/${r.paragraphId}`).sort()).toEqual([
      'alpha/border-security-p1',
      'beta/notes-p1'
    ])
    const beta = response.results.find((r) => r.reportId === 'beta')
    expect(beta?.highlights.map(([s, e]) => beta.snippet.slice(s, e))).toEqual(['Border security'])
  })

  it('marks exactly the matched words, never the punctuation after them', () => {
    const [hit] = engine.search('guards border').results
    expect(hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual([
      'Guards',
      'border',
      'border'
    ])
  })

  it('filters by report and counts every matching paragraph', () => {
    expect(engine.search('border').total).toBe(3)
    expect(engine.search('border', { reportId: 'beta' }).total).toBe(1)
    expect(engine.search('border', { limit: 1 }).results).toHaveLength(1)
  })

  it('finds every hit of a report in document order for marking the text', () => {
    const hits = engine.hitsInReport('border', 'alpha')
    expect(hits.paragraphs.map((p) => p.paragraphId)).toEqual(['border-security-p1', 'finance-p1'])
    // The heading "Border Security" is a hit too: it is in the text the reader sees.
    expect(hits.headings).toEqual([{ sectionId: 'border-security', spans: [[0, 6]] }])
    expect(hits.hitCount).toBe(4)
  })

  it('answers every odd input with results or a message, never an exception', () => {
    const inputs = [
      '',
      ' ',
      '*',
      '**',
      'foo:',
      'title:',
      ':',
      '-',
      '+',
      '~',
      '^',
      'terror~',
      '--help',
      'Overview: border',
      '"',
      '""',
      '"border',
      '+the',
      '-border',
      'the this',
      '(border)',
      '\\',
      '[[[',
      'a'.repeat(5000),
      '🙂 border 🙂',
      '\uD800\uDFFF\uDFFF',
      'border '.repeat(300)
    ]
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 200; i++) {
      inputs.push(
        String.fromCharCode(
          ...Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
            Math.floor(random() * 65536)
          )
        )
      )
    }
    for (const input of inputs) {
      for (const asYouType of [false, true]) {
        const response = engine.search(input, { asYouType })
        expect(response.total > 0 || response.message !== null, JSON.stringify(input)).toBe(true)
        expect(response.query.length).toBeLessThanOrEqual(500)
      }
    }
  })
})

describe('searching reports in any script', () => {
  const ids = (query: string) => engine.search(query).results.map((r) => r.paragraphId)

  it('finds Chinese characters typed together as a phrase, not scattered', () => {
    expect(ids('恐怖主义')).toEqual(['sources-p1'])
    expect(ids('主义恐怖')).toEqual([])
    expect(engine.hitsInReport('恐怖主义', 'gamma').paragraphs).toEqual([
      { paragraphId: 'sources-p1', spans: [[8, 12]] }
    ])
  })

  it('finds Russian and Arabic words, Arabic without the letter forms it was written with', () => {
    expect(ids('терроризмом')).toEqual(['sources-p2'])
    expect(ids('الارهاب')).toEqual(['sources-p3'])
  })
})

describe('a very long paragraph', () => {
  // 6,000 words of filler with the hits far from the start, as in a long code or table dump.
  const filler = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `filler${(from + i) % 50}`).join(' ')
  const text = `${filler(4000)} The quarantine harbour was closed. ${filler(2000, 7)} A harbour again.`
  const lib = library()
  const gamma = lib.reports[2] as Library['reports'][number]
  ;(gamma.sections[0] as { paragraphs: { id: string; text: string }[] }).paragraphs.push({
    id: 'sources-p4',
    text
  })
  const long = createSearchEngine(lib, packIndex(lib))

  it('marks the hits in its snippet, around the densest cluster of them', () => {
    const [hit] = long.search('quarantine harbour').results
    expect(hit?.paragraphId).toBe('sources-p4')
    const marked = hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))
    expect(marked).toEqual(['quarantine', 'harbour'])
    expect(hit?.snippet.length).toBeLessThan(260)
  })

  it('still marks every hit of the paragraph when stepping through the report', () => {
    const hits = long.hitsInReport('harbour', 'gamma').paragraphs
    expect(hits).toHaveLength(1)
    expect(hits[0]?.spans.map(([s, e]) => text.slice(s, e))).toEqual(['harbour', 'harbour'])
  })
})
