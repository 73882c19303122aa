import { describe, expect, it } from 'vitest'
import { splitByRanges, splitBySpans } from './segments'

describe('splitting text at marked spans', () => {
  it('keeps every character once, in order, with marks numbered by span', () => {
    const text = 'Kazakhstan’s Border Guard Service'
    const segments = splitBySpans(text, [
      [0, 10],
      [13, 19]
    ])
    expect(segments).toEqual([
      { text: 'Kazakhstan', mark: 0 },
      { text: '’s ', mark: null },
      { text: 'Border', mark: 1 },
      { text: ' Guard Service', mark: null }
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('clips spans outside the text and drops empty ones', () => {
    expect(
      splitBySpans('abc', [
        [2, 99],
        [5, 6]
      ])
    ).toEqual([
      { text: 'ab', mark: null },
      { text: 'c', mark: 0 }
    ])
    expect(splitBySpans('', [[0, 1]])).toEqual([])
  })
})

describe('splitting text at overlapping ranges', () => {
  it('gives each run every range that covers it, keeping the text whole', () => {
    const text = 'the border security service'
    const segments = splitByRanges(text, [
      { start: 4, end: 19 }, // highlight "border security"
      { start: 11, end: 27 } // search hit "security service"
    ])
    expect(segments.map((s) => [s.text, s.covering])).toEqual([
      ['the ', []],
      ['border ', [0]],
      ['security', [0, 1]],
      [' service', [1]]
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })
})
