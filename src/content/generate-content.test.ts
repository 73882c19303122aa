import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import { LibrarySchema, type Library } from '../shared/report-model'
import { ContentError } from './content-error'
import { generateContent, renderGeneratedContent } from './generate-content'
import {
  BUNDLED_CONTENT_DIR,
  SMALL_TEXT_REPORT,
  TempDirs,
  sampleMetadata,
  writeReport
} from './test-support'

const temp = new TempDirs()
const LIST_ITEM = { kind: 'list-item', ordered: false, depth: 1 } as const
afterEach(() => temp.cleanup())

function readLibrary(outDir: string): Library {
  return v.parse(LibrarySchema, JSON.parse(readFileSync(join(outDir, 'library.json'), 'utf8')))
}

/** The problems a build of `dir` reports, as printed lines. */
function problemsOf(dir: string): string[] {
  try {
    renderGeneratedContent(dir)
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n')
    throw error
  }
  throw new Error('expected the build to fail')
}

describe('generateContent', () => {
  it('writes the library, the lunr index and the packed index, reproducibly to the byte', () => {
    const [outA, outB] = [temp.make(), temp.make()]
    generateContent({ contentDir: BUNDLED_CONTENT_DIR, outDir: outA })
    generateContent({ contentDir: BUNDLED_CONTENT_DIR, outDir: outB })
    const files = [
      'glossary.json',
      'library-contents.json',
      'library.json',
      'search-index.bin',
      'search-index.json'
    ]
    for (const name of files) {
      const a = readFileSync(join(outA, name))
      expect(a.equals(readFileSync(join(outB, name)))).toBe(true)
      if (name.endsWith('.json')) expect(a.toString('utf8').endsWith('}\n')).toBe(true)
    }
    expect(readdirSync(outA).sort()).toEqual(files)
  })

  it('writes the glossary of every report: its own definitions and the edition’s terms it uses', () => {
    const dir = temp.make()
    writeReport(
      dir,
      'small.txt',
      'Overview:  The Financial Action Task Force (FATF) met the CT unit.  The FATF agreed.\n'
    )
    writeFileSync(
      join(dir, 'glossary.json'),
      JSON.stringify({
        terms: [
          { term: 'CT', expansion: 'counterterrorism' },
          { term: 'UNDP', expansion: 'United Nations Development Programme' }
        ]
      })
    )
    const out = temp.make()
    generateContent({ contentDir: dir, outDir: out })
    expect(JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8'))).toEqual({
      terms: [
        {
          term: 'CT',
          expansion: 'counterterrorism',
          reportId: 'small',
          firstUse: 'overview-p1',
          source: 'edition'
        },
        {
          term: 'FATF',
          expansion: 'Financial Action Task Force',
          reportId: 'small',
          firstUse: 'overview-p1',
          source: 'text'
        }
      ]
    })
  })

  it('stops at a glossary file it cannot use, and says which entry to fix', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    writeFileSync(join(dir, 'glossary.json'), '{"terms": [{"term": "CT"}]}')
    expect(problemsOf(dir)).toEqual([
      `${join(dir, 'glossary.json')}: glossary: terms[0].expansion is missing`
    ])
  })

  it('leaves the lunr index out when the edition says so, and says how big it would have been', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    const out = temp.make()
    const standard = generateContent({ contentDir: dir, outDir: out })
    expect(standard.indexLeftOut).toBe(false)
    const edition = { appName: 'Big', editionTitle: 'Large', about: '', contact: '' }
    writeFileSync(join(dir, 'edition.json'), JSON.stringify({ ...edition, lunrIndex: false }))
    const large = generateContent({ contentDir: dir, outDir: out })
    expect(large).toMatchObject({ indexLeftOut: true, indexBytes: standard.indexBytes })
    // The index of the earlier build is gone too: nothing bundles a stale index.
    expect(readdirSync(out).sort()).toEqual([
      'glossary.json',
      'library-contents.json',
      'library.json',
      'search-index.bin'
    ])
    writeFileSync(join(dir, 'edition.json'), JSON.stringify({ ...edition, lunrIndex: 'no' }))
    expect(problemsOf(dir)).toEqual([
      `${join(dir, 'edition.json')}: edition manifest: lunrIndex must be true or false`
    ])
  })

  it('builds every report of the folder, sorted by id, with a summary', () => {
    const dir = temp.make()
    writeReport(dir, 'zeta.txt', SMALL_TEXT_REPORT, sampleMetadata('Zeta'))
    writeReport(
      dir,
      'alpha.md',
      '# Alpha notes\n\nText.\n\n## Beta\n\n- one\n- two\n',
      sampleMetadata('Alpha')
    )
    writeFileSync(join(dir, '.DS_Store'), 'ignored')
    mkdirSync(join(dir, 'drafts'))
    const out = temp.make()
    const summary = generateContent({ contentDir: dir, outDir: out })
    expect(summary).toMatchObject({ reports: 2, sections: 4, paragraphs: 6 })
    expect(summary.indexBytes).toBe(readFileSync(join(out, 'search-index.json')).length)
    const library = readLibrary(out)
    expect(library.reports.map((r) => [r.id, r.format, r.metadata.title])).toEqual([
      ['alpha', 'markdown', 'Alpha'],
      ['zeta', 'text', 'Zeta']
    ])
    expect(library.reports[0]?.sections).toEqual([
      {
        id: 'alpha-notes',
        heading: 'Alpha notes',
        paragraphs: [{ id: 'alpha-notes-p1', text: 'Text.' }]
      },
      {
        id: 'beta',
        heading: 'Beta',
        paragraphs: [
          { id: 'beta-p1', text: 'one', block: LIST_ITEM },
          { id: 'beta-p2', text: 'two', block: LIST_ITEM }
        ]
      }
    ])
    const index = JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8')) as {
      fieldVectors: [string][]
    }
    const refs = index.fieldVectors.map(([fieldRef]) => fieldRef.slice(fieldRef.indexOf('/') + 1))
    expect(new Set(refs)).toEqual(
      new Set([
        'alpha/alpha-notes-p1',
        'alpha/beta-p1',
        'alpha/beta-p2',
        'zeta/overview-p1',
        'zeta/overview-p2',
        'zeta/details-p1'
      ])
    )
  })

  it('makes section ids unique and keeps them apart from paragraph ids', () => {
    const dir = temp.make()
    writeReport(dir, 'r.txt', 'Notes: a\n\nb\n\nNotes: c\n\nNotes P1: d\n')
    const [report] = renderGeneratedContent(dir).library.reports
    expect(report?.sections.map((s) => [s.id, s.paragraphs.map((p) => p.id)])).toEqual([
      ['notes', ['notes-p1', 'notes-p2']],
      ['notes-2', ['notes-2-p1']],
      ['notes-p1-2', ['notes-p1-2-p1']]
    ])
  })

  it('hashes the sections: same text, same hash; changed text, new hash', () => {
    const dir = temp.make()
    writeReport(dir, 'a.txt', SMALL_TEXT_REPORT)
    writeReport(
      dir,
      'b.txt',
      SMALL_TEXT_REPORT.replace(/\n/g, '\r\n'),
      sampleMetadata('Other title')
    )
    writeReport(dir, 'c.txt', SMALL_TEXT_REPORT.replace('More', 'Less'))
    const [a, b, c] = renderGeneratedContent(dir).library.reports
    expect(a?.contentHash).toBe(b?.contentHash)
    expect(a?.contentHash).not.toBe(c?.contentHash)
  })
})

