import { describe, expect, it } from 'vitest'
import { makeSnippet, mergeSpans } from './snippet'

const marked = ({ snippet, highlights }: { snippet: string; highlights: [number, number][] }) =>
  highlights.map(([s, e]) => snippet.slice(s, e))

describe('snippets', () => {
  it('keeps a short paragraph whole with its hits', () => {
    const text = 'There were no reported terrorist incidents in Kazakhstan in 2021.'
    const start = text.indexOf('terrorist')
    const result = makeSnippet(text, [[start, start + 'terrorist'.length]])
    expect(result.snippet).toBe(text)
    expect(marked(result)).toEqual(['terrorist'])
  })

  it('cuts a long paragraph around the densest hits, at word boundaries, with ellipses', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`)
    const text = words.join(' ')
    const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length]
    const result = makeSnippet(text, [at('word5'), at('word80'), at('word82'), at('word84')])
    expect(result.snippet.startsWith('…')).toBe(true)
    expect(result.snippet.endsWith('…')).toBe(true)
    expect(result.snippet.length).toBeLessThanOrEqual(205)
    expect(marked(result)).toEqual(['word80', 'word82', 'word84'])
    expect(result.snippet).toMatch(/^…word\d+ /)
  })

  it('merges overlapping and touching spans', () => {
    expect(
      mergeSpans([
        [10, 20],
        [0, 5],
        [15, 25],
        [25, 30]
      ])
    ).toEqual([
      [0, 5],
      [10, 30]
    ])
  })
})
