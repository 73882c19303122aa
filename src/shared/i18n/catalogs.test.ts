import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoMessages } from './pseudo-locale'
import { CATALOGS, LOCALES } from './locales'
import { createTranslator } from './translator'

/** Every argument a message takes, with how it is used (`count:plural`, `b:tag`, `name:argument`). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    into.add(`${element.value}:${TYPE[element.type]}`)
    if (element.type === TYPE.tag) argumentsOf(element.children, into)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into)
  }
  return into
}

/** The plural forms a message offers for each of its plural arguments. */
function pluralForms(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      into.push(Object.keys(element.options))
      for (const option of Object.values(element.options)) pluralForms(option.value, into)
    }
    if (element.type === TYPE.select)
      for (const option of Object.values(element.options)) pluralForms(option.value, into)
    if (element.type === TYPE.tag) pluralForms(element.children, into)
  }
  return into
}

const english = CATALOGS.en.messages
const ids = Object.keys(english).sort()

describe('the catalogs', () => {
  it.each(LOCALES)('%s has every message of the English catalog, and no other', (locale) => {
    expect(Object.keys(CATALOGS[locale].messages).sort()).toEqual(ids)
  })

  it.each(LOCALES)('%s takes the same arguments in every message as English', (locale) => {
    const differ = ids.filter((id) => {
      const theirs = CATALOGS[locale].messages[id as keyof typeof english]
      const a = [...argumentsOf(parse(english[id as keyof typeof english]))].sort()
      const b = [...argumentsOf(parse(theirs))].sort()
      return a.join() !== b.join()
    })
    expect(differ).toEqual([])
  })

  it.each(LOCALES)('%s gives every plural the forms its language has', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    const missing = ids.flatMap((id) =>
      pluralForms(parse(CATALOGS[locale].messages[id as keyof typeof english])).flatMap((forms) =>
        needed.filter((form) => !forms.includes(form)).map((form) => `${id}: ${form}`)
      )
    )
    expect(missing).toEqual([])
  })

  it('says counts as the language does (plurals by Intl.PluralRules)', () => {
    const en = createTranslator('en')
    expect(en('tabs.notes', { count: 1200 })).toBe('Notes (1,200)')
    expect(en('notes.count', { shown: 1, count: 1 })).toBe('1 of 1 note')
    expect(en('notes.count', { shown: 2, count: 5 })).toBe('2 of 5 notes')
    const ru = createTranslator('ru')
    expect([1, 2, 5, 21].map((count) => ru('pile.title.section', { count }))).toEqual([
      '1 заметка к этому разделу',
      '2 заметки к этому разделу',
      '5 заметок к этому разделу',
      '21 заметка к этому разделу'
    ])
    const ar = createTranslator('ar')
    expect(ar('pile.title.section', { count: 2 })).toBe('ملاحظتان على هذا القسم')
    expect(createTranslator('kk')('pile.title.section', { count: 5 })).toBe('Осы бөлімге 5 жазба')
  })

  it('makes the pseudo-locale from English: bracketed, accented, longer, arguments untouched', () => {
    const pseudo = createTranslator('en-XA')
    const said = pseudo('notes.count', { shown: 2, count: 5 })
    expect(said.startsWith(PSEUDO_OPEN) && said.endsWith(PSEUDO_CLOSE)).toBe(true)
    expect(said).not.toMatch(/[A-Za-z]{2}/)
    expect(said).toContain('5')
    const pseudoCatalog = pseudoMessages(english)
    const lengths = ids.map((id) => {
      const made = pseudoCatalog[id as keyof typeof english]
      const text = made.flatMap((e) => (e.type === TYPE.literal ? [e.value] : [])).join('')
      const source = parse(english[id as keyof typeof english])
        .flatMap((e) => (e.type === TYPE.literal ? [e.value] : []))
        .join('')
      return source.length === 0 ? 1.4 : text.length / source.length
    })
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length
    expect(average).toBeGreaterThan(1.3)
  })
})
