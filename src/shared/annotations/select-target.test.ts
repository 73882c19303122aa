import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { LIMITS, TextTargetSchema } from './annotation-model'
import { QUOTE_CONTEXT, textTargetFor } from './select-target'

const paragraph = {
  id: 'overview-p1',
  text: 'Kazakhstan remained on guard against the potential for both externally directed and homegrown terrorist attacks. The government continued rehabilitation and reintegration efforts.'
}
const select = (phrase: string) => {
  const start = paragraph.text.indexOf(phrase)
  return textTargetFor(paragraph, start, start + phrase.length)
}

describe('highlighting a selection', () => {
  it('records the paragraph, the offsets and the exact text selected', () => {
    const target = select('homegrown terrorist attacks')
    expect(target).toMatchObject({
      kind: 'text',
      paragraphId: 'overview-p1',
      quote: { exact: 'homegrown terrorist attacks' }
    })
    expect(paragraph.text.slice(target.position.start, target.position.end)).toBe(
      'homegrown terrorist attacks'
    )
    expect(v.is(TextTargetSchema, target)).toBe(true)
  })

  it(`keeps ${QUOTE_CONTEXT} characters of context either side, to find it again later`, () => {
    const { quote } = select('homegrown terrorist attacks')
    expect(quote.prefix).toBe('tial for both externally directed and '.slice(-QUOTE_CONTEXT))
    expect(quote.suffix).toBe('. The government continued rehabilitation'.slice(0, QUOTE_CONTEXT))
  })

  it('keeps less context at the start and end of the paragraph', () => {
    expect(select('Kazakhstan remained').quote.prefix).toBe('')
    expect(select('reintegration efforts.').quote.suffix).toBe('')
  })

  it('leaves out spaces caught at the edges of the selection', () => {
    const start = paragraph.text.indexOf(' homegrown')
    const target = textTargetFor(paragraph, start, start + ' homegrown '.length)
    expect(target.quote.exact).toBe('homegrown')
    expect(target.position).toEqual({ start: start + 1, end: start + 1 + 'homegrown'.length })
  })

  it('treats a selection made backwards like the same selection made forwards', () => {
    const start = paragraph.text.indexOf('on guard')
    expect(textTargetFor(paragraph, start + 8, start)).toEqual(
      textTargetFor(paragraph, start, start + 8)
    )
  })

  it('never cuts an emoji or other surrogate pair in half in the context', () => {
    // 32 UTF-16 units either side would end half-way through an emoji.
    const text = `${'😀'.repeat(20)}ab middle cd${'😀'.repeat(20)}`
    const start = text.indexOf('middle')
    const { quote } = textTargetFor({ id: 'p-1', text }, start, start + 6)
    expect(quote.prefix).toBe(`${'😀'.repeat(14)}ab `)
    expect(quote.suffix).toBe(` cd${'😀'.repeat(14)}`)
  })
})

describe('a selection that cannot be highlighted', () => {
  it('says so when nothing but spaces is selected', () => {
    const start = paragraph.text.indexOf(' ')
    expect(() => textTargetFor(paragraph, start, start + 1)).toThrow('Select some text')
    expect(() => textTargetFor(paragraph, 5, 5)).toThrow('Select some text')
  })

  it('says so when the offsets are outside the paragraph or not whole numbers', () => {
    expect(() => textTargetFor(paragraph, -1, 4)).toThrow('outside the paragraph')
    expect(() => textTargetFor(paragraph, 0, paragraph.text.length + 1)).toThrow(
      'outside the paragraph'
    )
    expect(() => textTargetFor(paragraph, 0.5, 4)).toThrow('could not be read')
    expect(() => textTargetFor(paragraph, Number.NaN, 4)).toThrow('could not be read')
  })

  it(`refuses more than ${LIMITS.quoteLength} characters, saying what to do`, () => {
    const long = { id: 'p-1', text: 'word '.repeat(2000) }
    expect(() => textTargetFor(long, 0, LIMITS.quoteLength + 1)).toThrow(
      'The selection is 5,001 characters long; a highlight can be up to 5,000. Select a shorter passage to highlight it.'
    )
    expect(textTargetFor(long, 0, LIMITS.quoteLength).quote.exact.length).toBeLessThanOrEqual(
      LIMITS.quoteLength
    )
  })

  it('takes a passage of any length when asked to (a passage copied, not highlighted)', () => {
    const long = { id: 'p-1', text: 'word '.repeat(2000) }
    expect(textTargetFor(long, 0, 9_999, Infinity).quote.exact).toBe(long.text.trimEnd())
  })
})
