import { describe, expect, it } from 'vitest'
import { countOf, formatCount } from './format-count'

describe('formatCount', () => {
  it('groups thousands as an English reader expects', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1502)).toBe('1,502')
    expect(formatCount(20000)).toBe('20,000')
    expect(formatCount(1234567)).toBe('1,234,567')
  })
})

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural, grouped', () => {
    expect(countOf(1, 'note', 'notes')).toBe('1 note')
    expect(countOf(0, 'note', 'notes')).toBe('0 notes')
    expect(countOf(1502, 'note', 'notes')).toBe('1,502 notes')
  })
})
