import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findAcronymDefinitions } from '../shared/glossary/acronym-definitions'
import { reportGlossary } from '../shared/glossary/report-glossary'
import { buildReport } from './build-library'
import { readEditionGlossary } from './read-glossary'
import { BUNDLED_CONTENT_DIR, BUNDLED_REPORT_FILE, sampleMetadata } from './test-support'

/** The glossary of the bundled report, built by the pipeline from its raw text. */

const raw = readFileSync(BUNDLED_REPORT_FILE, 'utf8')
const report = buildReport({
  id: 'crt2021-kazakhstan',
  format: 'text',
  sourceFile: 'crt2021-kazakhstan.txt',
  path: BUNDLED_REPORT_FILE,
  text: raw,
  notices: [],
  metadata: sampleMetadata()
}).report
const paragraphs = report.sections.flatMap((section) => section.paragraphs)

describe('the acronyms the bundled report defines', () => {
  const definitions = paragraphs.flatMap((p) =>
    findAcronymDefinitions(p.text).map(({ term, expansion }) => ({ term, expansion }))
  )

  it('are the three it spells out, with their names as written', () => {
    expect(definitions).toEqual([
      { term: 'KNB', expansion: 'Committee for National Security' },
      { term: 'MISD', expansion: 'Ministry of Information and Social Development' },
      { term: 'SCO', expansion: 'Shanghai Cooperation Organization' }
    ])
  })

  it('leave out what its other brackets hold: a span of years, an explanation, an aside', () => {
    for (const aside of ['(2018-22)', '(part of the KNB)', '(the Central Asian countries of']) {
      expect(raw).toContain(aside)
    }
    const terms = definitions.map((d) => d.term)
    expect(terms).not.toContain('2018-22')
    expect(terms).not.toContain('C5+1')
    expect(definitions.filter((d) => d.term === 'KNB')).toHaveLength(1)
  })

  it('leave out the acronyms it uses but never spells out', () => {
    const never = ['CT', 'CVE', 'EAG', 'FTFs', 'NGOs', 'OSCE', 'UNDP', 'UNODC', 'UNSCR', 'API/PNR']
    for (const term of never) expect(raw).toContain(term)
    expect(definitions.filter((d) => never.includes(d.term))).toEqual([])
  })
})

describe('the bundled report glossary', () => {
  const { entries, problems } = readEditionGlossary(BUNDLED_CONTENT_DIR)
  const glossary = reportGlossary(report, entries)
  const firstParagraphWith = (words: string) => paragraphs.find((p) => p.text.includes(words))?.id

  it('has the edition glossary file, read without problems', () => {
    expect(problems).toEqual([])
    expect(entries.length).toBeGreaterThan(0)
  })

  it('joins the text’s definitions and the edition’s, each pointing at its first use', () => {
    const byTerm = new Map(glossary.map((t) => [t.term, t]))
    expect(byTerm.get('KNB')).toEqual({
      term: 'KNB',
      expansion: 'Committee for National Security',
      reportId: 'crt2021-kazakhstan',
      firstUse: firstParagraphWith('(KNB)'),
      source: 'text'
    })
    expect(byTerm.get('FTFs')).toMatchObject({
      expansion: 'foreign terrorist fighters',
      firstUse: firstParagraphWith('FTFs'),
      source: 'edition'
    })
    expect(byTerm.get('CT')?.firstUse).toBe(firstParagraphWith(' CT '))
  })

  it('lists every term once, alphabetically', () => {
    const terms = glossary.map((t) => t.term)
    expect(new Set(terms).size).toBe(terms.length)
    expect(terms).toEqual([...terms].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
    expect(terms).toEqual(
      expect.arrayContaining(['KNB', 'MISD', 'SCO', ...entries.map((e) => e.term)])
    )
  })
})
