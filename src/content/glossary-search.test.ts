import { beforeAll, describe, expect, it } from 'vitest'
import { glossaryVariants, searchWithGlossary } from '../shared/glossary/glossary-search'
import { reportGlossary } from '../shared/glossary/report-glossary'
import { GENERATED_FILES, type ProcessedReport } from '../shared/report-model'
import { createSearchEngine } from '../shared/search/search-engine'
import type { ReportHits, SearchEngine } from '../shared/search/search-types'
import { mergeSpans } from '../shared/search/snippet'
import { renderGeneratedContent } from './generate-content'
import { readEditionGlossary } from './read-glossary'
import { BUNDLED_CONTENT_DIR } from './test-support'

const KNB = { term: 'KNB', expansion: 'Committee for National Security' }
const FTFS = { term: 'FTFs', expansion: 'foreign terrorist fighters' }

describe('the other ways of writing a query', () => {
  it('writes an acronym out as a phrase, whatever its case or number', () => {
    expect(glossaryVariants('KNB', [KNB])).toEqual(['"Committee for National Security"'])
    expect(glossaryVariants('knb border', [KNB])).toEqual([
      '"Committee for National Security" border'
    ])
    expect(glossaryVariants('FTF', [FTFS])).toEqual(['"foreign terrorist fighters"'])
  })

  it('abbreviates an expansion, typed in any case, quoted or not', () => {
    // Put last, the acronym is a whole word (a space after it), not the start of one being typed.
    expect(glossaryVariants('committee for national security', [KNB])).toEqual(['KNB '])
    expect(glossaryVariants('"Committee for  National Security" law', [KNB])).toEqual(['"KNB" law'])
  })

  it('writes an acronym inside a quoted phrase out inside it, without more quotes', () => {
    expect(glossaryVariants('"the KNB said"', [KNB])).toEqual([
      '"the Committee for National Security said"'
    ])
  })

  it('finds a term in any case the search box may hold, as the pattern would', () => {
    // The Kelvin sign is a K, a long s an s, to a case-insensitive pattern.
    expect(glossaryVariants('\u212aNB', [KNB])).toEqual(['"Committee for National Security"'])
    const sos = { term: 'SOS', expansion: 'save our souls' }
    expect(glossaryVariants('\u017fo\u017f', [sos])).toEqual(['"save our souls"'])
    expect(glossaryVariants('SAVE OUR ſOULS', [sos])).toEqual(['SOS '])
  })

  it('has none for a query without a glossary term, or with part of one', () => {
    expect(glossaryVariants('border security', [KNB])).toEqual([])
    expect(glossaryVariants('KNBs2 national', [KNB])).toEqual([])
    expect(glossaryVariants('KN', [KNB])).toEqual([])
  })
})

describe('search with the bundled report’s glossary', () => {
  let report: ProcessedReport
  let plain: SearchEngine
  let engine: SearchEngine
  beforeAll(() => {
    const { library, files } = renderGeneratedContent(BUNDLED_CONTENT_DIR)
    const packed = files.find((f) => f.name === GENERATED_FILES.packedIndex)?.contents
    if (!(packed instanceof Uint8Array)) throw new Error('no packed index built')
    report = library.reports[0] as ProcessedReport
    plain = createSearchEngine(library, packed)
    const terms = reportGlossary(report, readEditionGlossary(BUNDLED_CONTENT_DIR).entries)
    engine = searchWithGlossary(
      plain,
      () => terms,
      () => report.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)])
    )
  })

  const marked = (hits: ReportHits) =>
    hits.paragraphs.flatMap(({ paragraphId, spans }) => {
      const text = report.sections.flatMap((s) => s.paragraphs).find((p) => p.id === paragraphId)
      return spans.map(([start, end]) => text?.text.slice(start, end))
    })

  it('marks both forms in the text, for the acronym and for the expansion', () => {
    const both = ['Committee for National Security', 'KNB']
    for (const query of ['KNB', 'knb', '"Committee for National Security"']) {
      expect(marked(engine.hitsInReport(query, report.id))).toEqual(expect.arrayContaining(both))
    }
    // The engine alone marks only the form typed.
    expect(marked(plain.hitsInReport('KNB', report.id))).not.toContain(both[0])
  })

  it('finds the paragraphs of either form, each once', () => {
    const acronym = engine.search('KNB', { limit: 50 })
    const plainAcronym = plain.search('KNB', { limit: 50 })
    const plainExpansion = plain.search('"Committee for National Security"', { limit: 50 })
    const refs = (r: typeof acronym) => r.results.map((h) => h.paragraphId)
    const union = new Set([...refs(plainAcronym), ...refs(plainExpansion)])
    expect(new Set(refs(acronym))).toEqual(union)
    expect(acronym.total).toBe(union.size)
    expect(acronym.query).toBe('KNB')
  })

  it('marks both forms in a result’s snippet', () => {
    const [first] = engine.search('KNB').results
    const marks = first?.highlights.map(([start, end]) => first.snippet.slice(start, end))
    expect(marks).toEqual(['Committee for National Security', 'KNB'])
  })

  it('finds a term from the edition’s glossary by its expansion', () => {
    const hits = engine.hitsInReport('foreign terrorist fighters', report.id)
    expect(marked(hits)).toContain('FTFs')
  })

  it('keeps hits in reading order, with each span once', () => {
    const hits = engine.hitsInReport('KNB', report.id)
    const order = report.sections.flatMap((s) => s.paragraphs.map((p) => p.id))
    const ids = hits.paragraphs.map((p) => p.paragraphId)
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    for (const { spans } of hits.paragraphs) expect(mergeSpans(spans)).toEqual(spans)
    expect(hits.hitCount).toBe(
      hits.paragraphs.reduce((n, p) => n + p.spans.length, 0) +
        hits.headings.reduce((n, h) => n + h.spans.length, 0)
    )
  })
})
