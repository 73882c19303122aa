import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MessageId } from '../shared/i18n/catalog-types'
import { en } from '../shared/i18n/catalogs/en'
import { createTranslator } from '../shared/i18n/translator'
import { megabytes } from './source-limits'
import { makeTestPdf, type TestPdfPage } from './test-pdf'
import {
  CAPTURES_DIR,
  PROJECT_ROOT,
  SAVED_PAGES_DIR,
  TempDirs,
  runBuild,
  sampleMetadata,
  writeReport
} from './test-support'

/**
 * What the build says it dropped, in the trainer's language: every "dropped …" line is a whole
 * message of the catalogs (build.dropped.*), said here on real-looking sources of every kind.
 */

const temp = new TempDirs()
afterAll(() => temp.cleanup())

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures')

/**
 * A trainer's folder: saved pages, web captures, PDFs of several tools, a Word file, Markdown.
 * (What a Word file holds besides its text is said in documents.test.ts; its words below.)
 */
function trainerFolder(): string {
  const dir = temp.make()
  const copy = (from: string, names: string[]) => {
    for (const name of names) copyFileSync(join(from, name), join(dir, name))
  }
  copy(SAVED_PAGES_DIR, ['crt2021-kazakhstan.html', 'crt2021-kazakhstan.meta.json'])
  copy(CAPTURES_DIR, ['crt2021-kyrgyz-republic.txt', 'crt2021-kyrgyz-republic.meta.json'])
  copy(join(FIXTURES, 'documents'), [
    'handout-html.html',
    'handout-html.meta.json',
    'handout-docx.docx',
    'handout-docx.meta.json'
  ])
  copy(join(FIXTURES, 'pdf', 'reports'), [
    'abs-install-manual.pdf',
    'abs-install-manual.meta.json',
    'bulletin-chromium.pdf',
    'bulletin-chromium.meta.json'
  ])
  const page = (n: number): TestPdfPage => [
    { text: 'Field Notes', y: 40, size: 9 },
    { text: `Part ${n}`, y: 80, size: 16 },
    { text: 'Text of the part.', y: 110 },
    { text: String(n), y: 760, x: 300, size: 9 }
  ]
  writeFileSync(join(dir, 'field-notes.pdf'), makeTestPdf([1, 2, 3, 4, 5].map(page)))
  writeFileSync(join(dir, 'field-notes.meta.json'), JSON.stringify(sampleMetadata('Field Notes')))
  // A page copied from a site: its navigation, the report's details, and what follows the article.
  writeReport(
    dir,
    'site-capture.txt',
    [
      'Skip to main content',
      'Publisher Sample Publisher',
      'Overview: The text of the report.',
      'Related Articles',
      'Another page of the site'
    ].join('\n\n')
  )
  writeReport(
    dir,
    'course-notes.md',
    '# Overview\n\n<!-- check the figures -->\n\nText <script>alert(1)</script> kept.\n\n<style>p { color: red }</style>\n'
  )
  writeReport(
    dir,
    'manual.html',
    `<html><body><article><h1>Setup<a class="headerlink" href="#setup">¶</a></h1><p>${'Install it as the guide says. '.repeat(8)}</p><h2>Use<a class="headerlink" href="#use">¶</a></h2><p>${'Run it as the guide says. '.repeat(8)}</p></article></body></html>`
  )
  return dir
}

function build(dir: string, argv: string[], env: Record<string, string> = {}) {
  return runBuild(dir, join(temp.make(), 'generated'), argv, env)
}

/** A line of the build that says what it dropped, in English: `<file>: dropped …`. */
const DROPPED = /^[\w.-]+: (?:dropped |In the HTML)/

/**
 * The words around what comes from the file: without the file's name, its quoted lines («…»)
 * and the names a trainer types or reads as they are (formats, edition.json and its fields).
 */
function wordsOf(line: string): string {
  return line
    .replace(/^[\w.-]+: /, '')
    .replace(/«[^»]*»/g, '')
    .replace(/edition\.json|pageChrome(?:\.endAt)?|\bPDF\b|\bHTML\b|\bWord\b|\.gov\b/g, '')
}

