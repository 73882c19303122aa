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
      accentColor: '#7a2e8c'
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

  it('measures contrast the WCAG way', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 0)
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5)
    expect(contrastOnWhite('#1d4f91')).toBeGreaterThan(4.5)
  })
})
