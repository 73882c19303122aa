import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runScript } from '../../test/support/run-script'
import { parseCliOptions, runBuildContent, UsageError } from './cli'
import { makeTestPdf, type TestPdfPage } from './test-pdf'
import {
  PROJECT_ROOT,
  SAVED_PAGES_DIR,
  SMALL_TEXT_REPORT,
  TempDirs,
  runBuild,
  sampleMetadata,
  writeReport
} from './test-support'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

const defaults = { contentDir: 'resources/reports', outDir: 'resources/generated' }

describe('build-content options', () => {
  it('defaults to resources/reports and resources/generated', () => {
    expect(parseCliOptions([], {}, defaults)).toEqual({ ...defaults, outline: false })
  })

  it('takes the folders from READER_CONTENT_DIR and READER_GENERATED_DIR', () => {
    const env = { READER_CONTENT_DIR: 'env/in', READER_GENERATED_DIR: 'env/out' }
    expect(parseCliOptions([], env, defaults)).toEqual({
      contentDir: 'env/in',
      outDir: 'env/out',
      outline: false
    })
  })

  it('lets --content and --out win over the environment', () => {
    const env = { READER_CONTENT_DIR: 'env/in', READER_GENERATED_DIR: 'env/out' }
    expect(
      parseCliOptions(['--content', 'flag/in', '--outline', '--out=flag/out'], env, defaults)
    ).toEqual({ contentDir: 'flag/in', outDir: 'flag/out', outline: true })
  })

  it('rejects unknown arguments and missing folders', () => {
    expect(() => parseCliOptions(['--contnet', 'x'], {}, defaults)).toThrow(UsageError)
    expect(() => parseCliOptions(['--content'], {}, defaults)).toThrow('--content needs a folder')
    expect(() => parseCliOptions(['--content', '--out', 'x'], {}, defaults)).toThrow(UsageError)
  })

  it('prints one summary line on success', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    const out = join(temp.make(), 'generated')
    const stdout: string[] = []
    const stderr: string[] = []
    const code = runBuildContent({
      argv: ['--content', dir, '--out', out],
      env: {},
      projectRoot: PROJECT_ROOT,
      cwd: PROJECT_ROOT,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line)
    })
    expect([code, stderr]).toEqual([0, []])
    const indexBytes = readFileSync(join(out, 'search-index.json')).length
    const packedBytes = readFileSync(join(out, 'search-index.bin')).length
    expect(stdout).toHaveLength(1)
    expect(stdout[0]).toMatch(
      new RegExp(
        `^build:content: 1 report, 2 sections, 3 paragraphs .* lunr index ${indexBytes} bytes, packed index ${packedBytes} bytes; \\d+ ms, peak memory \\d+ MB$`
      )
    )
  })
})

describe('what the build says about each file', () => {
  function build(dir: string, ...flags: string[]) {
    const stdout: string[] = []
    const stderr: string[] = []
    const code = runBuildContent({
      argv: ['--content', dir, '--out', join(temp.make(), 'generated'), ...flags],
      env: {},
      projectRoot: PROJECT_ROOT,
      cwd: PROJECT_ROOT,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line)
    })
    return { code, stdout, stderr }
  }

  it('prints one line per thing dropped and per warning, before the summary', () => {
    const dir = temp.make()
    writeReport(
      dir,
      'kyrgyz-republic.txt',
      'ARCHIVED CONTENT, NOT UPDATED\nFor current information, go to state.gov\n\nOverview: Text cut off mid-wor',
      sampleMetadata('Country Reports on Terrorism 2021: Kyrgyz Republic')
    )
    const { code, stdout, stderr } = build(dir)
    expect([code, stderr]).toEqual([0, []])
    expect(stdout.slice(0, -1)).toEqual([
      'kyrgyz-republic.txt: dropped the archive banner ("ARCHIVED CONTENT, NOT UPDATED…", 2 lines)',
      'kyrgyz-republic.txt: warning: the text looks cut off: it ends in the middle of a sentence ("Text cut off mid-wor"). Everything up to there is kept; check that the file is complete.'
    ])
    expect(stdout.at(-1)).toMatch(/^build:content: 1 report, 1 section, 1 paragraph /)
  })

  it('says what it dropped from every file, whatever its format', () => {
    const dir = temp.make()
    writeReport(
      dir,
      'kyrgyz-republic.txt',
      'ARCHIVED CONTENT, NOT UPDATED\nFor current information, go to state.gov\n\nOverview: Text.',
      sampleMetadata('Country Reports on Terrorism 2021: Kyrgyz Republic')
    )
    for (const name of ['crt2021-kazakhstan.html', 'crt2021-kazakhstan.meta.json']) {
      copyFileSync(join(SAVED_PAGES_DIR, name), join(dir, name))
    }
    const page = (n: number): TestPdfPage => [
      { text: 'Field Notes', y: 40, size: 9 },
      { text: `Part ${n}`, y: 80, size: 16 },
      { text: 'Text of the part.', y: 110 },
      { text: String(n), y: 760, x: 300, size: 9 }
    ]
    writeFileSync(join(dir, 'field-notes.pdf'), makeTestPdf([page(1), page(2)]))
    writeFileSync(join(dir, 'field-notes.meta.json'), JSON.stringify(sampleMetadata('Field Notes')))
    const { code, stdout, stderr } = build(dir)
    expect([code, stderr]).toEqual([0, []])
    expect(stdout.slice(0, -1)).toEqual([
      'crt2021-kazakhstan.html: dropped what the page runs or loads (3 scripts, 2 style sheets, 4 forms and form fields, 1 embedded frame, 5 images and media elements): the app holds only text',
      'crt2021-kazakhstan.html: dropped the page around the article (its header, navigation, sidebars and footer: 646 characters)',
      'crt2021-kazakhstan.html: dropped the page title ("Country Reports on Terrorism 2021…", 2 lines): it repeats the report\'s title',
      'field-notes.pdf: dropped the running heads and feet ("Field Notes", 2 lines): they repeat at the top or bottom of the pages',
      'field-notes.pdf: dropped the page numbers ("1", 2 lines): each block keeps the page it starts on instead',
      'kyrgyz-republic.txt: dropped the archive banner ("ARCHIVED CONTENT, NOT UPDATED…", 2 lines)'
    ])
  })

  it('prints what came out of each file with --outline', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', `${SMALL_TEXT_REPORT}\n• one\n• two\n`)
    expect(build(dir, '--outline').stdout.slice(0, -1)).toEqual([
      'small.txt: 2 sections, 5 blocks',
      '  Overview: 2 paragraphs',
      '  Details: 1 paragraph, 2 list items'
    ])
  })
})