describe('what the build dropped, said in the trainer’s language', () => {
  let dir: string
  let runs: Record<'en' | 'ru' | 'kk' | 'ar', ReturnType<typeof build>>
  beforeAll(() => {
    dir = trainerFolder()
    runs = {
      en: build(dir, []),
      ru: build(dir, ['--lang', 'ru']),
      kk: build(dir, [], { LANG: 'kk_KZ.UTF-8' }),
      ar: build(dir, [], { LANG: 'ar_SA.UTF-8' })
    }
  }, 600_000)

  it('says each kind of thing dropped in English as it did before', () => {
    const { code, stdout, stderr } = runs.en
    expect([code, stderr]).toEqual([0, []])
    expect(stdout.filter((line) => DROPPED.test(line))).toEqual([
      'abs-install-manual.pdf: dropped the running heads and feet ("ABS Manual Installation Guide", 24 lines): they repeat at the top or bottom of the pages',
      'abs-install-manual.pdf: dropped the document\'s own table of contents ("Table of Contents", 34 lines): the app shows its own',
      expect.stringMatching(
        /^bulletin-chromium\.pdf: dropped the running heads and feet \("[^"]+ Field bulletin", 2 lines\): the PDF marks them as not part of its text \(artifacts\)$/
      ),
      'course-notes.md: In the HTML from line 3: an HTML comment was left out (“check the figures”); comments are notes for whoever edits the file, not text for readers.',
      'course-notes.md: In the HTML from line 5: a script was left out (“alert(1)”); the app never runs or shows code from a report.',
      'course-notes.md: In the HTML from line 7: a style sheet was left out (“p { color: red }”); the app never runs or shows code from a report.',
      'crt2021-kazakhstan.html: dropped what the page runs or loads (3 scripts, 2 style sheets, 4 forms and form fields, 1 embedded frame, 5 images and media elements): the app holds only text',
      'crt2021-kazakhstan.html: dropped the page around the article (its header, navigation, sidebars and footer: 646 characters)',
      'crt2021-kazakhstan.html: dropped the page title ("Country Reports on Terrorism 2021…", 2 lines): it repeats the report\'s title',
      'crt2021-kyrgyz-republic.txt: dropped the .gov banner ("An official website of the United States…", 5 lines)',
      'crt2021-kyrgyz-republic.txt: dropped the archive banner ("ARCHIVED CONTENT: This page is kept for…", 2 lines)',
      'crt2021-kyrgyz-republic.txt: dropped the page title ("Kyrgyz Republic", 1 line): it repeats the report\'s title',
      'field-notes.pdf: dropped the running heads and feet ("Field Notes", 5 lines): they repeat at the top or bottom of the pages',
      'field-notes.pdf: dropped the page numbers ("1", 5 lines): each block keeps the page it starts on instead',
      'handout-docx.docx: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title',
      'handout-html.html: dropped what the page runs or loads (1 style sheet): the app holds only text',
      "handout-html.html: dropped the page's own table of contents (10 links to its headings): the app has its own",
      'handout-html.html: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title',
      'manual.html: dropped the permalink marks beside 2 headings ("#", "¶"): links to the page\'s own places',
      'site-capture.txt: dropped the site\'s navigation ("Skip to main content", 1 line)',
      'site-capture.txt: dropped the report\'s details ("Publisher Sample Publisher", 1 line): its publisher, edition and source, which the app shows itself',
      'site-capture.txt: dropped the end of the page ("Related Articles…", 2 lines): the navigation and links after the article'
    ])
  })

  it.each(['ru', 'kk', 'ar'] as const)(
    'says every dropped line in %s, in the same place, with no English word left',
    (locale) => {
      const english = runs.en.stdout
      const said = runs[locale].stdout
      expect(runs[locale].code).toBe(0)
      expect(said).toHaveLength(english.length)
      const dropped = english.flatMap((line, i) => (DROPPED.test(line) ? [i] : []))
      expect(dropped.length).toBeGreaterThan(20)
      for (const i of dropped) {
        const line = said[i] ?? ''
        // The same file, in the same `<file>: <message>` shape.
        expect(line.split(': ')[0]).toBe(english[i]?.split(': ')[0])
        expect(wordsOf(line), line).not.toMatch(/[A-Za-z]/)
      }
    }
  )

  it('counts in Russian with one, few and many forms', () => {
    const said = runs.ru.stdout
    expect(said).toEqual(
      expect.arrayContaining([
        'abs-install-manual.pdf: убраны колонтитулы («ABS Manual Installation Guide», 24 строки): они повторяются вверху или внизу страниц',
        'crt2021-kazakhstan.html: убрано то, что страница запускает или загружает (3 скрипта, 2 таблицы стилей, 4 элемента форм, 1 встроенный фрейм, 5 изображений и медиаэлементов): приложение хранит только текст',
        'crt2021-kazakhstan.html: убрано всё, что окружает статью на странице (шапка, навигация, боковые панели и подвал: 646 символов)',
        'crt2021-kyrgyz-republic.txt: убран баннер государственного сайта .gov («An official website of the United States…», 5 строк)',
        'crt2021-kyrgyz-republic.txt: убран заголовок страницы («Kyrgyz Republic», 1 строка): он повторяет название отчёта',
        'manual.html: убраны значки постоянных ссылок у 2 заголовков («#», «¶»): это ссылки на места самой страницы',
        'course-notes.md: В HTML начиная со строки 5: пропущен скрипт («alert(1)»); приложение никогда не запускает и не показывает код из отчёта.'
      ])
    )
  })

  it('counts in Arabic with its one, two, few and many forms, and its comma', () => {
    const said = runs.ar.stdout
    expect(said).toEqual(
      expect.arrayContaining([
        'abs-install-manual.pdf: حُذفت الترويسات والتذييلات المتكررة («ABS Manual Installation Guide»، 24 سطرًا): فهي تتكرر أعلى الصفحات أو أسفلها',
        'crt2021-kazakhstan.html: حُذف ما تشغّله الصفحة أو تحمّله (3 نصوص برمجية، ورقتا أنماط، 4 نماذج وحقول، إطار مضمّن واحد، 5 صور وعناصر وسائط): لا يحتفظ التطبيق إلا بالنص',
        'crt2021-kyrgyz-republic.txt: حُذف عنوان الصفحة («Kyrgyz Republic»، سطر واحد): فهو يكرر عنوان التقرير',
        'crt2021-kazakhstan.html: حُذف عنوان الصفحة («Country Reports on Terrorism 2021…»، سطران): فهو يكرر عنوان التقرير',
        'field-notes.pdf: حُذفت أرقام الصفحات («1»، 5 أسطر): تحتفظ كل كتلة بدلًا منها برقم الصفحة التي تبدأ فيها'
      ])
    )
  })

  it('writes the same bytes in every language: only its messages change', () => {
    const files = readdirSync(runs.en.out).sort()
    expect(files).toContain('library.json')
    for (const locale of ['ru', 'kk', 'ar'] as const) {
      expect(readdirSync(runs[locale].out).sort()).toEqual(files)
      for (const file of files) {
        expect(
          readFileSync(join(runs[locale].out, file)).equals(readFileSync(join(runs.en.out, file))),
          `${locale}: ${file}`
        ).toBe(true)
      }
    }
  })
})

