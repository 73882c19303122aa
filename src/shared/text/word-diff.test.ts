import { describe, expect, it } from 'vitest'
import { diffWords, type DiffPart } from './word-diff'

const join = (parts: DiffPart[], without: DiffPart['kind']) =>
  parts
    .filter((p) => p.kind !== without)
    .map((p) => p.text)
    .join('')

describe('the words that changed in a passage', () => {
  it('marks a changed word as removed and added, the rest as the same', () => {
    const parts = diffWords(
      'continued to have wide discretion',
      'continued to have broad discretion'
    )
    expect(parts).toEqual([
      { kind: 'same', text: 'continued to have ' },
      { kind: 'removed', text: 'wide ' },
      { kind: 'added', text: 'broad ' },
      { kind: 'same', text: 'discretion' }
    ])
  })

  it('gives back both texts', () => {
    const before = 'The government approved an ambitious five-year program in 2018.'
    const after = 'In 2018 the government approved an ambitious six-year program.'
    const parts = diffWords(before, after)
    expect(join(parts, 'removed')).toBe(after)
    expect(join(parts, 'added').replace(/\s+/g, ' ')).toBe(before)
  })

  it('says nothing changed when nothing did, and all changed when all did', () => {
    expect(diffWords('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }])
    expect(diffWords('old', 'new')).toEqual([
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' }
    ])
  })

  it('finds one word changed in a passage far longer than it works word by word', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`)
    const after = [...words.slice(0, 6000), 'new', ...words.slice(6001)]
    const parts = diffWords(words.join(' '), after.join(' '), 50)
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'w6000 ' },
      { kind: 'added', text: 'new ' }
    ])
    expect(join(parts, 'removed')).toBe(after.join(' '))
  })

  it('past its limit, between what the texts share at both ends, one removal and one addition', () => {
    const parts = diffWords('Start one two three four end.', 'Start four three two one end.', 2)
    expect(parts).toEqual([
      { kind: 'same', text: 'Start ' },
      { kind: 'removed', text: 'one two three four ' },
      { kind: 'added', text: 'four three two one ' },
      { kind: 'same', text: 'end.' }
    ])
  })
})