describe('the build speaks the trainer’s language', () => {
  const build = (dir: string, argv: string[], env: Record<string, string> = {}) =>
    runBuild(dir, join(temp.make(), 'generated'), argv, env)

  /** A Markdown file of quotes inside one another 150 deep, past the build's 100 levels. */
  function hostileFolder(): string {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    writeReport(dir, 'deep.md', `# Overview\n\n${'> '.repeat(150)}Too deep.\n`)
    return dir
  }

  it('refuses a hostile source in Russian with --lang ru, and stops as it does in English', () => {
    const dir = hostileFolder()
    const english = build(dir, [])
    const russian = build(dir, ['--lang', 'ru'])
    expect([english.code, english.stdout]).toEqual([1, []])
    expect([russian.code, russian.stdout]).toEqual([1, []])
    expect(russian.stderr).toEqual([
      `build:content: в ${dir} найдена 1 проблема; ничего не записано:`,
      `${join(dir, 'deep.md')}: строка 3: списки или цитаты вложены на глубину 150 (или отступ строки — 300 пробелов); сборка читает не больше 100 уровней. Проверьте, что файл в формате Markdown, и отступ этой строки`
    ])
    expect(english.stderr[1]).toMatch(/deep\.md: line 3: lists or quotes are nested 150 deep/)
  })

  it('speaks Kazakh when LANG says kk_KZ.UTF-8, and --lang wins over LANG', () => {
    const dir = temp.make()
    writeReport(dir, 'flat.txt', 'No headings here.')
    const kazakh = build(dir, [], { LANG: 'kk_KZ.UTF-8' })
    expect(kazakh.code).toBe(1)
    expect(kazakh.stderr).toEqual([
      `build:content: ${dir} ішінде 1 мәселе табылды; ештеңе жазылған жоқ:`,
      `${join(dir, 'flat.txt')}: танылатын бөлімдер жоқ (абзац басындағы «Overview:» сияқты тақырыптар күтілген)`
    ])
    expect(build(dir, ['--lang=en'], { LANG: 'kk_KZ.UTF-8' }).stderr[1]).toBe(
      `${join(dir, 'flat.txt')}: no recognizable sections (expected run-in headings such as "Overview:" at the start of a paragraph)`
    )
  })

  it('names what is wrong with the folder’s files in Russian', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT, null)
    writeReport(dir, 'Notes.txt', SMALL_TEXT_REPORT)
    writeFileSync(join(dir, 'empty.md'), '  \n')
    writeFileSync(join(dir, 'empty.meta.json'), JSON.stringify(sampleMetadata()))
    const { code, stderr } = build(dir, ['--lang', 'ru'])
    expect(code).toBe(1)
    expect(stderr).toEqual([
      `build:content: в ${dir} найдены 3 проблемы; ничего не записано:`,
      `${join(dir, 'Notes.txt')}: недопустимый идентификатор отчёта «Notes»: имя файла (без расширения) должно состоять из строчных латинских букв и цифр, слова — через одиночный дефис, не длиннее 120 символов, например crt2021-kazakhstan`,
      `${join(dir, 'empty.md')}: файл пуст`,
      `${join(dir, 'small.txt')}: нет файла метаданных small.meta.json`
    ])
  })

  it('speaks English for a language it does not have', () => {
    const dir = hostileFolder()
    for (const [argv, env] of [
      [['--lang', 'de'], {}],
      [[], { LC_ALL: 'fr_FR.UTF-8', LANG: 'ru_RU.UTF-8' }],
      [[], { LANG: 'C.UTF-8' }]
    ] as const) {
      const { code, stderr } = build(dir, [...argv], { ...env })
      expect(code).toBe(1)
      expect(stderr[0]).toBe(`build:content: 1 problem in ${dir}; nothing was written:`)
    }
  })

  it('says a usage error in the language asked for', () => {
    const { code, stderr } = build(temp.make(), ['--lang', 'ru', '--contnet'])
    expect(code).toBe(2)
    expect(stderr).toEqual([
      'build:content: неизвестный аргумент «--contnet»',
      'использование: build-content [--content <папка>] [--out <папка>] [--outline] [--lang <язык>]'
    ])
    expect(build(temp.make(), ['--help']).stdout).toEqual([
      'usage: build-content [--content <dir>] [--out <dir>] [--outline] [--lang <language>]'
    ])
    expect(build(temp.make(), ['--lang']).stderr[0]).toBe(
      'build:content: --lang needs a language: en, ru, kk or ar'
    )
  })

  it('writes the same bytes in every language: only its messages change', () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    const repeated = 'The same long paragraph stands in both sections of this report.'
    writeReport(
      dir,
      'kyrgyz-republic.txt',
      `ARCHIVED CONTENT, NOT UPDATED\nFor current information, go to state.gov\n\nOverview: ${repeated}\n\nDetails: ${repeated}\n\nEnd: Text cut off mid-wor`,
      sampleMetadata('Country Reports on Terrorism 2021: Kyrgyz Republic')
    )
    const runs = [
      build(dir, []),
      build(dir, ['--lang', 'ru']),
      build(dir, [], { LANG: 'kk_KZ.UTF-8' }),
      build(dir, ['--lang=ar'])
    ]
    const [english, ...others] = runs
    if (!english) throw new Error('no English build')
    expect(english.stdout.filter((line) => line.includes(': warning: '))).toHaveLength(2)
    const files = readdirSync(english.out).sort()
    expect(files).toContain('library.json')
    for (const other of others) {
      expect(other.code).toBe(0)
      expect(other.stdout).not.toEqual(english.stdout)
      expect(readdirSync(other.out).sort()).toEqual(files)
      for (const file of files) {
        expect(
          readFileSync(join(other.out, file)).equals(readFileSync(join(english.out, file))),
          file
        ).toBe(true)
      }
    }
    expect(runs[1]?.stdout).toContain(
      'kyrgyz-republic.txt: предупреждение: текст, похоже, оборван: он заканчивается посреди предложения («Text cut off mid-wor»). Всё до этого места сохранено; проверьте, что файл полный.'
    )
    expect(runs[3]?.stdout.at(-1)).toMatch(/^build:content: تقريران، /)
  })
})

