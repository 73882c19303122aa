import { describe, expect, it } from 'vitest'
import { headingKey, yearlessKey } from './match-sections'

describe('section headings compared', () => {
  it('ignores case, punctuation and spaces', () => {
    expect(headingKey('Legislation, Law Enforcement, and Border Security')).toBe(
      headingKey('legislation law enforcement and border security:')
    )
  })

  it('keeps years apart in the first pass, and folds them in the second', () => {
    expect(headingKey('2021 Terrorist Incidents')).not.toBe(headingKey('2022 Terrorist Incidents'))
    expect(yearlessKey('2021 Terrorist Incidents')).toBe(yearlessKey('2022 Terrorist Incidents'))
  })

  it('folds years only, not other numbers', () => {
    expect(yearlessKey('UNSCR 2396')).not.toBe(yearlessKey('UNSCR 2178'))
    expect(yearlessKey('Chapter 7')).not.toBe(yearlessKey('Chapter 8'))
  })
})