describe('files cut off', () => {
  it('builds a file cut in the middle of a character, keeping the text before it, with a warning', () => {
    const dir = temp.make()
    const text = 'Overview: The Border Guard Service of Kazakhstan’s'
    const bytes = Buffer.from(text, 'utf8')
    // Cut inside the three bytes of the closing ’, as a capture cut after so many bytes may be.
    writeReport(dir, 'cut.txt', '')
    writeFileSync(join(dir, 'cut.txt'), bytes.subarray(0, bytes.length - 2))
    const { library, notices } = renderGeneratedContent(dir)
    expect(library.reports[0]?.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      'The Border Guard Service of Kazakhstan'
    ])
    expect(notices.map((n) => [n.file, n.kind, n.message])).toEqual([
      [
        'cut.txt',
        'warning',
        'the file ends in the middle of a character, as a file cut after so many bytes does; the text before it is kept. Check that the file is complete.'
      ],
      ['cut.txt', 'warning', expect.stringMatching(/^the text looks cut off/)]
    ])
  })

  it('still refuses a file that is not UTF-8 before its end', () => {
    const dir = temp.make()
    writeReport(dir, 'latin1.txt', '')
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Overview: Caf\xe9 au lait.', 'latin1'))
    expect(problemsOf(dir)).toEqual([
      `${join(dir, 'latin1.txt')}: is not UTF-8 text; save it as UTF-8 and try again`
    ])
  })
})

