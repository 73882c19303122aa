import { describe, expect, it } from 'vitest'
import { renderGeneratedContent } from '../../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../../content/test-support'
import type { ProcessedReport } from '../report-model'
import { editionText } from './edition-sentences'
import { SIMILAR, WordCoder, similarity, similarityWords } from './sentence-similarity'

const [bundledReport] = renderGeneratedContent(BUNDLED_CONTENT_DIR).library.reports
const bundled = editionText(bundledReport as ProcessedReport)

function alike(a: string, b: string): number {
  const coder = new WordCoder()
  return similarity(coder.encode(similarityWords(a)), coder.encode(similarityWords(b)))
}

const SENTENCE =
  'Law-enforcement officers and prosecutors continued to have wide discretion to determine what qualifies as terrorism or extremism.'

describe('how alike two sentences are', () => {
  it.each([
    ['one word changed', SENTENCE.replace('wide', 'broad')],
    ['a word added', SENTENCE.replace('have wide', 'have very wide')],
    ['a word removed', SENTENCE.replace(' and prosecutors', '')],
    ['a clause added', SENTENCE.replace('extremism.', 'extremism, as in earlier years.')],
    ['punctuation and capitals changed', SENTENCE.replace('Law-enforcement', 'law enforcement')],
    ['a year changed', 'There were no reported terrorist incidents in Kazakhstan in 2022.']
  ])('counts a small edit as the same sentence (%s)', (_, edited) => {
    const original = edited.startsWith('There')
      ? 'There were no reported terrorist incidents in Kazakhstan in 2021.'
      : SENTENCE
    expect(alike(original, edited)).toBeGreaterThanOrEqual(SIMILAR)
  })

  it('counts no two different sentences of the bundled report as the same sentence', () => {
    const codes = bundled.sentences.map((s) => s.codes)
    let best = 0
    codes.forEach((a, i) =>
      codes.slice(i + 1).forEach((b) => (best = Math.max(best, similarity(a, b))))
    )
    expect(bundled.sentences.length).toBeGreaterThan(30)
    expect(best).toBeLessThan(SIMILAR)
  })

  it('compares words, not spellings of apostrophes', () => {
    expect(similarityWords('Kazakhstan’s five-year (2018-22) program, “extremism.”')).toEqual([
      "kazakhstan's",
      'five-year',
      '2018-22',
      'program',
      'extremism'
    ])
    expect(alike('Kazakhstan’s law.', "Kazakhstan's law.")).toBe(1)
  })
})
