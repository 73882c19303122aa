import { describe, expect, it } from 'vitest'
import { startsAStopWord } from './term-pipeline'

describe('a word being typed', () => {
  it('may still become a stop word, or cannot', () => {
    expect(startsAStopWord('fro')).toBe(true)
    expect(startsAStopWord('becau')).toBe(true)
    expect(startsAStopWord('fatf')).toBe(false)
  })
})
