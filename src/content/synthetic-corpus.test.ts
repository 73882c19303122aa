import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { renderGeneratedContent } from './generate-content'
import { splitRunInHeading } from './run-in-heading'
import {
  generateSyntheticCorpus,
  learnVocabulary,
  utf8Length,
  writeSyntheticCorpus
} from './synthetic-corpus'
import { BUNDLED_REPORT_FILE, TempDirs } from './test-support'
import { mulberry32 } from '../shared/seeded-random'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

const vocabulary = learnVocabulary(readFileSync(BUNDLED_REPORT_FILE, 'utf8'))
const TARGET = 50_000

describe('synthetic corpus', () => {
  it('is the same for the same seed, and different for another', () => {
    const a = generateSyntheticCorpus(vocabulary, { seed: 7, targetBytes: TARGET })
    const b = generateSyntheticCorpus(vocabulary, { seed: 7, targetBytes: TARGET })
    const c = generateSyntheticCorpus(vocabulary, { seed: 8, targetBytes: TARGET })
    expect(b).toEqual(a)
    expect(c.map((r) => r.text)).not.toEqual(a.map((r) => r.text))
    expect(mulberry32(1)()).toBe(mulberry32(1)())
  })

  it('learns the source’s words, quirks included', () => {
    expect(vocabulary.headings).toContain('Countering the Financing of Terrorism')
    expect(vocabulary.words).toEqual(
      expect.arrayContaining(['Kazakhstan’s', '“religious', 'API/PNR', '181,000', 'non-violent'])
    )
    expect(vocabulary.names).toEqual(expect.arrayContaining(['Tokayev', 'Shymkent']))
  })

  it('comes near the target size, in reports of 4–8 sections', () => {
    const reports = generateSyntheticCorpus(vocabulary, {
      seed: 1,
      targetBytes: TARGET,
      reportBytes: 10_000
    })
    expect(reports).toHaveLength(5)
    const total = reports.reduce((sum, r) => sum + r.paragraphBytes, 0)
    expect(total).toBeGreaterThan(TARGET * 0.97)
    expect(total).toBeLessThan(TARGET * 1.05)
    for (const report of reports) {
      const blocks = report.text.trimEnd().split('\n\n')
      const sections = blocks.filter((block) => splitRunInHeading(block.replace(/ +/g, ' ')))
      expect(sections.length).toBeGreaterThanOrEqual(4)
      expect(sections.length).toBeLessThanOrEqual(8)
      for (const block of blocks) {
        const words = (splitRunInHeading(block)?.rest ?? block).split(/ +/).length
        expect(words).toBeGreaterThanOrEqual(40)
        expect(words).toBeLessThanOrEqual(200)
      }
    }
  })

  it('is accepted by the content pipeline, with the paragraph bytes it promised', () => {
    const reports = generateSyntheticCorpus(vocabulary, {
      seed: 3,
      targetBytes: TARGET,
      reportBytes: 25_000
    })
    const dir = temp.make('synthetic-corpus-')
    writeSyntheticCorpus(dir, reports)
    const { library, files } = renderGeneratedContent(dir)
    expect(library.reports.map((r) => r.id)).toEqual(['synthetic-001', 'synthetic-002'])
    library.reports.forEach((report, i) => {
      const bytes = report.sections
        .flatMap((s) => s.paragraphs)
        .reduce((sum, p) => sum + utf8Length(p.text), 0)
      expect(bytes).toBe(reports[i]?.paragraphBytes)
      expect(report.sections.length).toBeGreaterThanOrEqual(4)
      expect(report.sections[0]?.heading).toBe('Overview')
    })
    expect(files.map((f) => f.name).sort()).toEqual([
      'glossary.json',
      'library-contents.json',
      'library.json',
      'search-index.bin',
      'search-index.json'
    ])
  })
})
