import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locales'
import { createTranslator } from '../i18n/translator'
import { unplacedReasonText, UnplacedReasonSchema, type UnplacedReason } from './unplaced-reason'

const EVERY_REASON: UnplacedReason[] = [
  { code: 'reportNotInApp', reportId: 'old-course-report' },
  { code: 'otherReport' },
  { code: 'sectionNotInEdition', sectionId: 'countering-violent-extremism' },
  { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' },
  { code: 'passageChanged' },
  { code: 'contentUnavailable' },
  { code: 'asWritten', text: 'Placed by hand in an older version.' }
]

describe('why a note could not be placed, said in the reader’s language', () => {
  it('says it in Russian, with «…» around what comes from the report', () => {
    const ru = createTranslator('ru')
    expect(EVERY_REASON.map((reason) => unplacedReasonText(ru, reason))).toEqual([
      'Отчёта «old-course-report», к которому она относится, нет в этом приложении.',
      'Она относится к другому отчёту.',
      'Раздела «countering-violent-extremism», к которому она относится, нет в этой редакции отчёта.',
      'Выделенного текста («abolishing the death penalty») нет в этой редакции отчёта.',
      'Фрагмент, к которому она относилась, изменился слишком сильно, и разместить её автоматически не удалось.',
      'Не удалось открыть содержимое отчёта.',
      'Placed by hand in an older version.'
    ])
  })

  it('says it in Arabic, with «…» as the Arabic catalog quotes', () => {
    const ar = createTranslator('ar')
    expect(unplacedReasonText(ar, EVERY_REASON[3] as UnplacedReason)).toBe(
      'النص المظلَّل («abolishing the death penalty») غير موجود في هذا الإصدار من التقرير.'
    )
    expect(unplacedReasonText(ar, EVERY_REASON[0] as UnplacedReason)).toBe(
      'تقريرها «old-course-report» غير موجود في هذا التطبيق.'
    )
  })

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'leaves no English word in %s, except a sentence an older version stored as it was',
    (locale) => {
      const t = createTranslator(locale)
      const english = createTranslator('en')
      for (const reason of EVERY_REASON) {
        const said = unplacedReasonText(t, reason)
        if (reason.code === 'asWritten') expect(said).toBe(reason.text)
        else {
          // What comes from the report (ids, the excerpt) stays as it is; the words around it not.
          const fromReport = Object.values(reason).slice(1)
          const words = fromReport.reduce((text, value) => text.replace(value, ''), said)
          expect(said).not.toBe(unplacedReasonText(english, reason))
          expect(words).not.toMatch(/[A-Za-z]/)
        }
      }
    }
  )

  it('is stored as data, which the note’s schema checks', () => {
    for (const reason of EVERY_REASON) expect(v.is(UnplacedReasonSchema, reason)).toBe(true)
    expect(v.is(UnplacedReasonSchema, 'The highlighted text is not here.')).toBe(false)
    expect(v.is(UnplacedReasonSchema, { code: 'somethingNew' })).toBe(false)
    expect(v.is(UnplacedReasonSchema, { code: 'asWritten', text: 'x'.repeat(501) })).toBe(false)
  })
})
