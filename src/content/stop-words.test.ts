import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { isStopWord, STOP_WORDS } from '../shared/search/term-pipeline'

describe('the stop words the engine knows', () => {
  it('are exactly the ones lunr leaves out of the index', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('lunr'), 'utf8')
    const list = /lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([^\]]*)\]\)/.exec(source)
    const lunrWords = [...(list?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1])
    expect(lunrWords.length).toBeGreaterThan(100)
    expect(STOP_WORDS).toEqual(lunrWords)
  })

  it('are told apart as lunr’s own filter tells them, odd words too', () => {
    const dropsIt = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined
    const others = ['border', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'The', '']
    for (const term of [...STOP_WORDS, ...others])
      expect(isStopWord(term), term).toBe(dropsIt(term))
  })
})
