import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { nameProblems } from './edition-name'
import { DEFAULT_EDITION, EditionSchema } from './report-model'

const ADVICE =
  'Use letters, digits, spaces, hyphens, apostrophes, parentheses, commas or full stops.'

describe('edition names', () => {
  it.each([
    DEFAULT_EDITION.appName,
    DEFAULT_EDITION.editionTitle,
    'Country Reports on Terrorism 2021',
    'Field Course Reader',
    'Central Asia Field Course, Spring 2027',
    'Cours de terrain — Almaty, été 2027',
    'Women’s Reader (2027)',
    "Dr. Smith's Reader",
    'Полевой курс',
    'Қазақстан оқу құралы',
    '野外课程 2027',
    'دوره‌ی میدانی',
    'क्षेत्र पाठ्यक्रम',
    'Reader_2027 - draft'
  ])('accepts %j', (name) => {
    expect(nameProblems('appName', name)).toEqual([])
    expect(nameProblems('editionTitle', name)).toEqual([])
  })

  it('names the character, says why, and what to use instead', () => {
    expect(nameProblems('appName', 'R & calc.exe & rem')).toEqual([
      `appName contains "&", which Windows treats as a command separator and which cannot be used in an app's name. ${ADVICE}`
    ])
  })

  it.each([
    ['<', 'which Windows does not allow in file names'],
    ['>', 'which Windows does not allow in file names'],
    [':', 'which Windows does not allow in file names'],
    ['"', 'which Windows does not allow in file names'],
    ['/', 'which separates folders in a path'],
    ['\\', 'which separates folders in a Windows path'],
    ['|', 'which Windows does not allow in file names'],
    ['?', 'which Windows does not allow in file names'],
    ['*', 'which Windows does not allow in file names'],
    ['&', 'which Windows treats as a command separator'],
    ['^', "which Windows' command prompt treats as an escape character"],
    ['%', "which Windows' command prompt replaces with the value of a variable"],
    ['!', "which Windows' command prompt can replace with the value of a variable"],
    ['`', 'which command lines on macOS and Linux use to run another command'],
    ['$', 'which command lines on macOS and Linux replace with the value of a variable'],
    [';', 'which command lines on macOS and Linux treat as a command separator'],
    ['=', 'which is not a letter, a digit or a punctuation mark that is safe']
  ])('refuses %j in an app name', (char, why) => {
    const [problem, ...rest] = nameProblems('appName', `Course ${char} 2027`)
    expect(rest).toEqual([])
    expect(problem).toContain(`appName contains "${char}", ${why}`)
    expect(problem).toContain("cannot be used in an app's name")
  })

  it.each([
    'Country Reports on Terrorism 2021: Kazakhstan',
    'Peace & Security / Module 3?',
    '100% field-ready! $5 "draft" <b>'
  ])('lets a title keep visible punctuation, since only its slug names files: %j', (title) => {
    expect(nameProblems('editionTitle', title)).toEqual([])
  })

  it.each([
    ['Course\u0007', 'a control character (U+0007)'],
    ['Course\nSpring', 'a line break (U+000A)'],
    ['Course \u202Egnirps', 'an invisible direction mark (U+202E)'],
    ['Course\u200B', 'an invisible or unassigned character (U+200B)']
  ])('refuses invisible characters in a title: %j', (title, shown) => {
    const [problem, ...rest] = nameProblems('editionTitle', title)
    expect(rest).toEqual([])
    expect(problem).toContain(`editionTitle contains ${shown}, which`)
    expect(problem).toMatch(/which cannot be used in an edition's title\. Remove it\.$/)
  })

  it.each([
    ['Course\u0007', 'a control character (U+0007)'],
    ['Course\tReader', 'a tab (U+0009)'],
    ['Course\nReader', 'a line break (U+000A)'],
    ['Reader\u202Eexe.txt', 'an invisible direction mark (U+202E)'],
    ['Course\u00A0Reader', 'a special space (U+00A0)'],
    ['Course\u200BReader', 'an invisible or unassigned character (U+200B)']
  ])('refuses invisible characters, naming them by code: %j', (name, shown) => {
    expect(nameProblems('appName', name).join('\n')).toContain(`appName contains ${shown}, which`)
  })

  it('names each unsafe character once', () => {
    const problems = nameProblems('appName', 'a<b>c<d')
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('"<"')
    expect(problems[1]).toContain('">"')
  })

  it.each([
    ['.Reader', 'appName starts with ".", which hides files on macOS and Linux'],
    ['Reader.', 'appName ends with ".", which Windows drops from file names'],
    [' Reader', 'appName starts with a space'],
    ['Reader ', 'appName ends with a space, which Windows drops from file names'],
    ['CON', 'appName is "CON", a name Windows reserves for a device'],
    ['lpt1.Reader', 'appName begins with "lpt1", a name Windows reserves for a device']
  ])('refuses %j', (name, expected) => {
    expect(nameProblems('appName', name).join('\n')).toContain(expected)
  })

  it('are checked by the edition schema, after trimming, with the same messages', () => {
    const edition = {
      ...DEFAULT_EDITION,
      appName: '  R & calc.exe & rem ',
      editionTitle: 'T\u0007'
    }
    const result = v.safeParse(EditionSchema, edition)
    expect(result.success).toBe(false)
    expect(result.issues?.map((issue) => issue.message)).toEqual([
      ...nameProblems('appName', 'R & calc.exe & rem'),
      ...nameProblems('editionTitle', 'T\u0007')
    ])
    expect(v.safeParse(EditionSchema, { ...DEFAULT_EDITION, appName: ' Reader ' }).output).toEqual({
      ...DEFAULT_EDITION,
      appName: 'Reader'
    })
  })
})
