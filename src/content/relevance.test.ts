import { beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_FILES } from '../shared/report-model'
import { createSearchEngine } from '../shared/search/search-engine'
import type { SearchEngine } from '../shared/search/search-types'
import { renderGeneratedContent } from './generate-content'
import { CVE, EVERY_FORM, FINANCING, LEGISLATION, OVERVIEW, RANKED_FIRST } from './relevance-cases'
import { BUNDLED_CONTENT_DIR } from './test-support'

/**
 * The relevance suite: realistic queries an analyst types against the bundled report, and where
 * the answer must rank. Section ids are those of the bundled report; a case names the paragraph
 * (or only the section) that is about the query and must come first.
 */

let engine: SearchEngine

beforeAll(() => {
  const { library, files } = renderGeneratedContent(BUNDLED_CONTENT_DIR)
  const packed = files.find((f) => f.name === GENERATED_FILES.packedIndex)?.contents
  if (!(packed instanceof Uint8Array)) throw new Error('no packed index built')
  engine = createSearchEngine(library, packed)
})

const top = (query: string, asYouType = false) => engine.search(query, { asYouType }).results[0]

describe('relevance: the paragraph about the query ranks first', () => {
  it.each(RANKED_FIRST)('%s → %s', (query, paragraphId) => {
    expect(top(query)?.paragraphId).toBe(paragraphId)
  })
})

describe('relevance: inflections find every form', () => {
  it.each(EVERY_FORM)('%s finds both paragraphs that say "repatriated"', (query, asYouType) => {
    const ids = engine.search(query, { asYouType }).results.map((r) => r.paragraphId)
    expect(ids.sort()).toEqual([`${LEGISLATION}-p2`, `${OVERVIEW}-p1`])
  })
})

describe('relevance: typos are corrected and say so', () => {
  it.each([
    // In the case the user typed, the rest of the query as typed.
    ['Tokaev', 'Tokayev', `${LEGISLATION}-p1`],
    ['Bokayv', 'Bokayev', `${LEGISLATION}-p3`],
    ['Kazakstan hotline', 'Kazakhstan hotline', `${CVE}-p1`],
    ['EGMNOT', 'EGMONT', `${FINANCING}-p1`],
    ['teroism Financing', 'terrorism Financing', `${FINANCING}-p1`]
  ])('%s → showing results for “%s”', (query, corrected, paragraphId) => {
    const response = engine.search(query)
    expect(response.corrected).toBe(corrected)
    expect(response.results[0]?.paragraphId).toBe(paragraphId)
  })

  it('does not "correct" short words or numbers into something else', () => {
    expect(engine.search('KNX').total).toBe(0)
    expect(engine.search('2397').total).toBe(0)
    expect(engine.search('2397').corrected).toBeNull()
  })
})

describe('relevance: search as you type finds words by their start', () => {
  it.each([
    ['Tokay', `${LEGISLATION}-p1`],
    ['egm', `${FINANCING}-p1`],
    ['hotl', `${CVE}-p1`],
    ['border guard serv', `${LEGISLATION}-p4`]
  ])('%s… → %s', (query, paragraphId) => {
    expect(top(query, true)?.paragraphId).toBe(paragraphId)
  })

  it('never expands a single character, and never calls it a failed word', () => {
    expect(engine.search('k', { asYouType: true })).toMatchObject({
      total: 0,
      message: 'Keep typing to search.'
    })
  })

  it('treats the word being typed as a start, never as a failed word', () => {
    // Typing "law enforcement officers from" letter by letter, as the issue observed it.
    const typed = 'law enforcement officers from'
    const ids = (query: string) =>
      new Set(
        engine.search(query, { asYouType: true, limit: 200 }).results.map((r) => r.paragraphId)
      )
    for (let i = 1; i <= typed.length; i++) {
      const query = typed.slice(0, i)
      const response = engine.search(query, { asYouType: true })
      expect(response.message ?? '', JSON.stringify(query)).not.toMatch(
        /Nothing in the text matches|showing paragraphs with some/
      )
      // A word being typed only narrows what the words before it found: nothing jumps back in.
      const before = query.slice(0, query.lastIndexOf(' ') + 1)
      if (before.trim() === '') continue
      const earlier = ids(before)
      for (const id of ids(query))
        expect(earlier.has(id), `${JSON.stringify(query)}: ${id}`).toBe(true)
    }
  })

  it('names at most three words nothing matches: pasted noise is not a wall of quotes', () => {
    const noise = Array.from({ length: 300 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(
      ''
    )
    const message = engine.search(noise).message ?? ''
    expect(message).toMatch(
      /^Nothing in the text matches “[^”]+”, “[^”]+”, “[^”]+” or \d+ other words\.$/
    )
  })
})

describe('relevance: queries that must find nothing, with a reason', () => {
  it.each([
    ['zzyzx', /Nothing in the text matches “zzyzx”/],
    ['the', /too common/],
    ['-terrorism', /only leaves paragraphs out/],
    ['"border terrorism"', /^No paragraph has the phrase “border terrorism”\.$/],
    ['"border terrorism" Egmont', /^No matches for “‘border terrorism’ Egmont”\.$/],
    ['Egmont -EAG', /No matches/],
    ['heading:Tokayev', /No matches/]
  ])('%s', (query, message) => {
    const response = engine.search(query)
    expect(response.total).toBe(0)
    expect(response.results).toEqual([])
    expect(response.message).toMatch(message)
  })
})
