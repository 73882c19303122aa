import { describe, expect, it } from 'vitest'
import { stored } from '../../../test/support/notes-fixtures'
import { DEFAULT_COLOR_LABELS } from '../annotations/annotation-model'
import type { Locale } from '../i18n/locales'
import { createTranslator } from '../i18n/translator'
import { readTeamFileText, toTeamFileText, type TeamFileRead } from './team-file'
import { initialsOf, readTeamFileName, teamFileName } from './team-model'

const AMINA = { id: '0b6f3c2e-8d1a-4c5b-9e7f-1a2b3c4d5e6f', name: 'Amina Okafor' }
const expected = { personId: AMINA.id, reportId: 'alpha' }
/** Why the file was refused, as a reader who speaks `locale` is told. */
function whyIn(locale: Locale, read: TeamFileRead): string {
  if (!('error' in read)) throw new Error('the file was not refused')
  return createTranslator(locale)(read.error.id, read.error.values)
}
const fileOf = (notes = [stored(1), stored(2)]) =>
  toTeamFileText(AMINA, { id: 'alpha', title: 'Alpha' }, notes, DEFAULT_COLOR_LABELS)

describe('a team file', () => {
  it('is a W3C Web Annotation collection naming its author and the app', () => {
    const file = JSON.parse(fileOf()) as Record<string, unknown>
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(file.type).toBe('AnnotationCollection')
    expect(file.creator).toEqual({
      id: `urn:uuid:${AMINA.id}`,
      type: 'Person',
      name: 'Amina Okafor'
    })
    expect(file.total).toBe(2)
  })

  it('reads back as the same notes, with the person inside', () => {
    const read = readTeamFileText(fileOf(), expected)
    expect(read).toEqual({ person: AMINA, annotations: [stored(1), stored(2)], invalid: 0 })
  })

  it('gives the same bytes for the same notes in any order, so nothing is rewritten needlessly', () => {
    expect(fileOf([stored(2), stored(1)])).toBe(fileOf([stored(1), stored(2)]))
  })

  it('cut short by a sync engine is taken as half-written, to be read again later', () => {
    const text = fileOf()
    const read = readTeamFileText(text.slice(0, text.length / 2), expected)
    expect(read).toMatchObject({ halfWritten: true })
    expect(whyIn('en', read)).toBe('it is not complete JSON yet (it may still be arriving)')
  })

  it('is refused when another program wrote it, or it names someone else', () => {
    const other = JSON.parse(fileOf()) as Record<string, unknown>
    delete other.generator
    const foreign = readTeamFileText(JSON.stringify(other), expected)
    expect(foreign).toMatchObject({ halfWritten: false })
    expect(whyIn('en', foreign)).toBe('it was not written by this app')
    const impostor = { personId: '11111111-2222-4333-8444-555555555555', reportId: 'alpha' }
    expect(whyIn('en', readTeamFileText(fileOf(), impostor))).toBe(
      'the person inside is not the one its name says'
    )
  })

  it('drops notes on another report than its name says, and counts them', () => {
    const read = readTeamFileText(fileOf([stored(1), stored(2, { reportId: 'beta' })]), expected)
    expect(read).toMatchObject({ annotations: [stored(1)], invalid: 1 })
  })

  it('is refused in the reader’s language: Russian', () => {
    const text = fileOf()
    expect(whyIn('ru', readTeamFileText(text.slice(0, 40), expected))).toBe(
      'это пока не завершённый JSON (возможно, файл ещё передаётся)'
    )
    const foreign = JSON.parse(text) as Record<string, unknown>
    foreign.generator = { id: 'urn:x-other-tool', type: 'Software' }
    expect(whyIn('ru', readTeamFileText(JSON.stringify(foreign), expected))).toBe(
      'его записало не это приложение'
    )
    const crowded = { ...(JSON.parse(text) as Record<string, unknown>), total: 25_000 }
    expect(whyIn('ru', readTeamFileText(JSON.stringify(crowded), expected))).toBe(
      'в нём больше 20\u00a0000 заметок'
    )
  })

  it('is refused in the reader’s language: Arabic, right to left', () => {
    const impostor = { personId: '11111111-2222-4333-8444-555555555555', reportId: 'alpha' }
    expect(whyIn('ar', readTeamFileText(fileOf(), impostor))).toBe(
      'الشخص المذكور داخله ليس من يدل عليه اسم الملف'
    )
    const noPages = { ...(JSON.parse(fileOf()) as Record<string, unknown>), first: 'page-2.json' }
    expect(whyIn('ar', readTeamFileText(JSON.stringify(noPages), expected))).toBe(
      'يشير إلى ملاحظات خارج الملف، ولا يمكن قراءتها'
    )
    expect(whyIn('ar', readTeamFileText('['.repeat(100), expected))).toBe(
      'محتواه متداخل إلى عمق أكبر بكثير مما تكون عليه الملاحظات'
    )
  })

  it('with no notes left reads as an empty layer', () => {
    expect(readTeamFileText(fileOf([]), expected)).toEqual({
      person: AMINA,
      annotations: [],
      invalid: 0
    })
  })
})

describe('team file names', () => {
  it('say the person and the report, and nothing else is taken for one', () => {
    const name = teamFileName(AMINA.id, 'crt2021-kazakhstan')
    expect(readTeamFileName(name)).toEqual({ personId: AMINA.id, reportId: 'crt2021-kazakhstan' })
    for (const other of [
      `${name}.tmp-0123456789abcdef`,
      '.stfolder',
      `${AMINA.id}.crt2021-kazakhstan.json`,
      `../${name}`,
      `${AMINA.id}.Bad_Report.team-notes.json`
    ]) {
      expect(readTeamFileName(other)).toBeNull()
    }
  })
})

describe('initials', () => {
  it('are the first and last names’ first letters', () => {
    expect(initialsOf('Amina Okafor')).toBe('AO')
    expect(initialsOf('jean-luc de la Croix')).toBe('JC')
    expect(initialsOf('Zoë')).toBe('Z')
    expect(initialsOf('Łukasz Żuk')).toBe('ŁŻ')
    expect(initialsOf('  ')).toBe('?')
  })
})