describe('every build.dropped message, in every language', () => {
  const ids = (Object.keys(en) as MessageId[]).filter((id) => id.startsWith('build.dropped.'))
  const values = {
    quote: '«Share this story»',
    lines: 3,
    characters: 1234,
    links: 2,
    headings: 11,
    count: 1,
    counts: '«3 scripts»',
    line: '12',
    what: 'script',
    shown: 'yes',
    excerpt: '«alert(1)»'
  }

  it.each(['ru', 'kk', 'ar'] as const)('leaves no English word in %s', (locale) => {
    const t = createTranslator(locale)
    expect(ids.length).toBeGreaterThan(25)
    for (const id of ids) {
      for (const what of ['comment', 'script', 'styleSheet']) {
        const said = t(id, { ...values, what })
        expect(wordsOf(said), `${id}: ${said}`).not.toMatch(/[A-Za-z]/)
      }
    }
  })
})

describe('sizes, in the words of the language said', () => {
  it('writes the unit as the language does, and English by default', () => {
    expect(megabytes(5_000_000)).toBe('5.0 MB')
    expect(megabytes(52_400_000)).toBe('52 MB')
    expect(megabytes(640_000)).toBe('640 KB')
    expect(megabytes(3_000_000_000)).toBe('3.0 GB')
    expect(megabytes(5_000_000, createTranslator('ru'))).toBe('5,0 МБ')
    expect(megabytes(3_000_000_000, createTranslator('kk'))).toBe('3,0 ГБ')
    expect(megabytes(52_400_000, createTranslator('ar'))).toBe('52 ميغابايت')
  })
})
