import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, parseQuery } from './query-parser'

const summary = (input: string, asYouType = false) =>
  parseQuery(input, asYouType).clauses.map((c) => ({
    kind: c.kind,
    presence: c.presence,
    field: c.field,
    text: c.text,
    prefix: c.prefix
  }))

describe('reading a query', () => {
  it('reads words, phrases, +required, -excluded and heading: clauses', () => {
    expect(summary('border +KNB -Syria "death penalty" heading:financing')).toEqual([
      { kind: 'words', presence: 'optional', field: 'any', text: 'border', prefix: false },
      { kind: 'words', presence: 'required', field: 'any', text: 'KNB', prefix: false },
      { kind: 'words', presence: 'prohibited', field: 'any', text: 'Syria', prefix: false },
      { kind: 'phrase', presence: 'optional', field: 'any', text: 'death penalty', prefix: false },
      { kind: 'words', presence: 'optional', field: 'heading', text: 'financing', prefix: false }
    ])
  })

  it('accepts curly quotes and an unclosed quote as a phrase', () => {
    expect(summary('“border security”')[0]).toMatchObject({
      kind: 'phrase',
      text: 'border security'
    })
    expect(summary('"border security')[0]).toMatchObject({
      kind: 'phrase',
      text: 'border security'
    })
  })

  it('reads syntax that breaks lunr as plain text, or as nothing', () => {
    expect(summary('Overview: Kazakhstan remained')).toEqual([
      expect.objectContaining({ text: 'Overview:' }),
      expect.objectContaining({ text: 'Kazakhstan' }),
      expect.objectContaining({ text: 'remained' })
    ])
    expect(summary('foo:bar')).toEqual([expect.objectContaining({ text: 'foo bar', field: 'any' })])
    for (const input of [':', '-', '+', '~', '^', '*', '"', '""', '   ']) {
      expect(summary(input)).toEqual([])
    }
    expect(summary('terror~ ^2 gov*')).toEqual([
      expect.objectContaining({ text: 'terror~' }),
      expect.objectContaining({ text: '^2' }),
      expect.objectContaining({ text: 'gov*' })
    ])
  })

  it('marks only the word still being typed as a prefix, and only when typing', () => {
    expect(summary('border secu', true).map((c) => c.prefix)).toEqual([false, true])
    expect(summary('border secu ', true).map((c) => c.prefix)).toEqual([false, false])
    expect(summary('border secu').map((c) => c.prefix)).toEqual([false, false])
    expect(summary('-secu', true).map((c) => c.prefix)).toEqual([false])
    expect(summary('"border secu"', true).map((c) => c.prefix)).toEqual([false])
  })

  it('caps a long paste and says it did', () => {
    const long = 'terrorism '.repeat(200)
    const parsed = parseQuery(long)
    expect(parsed.truncated).toBe(true)
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parseQuery('terrorism').truncated).toBe(false)
  })

  it('turns control characters and broken surrogates into separators', () => {
    expect(summary('border\u0000security\uD800x')).toEqual([
      expect.objectContaining({ text: 'border' }),
      expect.objectContaining({ text: 'security\uFFFDx' })
    ])
  })
})
