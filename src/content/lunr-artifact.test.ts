import lunr from 'lunr'
import { beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_FILES, paragraphRef } from '../shared/report-model'
import { loadSearchIndex } from '../shared/search/lunr-setup'
import { createSearchEngine } from '../shared/search/search-engine'
import type { SearchEngine } from '../shared/search/search-types'
import { isStopWord } from '../shared/search/term-pipeline'
import { tokenize } from '../shared/text/tokenize'
import { renderGeneratedContent } from './generate-content'
import { EVERY_FORM, RANKED_FIRST } from './relevance-cases'
import { BUNDLED_CONTENT_DIR } from './test-support'
import { generatedText } from './write-generated'

/**
 * The prebuilt lunr index is the index the standard edition bundles: it must answer as the engine
 * does. For each plain-word query of the relevance suite, plain lunr over search-index.json (every
 * word required, as lunr's docs say to build a query from your own tokens) finds exactly the
 * paragraphs the engine finds.
 */

let index: lunr.Index
let engine: SearchEngine

beforeAll(() => {
  const { library, files } = renderGeneratedContent(BUNDLED_CONTENT_DIR)
  const file = (name: string) => files.find((f) => f.name === name)
  const lunrFile = file(GENERATED_FILES.searchIndex)
  const packed = file(GENERATED_FILES.packedIndex)?.contents
  if (!lunrFile || !(packed instanceof Uint8Array)) throw new Error('the build made no index')
  index = loadSearchIndex(JSON.parse(generatedText(lunrFile)))
  engine = createSearchEngine(library, packed)
})

/** Queries of the suite made of plain words (letters, digits, spaces), typed in full. */
const PLAIN_WORDS = [
  ...RANKED_FIRST.map(([query]) => query),
  ...EVERY_FORM.filter(([, typing]) => !typing).map(([query]) => query)
].filter((query) => /^[\p{L}\p{N} ]+$/u.test(query))

function lunrFinds(query: string): string[] {
  return index
    .query((q) => {
      for (const { term } of tokenize(query)) {
        if (!isStopWord(term)) q.term(term, { presence: lunr.Query.presence.REQUIRED })
      }
    })
    .map((result) => result.ref)
    .sort()
}

function engineFinds(query: string): string[] {
  const response = engine.search(query, { limit: 200 })
  // Paragraphs with only some of the words are the engine's second best, not a match.
  if (response.message?.includes('some of them')) return []
  return response.results.map((r) => paragraphRef(r.reportId, r.paragraphId)).sort()
}

describe('the prebuilt lunr index', () => {
  it('is checked on enough queries', () => {
    expect(PLAIN_WORDS.length).toBeGreaterThanOrEqual(20)
  })

  it.each(PLAIN_WORDS)('finds the paragraphs the engine finds for %s', (query) => {
    const found = engineFinds(query)
    expect(found.length).toBeGreaterThan(0)
    expect(lunrFinds(query)).toEqual(found)
  })
})
