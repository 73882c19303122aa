import { describe, expect, it } from 'vitest'
import { buildLanguage } from './build-words'

describe('the language the build speaks to a trainer', () => {
  it('is the one --lang names, whatever the environment says', () => {
    expect(buildLanguage('ru', { LANG: 'kk_KZ.UTF-8' })).toBe('ru')
    expect(buildLanguage('ar-EG', {})).toBe('ar')
  })

  it('else follows LC_ALL, then LC_MESSAGES, then LANG, as command-line tools do', () => {
    expect(buildLanguage(undefined, { LANG: 'kk_KZ.UTF-8' })).toBe('kk')
    expect(buildLanguage(undefined, { LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'kk_KZ.UTF-8' })).toBe('ru')
    expect(
      buildLanguage(undefined, { LC_ALL: 'ar_SA.UTF-8', LC_MESSAGES: 'ru_RU', LANG: 'kk_KZ' })
    ).toBe('ar')
    expect(buildLanguage(undefined, { LC_ALL: '', LANG: 'ru_RU.UTF-8' })).toBe('ru')
  })

  it('is English when nothing names a language, or names one the app does not speak', () => {
    expect(buildLanguage(undefined, {})).toBe('en')
    expect(buildLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en')
    expect(buildLanguage(undefined, { LANG: 'POSIX' })).toBe('en')
    expect(buildLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en')
    expect(buildLanguage('tlh', { LANG: 'ru_RU.UTF-8' })).toBe('en')
  })
})