/** Runs `tsx scripts/build-content.ts` in the project root, with only the READER_* folders given. */
function runBuildContentScript(args: string[], env: Record<string, string>) {
  const baseEnv = { ...process.env }
  delete baseEnv['READER_CONTENT_DIR']
  delete baseEnv['READER_GENERATED_DIR']
  // The lines asserted here are English, whatever language the machine running the tests speaks.
  delete baseEnv['LC_ALL']
  delete baseEnv['LC_MESSAGES']
  delete baseEnv['LANG']
  return runScript('scripts/build-content.ts', args, { env: { ...baseEnv, ...env } })
}

describe('npm run build:content (the script, spawned with tsx)', () => {
  it('builds the folder given by --content into the folder given by --out', async () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    const out = temp.make()
    const result = await runBuildContentScript(['--content', dir, '--out', out], {})
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^build:content: 1 report, 2 sections, 3 paragraphs/)
    expect(readFileSync(join(out, 'library.json'), 'utf8')).toContain('"id": "small"')
  })

  it('fails with exit code 1 and names the bad file, reading the folder from READER_CONTENT_DIR', async () => {
    const dir = temp.make()
    writeReport(dir, 'small.txt', SMALL_TEXT_REPORT)
    writeReport(dir, 'flat.txt', 'No headings here.')
    const out = temp.make()
    const result = await runBuildContentScript([], {
      READER_CONTENT_DIR: dir,
      READER_GENERATED_DIR: out
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`${join(dir, 'flat.txt')}: no recognizable sections`)
    expect(result.stderr).toContain('nothing was written')
  })
})