describe('bad content', () => {
  it.each([
    [
      'an empty file',
      (d: string) => writeReport(d, 'empty.txt', ' \n\u00A0\n'),
      'empty.txt',
      'is empty'
    ],
    [
      'text without headings',
      (d: string) => writeReport(d, 'flat.txt', 'Just prose.\n\nMore prose.'),
      'flat.txt',
      'no recognizable sections'
    ],
    [
      'Markdown without headings',
      (d: string) => writeReport(d, 'flat.md', 'Just prose.\n\nMore prose.'),
      'flat.md',
      'no recognizable sections'
    ],
    [
      'an unknown format',
      (d: string) => writeFileSync(join(d, 'report.odt'), 'PK'),
      'report.odt',
      'unknown format'
    ],
    [
      'duplicate report ids',
      (d: string) => {
        writeReport(d, 'x.txt', SMALL_TEXT_REPORT)
        writeFileSync(join(d, 'x.md'), '# X\n\nText.')
      },
      'x.md',
      'duplicate report id "x" (also used by x.txt)'
    ],
    [
      'a missing metadata sidecar',
      (d: string) => writeReport(d, 'lonely.txt', SMALL_TEXT_REPORT, null),
      'lonely.txt',
      'missing metadata sidecar lonely.meta.json'
    ],
    [
      'invalid metadata',
      (d: string) =>
        writeReport(d, 'meta.txt', SMALL_TEXT_REPORT, { ...sampleMetadata(), title: '' }),
      'meta.meta.json',
      'invalid metadata: field "title" must not be empty'
    ],
    [
      'metadata that is not JSON',
      (d: string) => {
        writeReport(d, 'broken.txt', SMALL_TEXT_REPORT, null)
        writeFileSync(join(d, 'broken.meta.json'), '{ title: ')
      },
      'broken.meta.json',
      'invalid metadata: the file is not valid JSON'
    ],
    [
      'an invalid id',
      (d: string) => writeReport(d, 'My Report.txt', SMALL_TEXT_REPORT),
      'My Report.txt',
      'invalid report id "My Report"'
    ],
    [
      'a sidecar without a report',
      (d: string) => {
        writeReport(d, 'ok.txt', SMALL_TEXT_REPORT)
        writeFileSync(join(d, 'orphan.meta.json'), JSON.stringify(sampleMetadata()))
      },
      'orphan.meta.json',
      'metadata sidecar without a report'
    ],
    ['an empty content folder', () => undefined, '', 'content folder has no reports']
  ])('rejects %s, naming the file', (_case, setUp, file, problem) => {
    const dir = temp.make()
    setUp(dir)
    const expected = `${join(dir, file)}: ${problem}`
    expect(problemsOf(dir).filter((line) => line.startsWith(expected))).toHaveLength(1)
  })

  it('reports every problem of every file at once, one per line', () => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT)
    writeReport(dir, 'flat.txt', 'No headings here.', { title: 'T', publisher: '', edition: 3 })
    writeFileSync(join(dir, 'notes.odt'), '')
    expect(problemsOf(dir)).toEqual([
      `${join(dir, 'flat.meta.json')}: invalid metadata: field "publisher" must not be empty`,
      `${join(dir, 'flat.meta.json')}: invalid metadata: field "sourceUrl" is missing`,
      `${join(dir, 'flat.meta.json')}: invalid metadata: field "edition" must be a string`,
      `${join(dir, 'flat.txt')}: no recognizable sections (expected run-in headings such as "Overview:" at the start of a paragraph)`,
      `${join(dir, 'notes.odt')}: unknown format (reports must be .txt, .md, .markdown, .html, .htm, .pdf, .docx or .epub files; metadata goes in <id>.meta.json)`
    ])
  })

  it('writes nothing and leaves existing output untouched', () => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT)
    writeReport(dir, 'bad.txt', 'No headings here.')
    const out = temp.make()
    writeFileSync(join(out, 'library.json'), 'previous build')
    expect(() => generateContent({ contentDir: dir, outDir: out })).toThrow(ContentError)
    expect(readFileSync(join(out, 'library.json'), 'utf8')).toBe('previous build')
    expect(readdirSync(out)).toEqual(['library.json'])
    const missingOut = join(temp.make(), 'never-created')
    expect(() => generateContent({ contentDir: dir, outDir: missingOut })).toThrow(ContentError)
    expect(existsSync(missingOut)).toBe(false)
  })

  it('reports a missing content folder', () => {
    const missing = join(temp.make(), 'nope')
    expect(problemsOf(missing)).toEqual([`${missing}: content folder not found`])
  })
})

