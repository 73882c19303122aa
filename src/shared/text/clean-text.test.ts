import { describe, expect, it } from 'vitest'
import { cleanText, comparisonKey, normalizeLineBreaks } from './clean-text'

describe('cleanText', () => {
  it('turns NBSP, narrow NBSP, figure space, tabs and runs of whitespace into one space', () => {
    expect(cleanText('Overview:\u00A0 Kazakhstan\u202Fremained\u2007on\tguard\n\n  again ')).toBe(
      'Overview: Kazakhstan remained on guard again'
    )
  })

  it('keeps curly quotes and apostrophes as written', () => {
    expect(cleanText('Kazakhstan’s “religious extremism”')).toBe(
      'Kazakhstan’s “religious extremism”'
    )
  })

  it('drops invisible characters', () => {
    expect(cleanText('\uFEFFzero\u200Bwidth soft\u00ADhyphen')).toBe('zerowidth softhyphen')
  })
})

describe('normalizeLineBreaks', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeLineBreaks('a\r\nb\rc\n')).toBe('a\nb\nc\n')
  })
})

describe('comparisonKey', () => {
  it('ignores case, spaces (incl. NBSP) and the kind of apostrophe', () => {
    expect(comparisonKey("Here's how you know")).toBe(comparisonKey('HERE’S\u00A0how  you know'))
  })
})
