import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_EDITION } from '../shared/report-model'
import { ContentError } from './content-error'
import { renderGeneratedContent } from './generate-content'
import { contrastOnWhite, readEdition } from './read-edition'
import { PROJECT_ROOT, SMALL_TEXT_REPORT, TempDirs, writeReport } from './test-support'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

const EXAMPLE = join(PROJECT_ROOT, 'examples', 'field-course')
const MANIFEST = { appName: 'Course', editionTitle: 'Spring', about: '', contact: '' }

function folderWithManifest(manifest: string): string {
  const dir = temp.make()
  writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
  writeFileSync(join(dir, 'edition.json'), manifest)
  return dir
}

describe('editions', () => {
  it('builds the example edition kept in the repo, with its manifest and both reports', () => {
    const { library } = renderGeneratedContent(EXAMPLE)
    expect(library.edition).toEqual({
      appName: 'Field Course Reader',
      editionTitle: 'Central Asia Field Course, Spring 2027',
      about: expect.stringContaining('no network is needed'),
      contact: 'Training team, training@example.org',
      accentColor: '#7a2e8c',
      language: null
    })
    expect(library.reports.map((r) => r.metadata.title)).toEqual([
      'Country Reports on Terrorism 2021: Kazakhstan',
      'Field Guide to the Reader'
    ])
  })

  it('builds the standard edition from a folder without a manifest', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    expect(renderGeneratedContent(dir).library.edition).toEqual(DEFAULT_EDITION)
  })

  it.each([
    ['not JSON', '{"appName": ', /not valid JSON/],
    ['no title', '{"appName": "A", "about": "", "contact": ""}', /editionTitle/],
    [
      'an empty name',
      '{"appName": " ", "editionTitle": "T", "about": "", "contact": ""}',
      /appName is empty/
    ],
    [
      'an unknown key',
      '{"appName": "A", "editionTitle": "T", "about": "", "contact": "", "theme": "dark"}',
      /theme/
    ],
    [
      'an app name that would run a command on a Windows command line',
      '{"appName": "R & calc.exe & rem", "editionTitle": "T", "about": "", "contact": ""}',
      /^edition manifest: appName contains "&", which Windows treats as a command separator and which cannot be used in an app's name\. Use letters/
    ],
    [
      'a title with a control character',
      '{"appName": "A", "editionTitle": "Course\\u0007", "about": "", "contact": ""}',
      /^edition manifest: editionTitle contains a control character \(U\+0007\)/
    ],
    [
      'a name that is not text',
      '{"appName": 5, "editionTitle": "T", "about": "", "contact": ""}',
      /^edition manifest: appName must be text in double quotes$/
    ],
    [
      'a colour that is not a colour',
      '{"appName": "A", "editionTitle": "T", "about": "", "contact": "", "accentColor": "purple"}',
      /accentColor must look like #1d4f91/
    ],
    [
      'a colour too light to read',
      '{"appName": "A", "editionTitle": "T", "about": "", "contact": "", "accentColor": "#ffd84d"}',
      /too light for text on white \(contrast 1\.\d:1, needs 4\.5:1\)/
    ]
  ])('stops the build on a manifest with %s, naming the file', (_, manifest, message) => {
    const dir = folderWithManifest(manifest)
    expect(readEdition(dir).problems[0]?.problem).toMatch(message)
    let error: unknown
    try {
      renderGeneratedContent(dir)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ContentError)
    expect(String((error as Error).message)).toContain(join(dir, 'edition.json'))
  })

  it('reads the edition’s page chrome rules and applies them to every report', () => {
    const dir = folderWithManifest(
      JSON.stringify({
        ...MANIFEST,
        pageChrome: { dropLines: ['Share this story'], endAt: ['Related Material'] }
      })
    )
    writeReport(
      dir,
      'course.txt',
      'Overview: Body.\n\nShare this story\n\nMore.\n\nRelated Material\n\nOther page.\n'
    )
    expect(readEdition(dir).pageChrome).toEqual({
      dropLines: ['Share this story'],
      endAt: ['Related Material']
    })
    const { library, notices } = renderGeneratedContent(dir)
    const course = library.reports.find((r) => r.id === 'course')
    expect(course?.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['Body.', 'More.'])
    expect(notices.filter((n) => n.file === 'course.txt').map((n) => n.message)).toEqual([
      'dropped lines named in edition.json\'s pageChrome ("Share this story", 1 line)',
      'dropped the end of the text, from a line named in edition.json\'s pageChrome.endAt ("Related Material…", 2 lines)'
    ])
  })

  it('takes a manifest without pageChrome, or with one list only', () => {
    expect(readEdition(folderWithManifest(JSON.stringify(MANIFEST))).pageChrome).toEqual({
      dropLines: [],
      endAt: []
    })
    const dir = folderWithManifest(JSON.stringify({ ...MANIFEST, pageChrome: { endAt: ['X'] } }))
    expect(readEdition(dir).pageChrome).toEqual({ dropLines: [], endAt: ['X'] })
  })

  it.each([
    [
      { dropLines: 'Share' },
      'pageChrome.dropLines must be a list of lines in square brackets, e.g. ["Share this page"]'
    ],
    [{ dropLines: ['Share', 3] }, 'pageChrome.dropLines must hold lines of text in double quotes'],
    [{ endAt: ['Related', ' '] }, 'pageChrome.endAt line 2 is empty'],
    [{ endAt: ['x'.repeat(301)] }, 'pageChrome.endAt line 1 is longer than 300 characters'],
    [{ startAt: ['x'] }, 'pageChrome.startAt is not allowed'],
    [
      ['Share'],
      'pageChrome must be an object such as {"dropLines": ["Share this page"], "endAt": ["Related Material"]}'
    ]
  ])('refuses pageChrome %j with a plain message', (pageChrome, message) => {
    const dir = folderWithManifest(JSON.stringify({ ...MANIFEST, pageChrome }))
    expect(readEdition(dir).problems.map((p) => p.problem)).toEqual([
      `edition manifest: ${message}`
    ])
  })

  it('takes the language the edition speaks by default, and refuses one that is not a tag', () => {
    const kazakh = readEdition(folderWithManifest(JSON.stringify({ ...MANIFEST, language: 'kk' })))
    expect(kazakh.edition.language).toBe('kk')
    const wrong = readEdition(
      folderWithManifest(JSON.stringify({ ...MANIFEST, language: 'Русский' }))
    )
    expect(wrong.problems.map((p) => p.problem)).toEqual([
      'edition manifest: language must be a language tag, e.g. "ru"'
    ])
  })

  it('measures contrast the WCAG way', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 0)
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5)
    expect(contrastOnWhite('#1d4f91')).toBeGreaterThan(4.5)
  })
})