describe('links in a content folder', () => {
  /** Writes a private file outside `dir` and links `name` in `dir` to it; returns its path. */
  function linkToPrivateFile(dir: string, name: string, contents: string): string {
    const path = join(temp.make('reader-private-'), name)
    writeFileSync(path, contents)
    symlinkSync(path, join(dir, name))
    return path
  }
  const REFUSED =
    'Links are refused, so that nothing from outside the folder is built into the app.'
  const refusedFile = (dir: string, name: string, target: string) =>
    `${join(dir, name)}: is a link to ${target}, not a file. ${REFUSED} Copy the file itself into the folder, or remove the link.`

  it('refuses a report that is a link to a file elsewhere, naming it, and builds nothing', () => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT)
    const secret = linkToPrivateFile(dir, 'leak.md', '# Private\n\nSalaries and home addresses.\n')
    writeFileSync(join(dir, 'leak.meta.json'), JSON.stringify(sampleMetadata()))
    expect(problemsOf(dir)).toEqual([refusedFile(dir, 'leak.md', secret)])
  })

  it.each([
    ['a metadata sidecar, without also calling it missing', 'good.meta.json', null],
    ['an edition manifest', 'edition.json', sampleMetadata()]
  ])('refuses %s that is a link', (_case, name, metadata) => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT, metadata)
    const target = linkToPrivateFile(dir, name, JSON.stringify(sampleMetadata()))
    expect(problemsOf(dir)).toEqual([refusedFile(dir, name, target)])
  })

  it('refuses a link to a folder, and a relative link to nothing', () => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT)
    const folder = temp.make('reader-private-')
    symlinkSync(folder, join(dir, 'more'), 'dir')
    symlinkSync('../gone.txt', join(dir, 'gone.txt'))
    expect(problemsOf(dir)).toEqual([
      refusedFile(dir, 'gone.txt', '../gone.txt'),
      `${join(dir, 'more')}: is a link to the folder ${folder}. ${REFUSED} Remove the link.`
    ])
  })

  it('still builds a folder that is itself reached through a link', () => {
    const dir = temp.make()
    writeReport(dir, 'good.txt', SMALL_TEXT_REPORT)
    const link = join(temp.make(), 'course')
    symlinkSync(dir, link, 'dir')
    expect(renderGeneratedContent(link).library.reports.map((r) => r.id)).toEqual(['good'])
  })
})
