import { describe, expect, it } from 'vitest'
import { chooseLocale, supportedLocale } from './choose-locale'

describe('the language the app speaks', () => {
  it('follows the first of the system’s languages it has, by language whatever the region', () => {
    expect(supportedLocale('en-GB')).toBe('en')
    expect(supportedLocale('de-DE')).toBeNull()
    expect(
      chooseLocale({ choice: 'system', editionDefault: null, systemLanguages: ['de-DE', 'en-US'] })
    ).toBe('en')
  })

  it('falls back to English for languages it does not have', () => {
    expect(
      chooseLocale({ choice: 'system', editionDefault: null, systemLanguages: ['de', 'fr'] })
    ).toBe('en')
    expect(chooseLocale({ choice: 'tlh', editionDefault: 'xx', systemLanguages: [] })).toBe('en')
  })

  it('puts the reader’s own choice first, then the edition’s default, then the system', () => {
    expect(chooseLocale({ choice: 'en', editionDefault: 'en', systemLanguages: ['fr'] })).toBe('en')
    expect(chooseLocale({ choice: 'system', editionDefault: 'en', systemLanguages: ['fr'] })).toBe(
      'en'
    )
  })

  it('knows the pseudo-locale by Chromium’s tag for it', () => {
    expect(
      chooseLocale({ choice: 'system', editionDefault: null, systemLanguages: ['en-XA'] })
    ).toBe('en-XA')
  })
})
