import { COURSE_NOTES_FILE } from '../shared/team/course-notes'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compareEditions } from '../shared/compare/compare-editions'
import { PREVIOUS_EDITIONS_FILE, PreviousEditionsSchema } from '../shared/compare/kept-edition'
import * as v from 'valibot'
import { speakIn } from './build-words'
import { ContentError } from './content-error'
import {
  CHANGED_WORD,
  DELETED_SENTENCE,
  INSERTED_SENTENCE,
  firstPrinting
} from './example-previous-edition'
import { generateContent, renderGeneratedContent } from './generate-content'
import {
  BUNDLED_CONTENT_DIR,
  BUNDLED_REPORT_FILE,
  PROJECT_ROOT,
  SMALL_TEXT_REPORT,
  TempDirs,
  sampleMetadata,
  writeReport
} from './test-support'
import { generatedText } from './write-generated'

const EXAMPLE = join(PROJECT_ROOT, 'examples', 'field-course')
const temp = new TempDirs()
afterEach(() => temp.cleanup())

function previousEditionsOf(contentDir: string) {
  const file = renderGeneratedContent(contentDir).files.find(
    (f) => f.name === PREVIOUS_EDITIONS_FILE
  )
  return file ? v.parse(PreviousEditionsSchema, JSON.parse(generatedText(file))) : null
}

describe('an edition that bundles the previous edition of a report', () => {
  it("the example's first printing is made from the bundled text by its script, unedited since", () => {
    const made = firstPrinting(readFileSync(BUNDLED_REPORT_FILE, 'utf8'))
    expect(readFileSync(join(EXAMPLE, 'previous', 'crt2021-kazakhstan.txt'), 'utf8')).toBe(made)
  })

  it('builds it into previous-editions.json, with the label its sidecar gives', () => {
    const bundled = previousEditionsOf(EXAMPLE)
    expect(bundled?.reports.map((r) => [r.reportId, r.edition])).toEqual([
      ['crt2021-kazakhstan', '2021, first printing']
    ])
  })

  it('against it, the corrected chapter has a sentence inserted, a word changed, one deleted and a paragraph moved', () => {
    const previous = previousEditionsOf(EXAMPLE)?.reports[0]
    const current = renderGeneratedContent(EXAMPLE).library.reports.find(
      (r) => r.id === 'crt2021-kazakhstan'
    )
    if (!previous || !current) throw new Error('missing')
    const changes = compareEditions(previous, current)
    expect(changes.map((c) => [c.kind, c.unit])).toEqual([
      ['moved', 'paragraph'],
      ['modified', 'sentence'],
      ['inserted', 'sentence'],
      ['deleted', 'sentence']
    ])
    expect(changes[1]?.parts?.filter((p) => p.kind !== 'same').map((p) => p.text.trim())).toEqual([
      CHANGED_WORD.before,
      CHANGED_WORD.after
    ])
    expect(changes[2]?.newText).toBe(INSERTED_SENTENCE)
    expect(changes[3]?.oldText).toBe(DELETED_SENTENCE)
  })

  it('the standard edition names none, so it has no such file and its other files are as before', () => {
    const content = renderGeneratedContent(BUNDLED_CONTENT_DIR)
    expect(content.files.map((f) => f.name)).not.toContain(PREVIOUS_EDITIONS_FILE)
    // Nor does it bundle course notes: neither optional file is written.
    expect(content.absent).toEqual([PREVIOUS_EDITIONS_FILE, COURSE_NOTES_FILE])
  })

  it('a build without previous editions removes the file an earlier build left', () => {
    const outDir = temp.make('reader-generated-')
    generateContent({ contentDir: EXAMPLE, outDir })
    expect(existsSync(join(outDir, PREVIOUS_EDITIONS_FILE))).toBe(true)
    generateContent({ contentDir: BUNDLED_CONTENT_DIR, outDir })
    expect(existsSync(join(outDir, PREVIOUS_EDITIONS_FILE))).toBe(false)
  })
})

describe('a previousEdition the build cannot use is a problem, in plain words', () => {
  const withPrevious = (previousEdition: unknown, files: Record<string, string> = {}) => {
    const dir = temp.make()
    writeReport(dir, 'report.txt', SMALL_TEXT_REPORT, { ...sampleMetadata(), previousEdition })
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }
  const problemsOf = (dir: string) => {
    try {
      renderGeneratedContent(dir)
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => p.problem)
      throw error
    }
    return []
  }

  it.each([
    [
      'a file at the top of the folder',
      { source: 'old.txt', edition: '2023' },
      'previousEdition.source "old.txt" must be a file in a sub-folder of the content folder, e.g. "previous/old.txt"'
    ],
    [
      'a path out of the folder',
      { source: '../elsewhere/report.txt', edition: '2023' },
      'previousEdition.source "../elsewhere/report.txt" must be a file in a sub-folder of the content folder, e.g. "previous/report.txt"'
    ],
    [
      'a file that is not there',
      { source: 'previous/report.txt', edition: '2023' },
      'previousEdition.source "previous/report.txt" does not exist'
    ],
    [
      'another format',
      { source: 'previous/report.odt', edition: '2023' },
      'previousEdition.source "previous/report.odt" must be a .txt, .md, .markdown, .html, .htm, .pdf, .docx, .docm, .epub file'
    ],
    [
      'no label',
      { source: 'previous/report.txt', edition: ' ' },
      'previousEdition.edition is empty'
    ],
    [
      'a bare path',
      'previous/report.txt',
      'previousEdition must look like {"source": "previous/<id>.txt", "edition": "2021, first printing"}'
    ]
  ])('%s', (_name, field, message) => {
    expect(problemsOf(withPrevious(field))).toEqual([message])
  })

  it('a previous edition with no sections says so, as a report would', () => {
    const dir = withPrevious(
      { source: 'previous/report.txt', edition: '2023' },
      { 'previous/report.txt': 'no headings at all' }
    )
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^no recognizable sections/) as unknown as string
    ])
  })

  it.skipIf(process.platform === 'win32')('a link is refused, never followed', () => {
    const dir = withPrevious({ source: 'previous/report.txt', edition: '2023' })
    mkdirSync(join(dir, 'previous'))
    symlinkSync(BUNDLED_REPORT_FILE, join(dir, 'previous', 'report.txt'))
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/is a link to .*Links are refused/)])
  })

  it.skipIf(process.platform === 'win32')(
    'a link is refused in the trainer’s language, the link named before what is wrong with it',
    () => {
      const dir = withPrevious({ source: 'previous/report.txt', edition: '2023' })
      mkdirSync(join(dir, 'previous'))
      symlinkSync(BUNDLED_REPORT_FILE, join(dir, 'previous', 'report.txt'))
      speakIn('ru')
      try {
        expect(problemsOf(dir)).toEqual([
          `${join(dir, 'previous', 'report.txt')}: это ссылка на ${BUNDLED_REPORT_FILE}, а не файл. Ссылки не принимаются, чтобы в приложение не попало ничего извне папки. Скопируйте в папку сам файл или удалите ссылку.`
        ])
      } finally {
        speakIn('en')
      }
    }
  )
})
