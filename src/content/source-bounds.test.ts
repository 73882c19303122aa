import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import {
  flateBombPdf,
  HOSTILE_CASES,
  manyPagePdf,
  type HostileCase
} from '../../scripts/support/hostile-sources'
import { runBuildContent } from './cli'
import { runDiffCli } from './diff-cli'
import { runGlossaryCli } from './glossary-cli'
import { readPdfInSandbox } from './pdf-child/supervise'
import { sandboxCommand } from './pdf-child/sandbox'
import { PDF_LIMITS, readPdf } from './read-pdf'
import { PROJECT_ROOT, sampleMetadata, TempDirs, writeReport } from './test-support'

/**
 * Issue 16's hostile sources, each through the content build, the diff command and the glossary
 * command: each ends in one `<file>: <problem>` line in plain words, exit code 1, nothing written,
 * and never a stack trace or a hang. (scripts/bench-hostile.ts runs the same inputs as commands,
 * with their time and memory.)
 */

const temp = new TempDirs()
afterAll(() => temp.cleanup())

interface Output {
  code: number
  lines: string[]
}

function capture(
  run: (io: { stdout: (t: string) => void; stderr: (t: string) => void }) => number
): Output {
  const lines: string[] = []
  const code = run({ stdout: () => undefined, stderr: (text) => lines.push(...text.split('\n')) })
  return { code, lines }
}

/** What every way in says about a hostile file: one plain line, and nothing else. */
function expectPlainRefusal(output: Output, file: string, problem: RegExp): void {
  expect(output.code).toBe(1)
  const named = output.lines.filter((line) => line.includes(`${file}: `))
  expect(named).toHaveLength(1)
  expect(named[0]?.slice(named[0].indexOf(`${file}: `) + file.length + 2)).toMatch(problem)
  expect(output.lines.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

/** The line each of issue 16's inputs ends in (its start; the rest says what to do). */
const EXPECTED: Readonly<Record<string, RegExp>> = {
  'md-nested-lists':
    /^line 5: lists or quotes are nested 10,000 deep .*the build reads up to 100 levels/,
  'md-nested-quotes': /^line 5: lists or quotes are nested 10,000 deep/,
  'md-emphasis-16k':
    /^line 5: a paragraph has 16,001 runs of \*, _ or ~; the build reads up to 10,000/,
  'md-emphasis-32k': /^line 5: a paragraph has 32,001 runs of \*, _ or ~/,
  'md-emphasis-50k': /^line 5: a paragraph has 50,001 runs of \*, _ or ~/,
  'md-backticks':
    /^line 5: a paragraph of 4,504,500 characters has backtick \(`\) runs of 3,000 different lengths/,
  'md-footnotes': /^line 40,005: the file has more than 20,000 references to footnotes/,
  'md-table': /^is 22 MB, more than the build reads in a Markdown report \(5.0 MB\)/,
  'md-nested-divs': /^the HTML at line 5 has elements nested more than 256 deep/,
  'html-nested-divs': /^the page has elements nested more than 256 deep \(at line 1\)/,
  'html-nested-bold': /^the page has elements nested more than 256 deep \(at line 1\)/,
  'html-50mb': /^is 50 MB, more than the build reads in a saved page \(15 MB\)/,
  'pdf-20000-pages': /^has 20,000 pages, more than the build reads in one PDF \(3,000\)\. Split it/
}

const SOURCE_CASES = HOSTILE_CASES.filter((hostile) => hostile.name in EXPECTED)

async function written(hostile: HostileCase): Promise<{ dir: string; file: string }> {
  const dir = join(temp.make(`reader-hostile-${hostile.name}-`), 'content')
  await hostile.write(dir)
  return { dir, file: join(dir, hostile.file) }
}

describe('a hostile source ends in one plain line, exit 1 and nothing written', () => {
  it.each(SOURCE_CASES.map((hostile) => [hostile.name, hostile] as const))(
    '%s: the content build, the diff command and the glossary command',
    async (name, hostile) => {
      const { dir, file } = await written(hostile)
      const problem = EXPECTED[name] as RegExp
      const out = join(temp.make(), 'generated')
      mkdirSync(out)
      writeFileSync(join(out, 'earlier-build.json'), '{}')
      const io = { env: {}, projectRoot: PROJECT_ROOT, cwd: PROJECT_ROOT }
      const build = capture((o) =>
        runBuildContent({ ...io, ...o, argv: ['--content', dir, '--out', out] })
      )
      expectPlainRefusal(build, file, problem)
      expect(readdirSync(out)).toEqual(['earlier-build.json'])

      const small = join(temp.make(), 'small.md')
      writeFileSync(small, '# Small\n\nA paragraph.\n')
      const diff = capture((o) => runDiffCli({ ...o, argv: [file, small], cwd: PROJECT_ROOT }))
      expectPlainRefusal(diff, file, problem)

      const glossary = capture((o) =>
        runGlossaryCli({
          ...o,
          argv: ['--content', dir],
          projectRoot: PROJECT_ROOT,
          cwd: PROJECT_ROOT
        })
      )
      expectPlainRefusal(glossary, file, problem)
    }
  )

  it('as a bundled previous edition, it is named in the line of the sidecar that names it', async () => {
    const hostile = HOSTILE_CASES.find((c) => c.name === 'md-nested-lists') as HostileCase
    const dir = temp.make()
    writeReport(dir, 'report.md', '# Report\n\nThis edition.\n', {
      ...sampleMetadata(),
      previousEdition: { source: 'previous/report.md', edition: '2021' }
    })
    await hostile.write(join(dir, 'previous'))
    const out = join(temp.make(), 'generated')
    const build = capture((o) =>
      runBuildContent({
        env: {},
        projectRoot: PROJECT_ROOT,
        cwd: PROJECT_ROOT,
        ...o,
        argv: ['--content', dir, '--out', out]
      })
    )
    expectPlainRefusal(
      build,
      join(dir, 'previous', 'report.md'),
      EXPECTED['md-nested-lists'] as RegExp
    )
  })
})

describe("the edition's JSON files are read within their limits", () => {
  const folderWith = (name: string, contents: string): string => {
    const dir = temp.make()
    writeReport(dir, 'report.md', '# Report\n\nA paragraph.\n')
    writeFileSync(join(dir, name), contents)
    return dir
  }
  const buildLines = (dir: string): Output =>
    capture((o) =>
      runBuildContent({
        env: {},
        projectRoot: PROJECT_ROOT,
        cwd: PROJECT_ROOT,
        ...o,
        argv: ['--content', dir, '--out', join(temp.make(), 'generated')]
      })
    )

  it.each([
    ['glossary.json', 5_000_001, /^is 5.0 MB, more than the build reads in a glossary \(4.0 MB\)/],
    [
      'edition.json',
      1_000_001,
      /^is 1.0 MB, more than the build reads in an edition manifest \(1.0 MB\)/
    ],
    [
      'report.meta.json',
      64_001,
      /^is 64 KB, more than the build reads in a metadata file \(64 KB\)/
    ]
  ])('%s larger than its limit is refused before it is read', (name, bytes, problem) => {
    const dir = folderWith(name, `{"padding": "${'x'.repeat(bytes - 15)}"}`)
    expectPlainRefusal(buildLines(dir), join(dir, name), problem)
  })

  it('a glossary of more terms than the build reads, or nested a million deep, is said plainly', () => {
    const terms = Array.from({ length: 20_001 }, (_, i) => ({ term: `T${i}`, expansion: 'x' }))
    const many = folderWith('glossary.json', JSON.stringify({ terms }))
    expectPlainRefusal(
      buildLines(many),
      join(many, 'glossary.json'),
      /^glossary: it has 20,001 terms, more than the build reads \(20,000\)/
    )
    const deep = folderWith(
      'glossary.json',
      `{"terms":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`
    )
    const output = buildLines(deep)
    expect(output.code).toBe(1)
    expect(output.lines).toContain(
      `${join(deep, 'glossary.json')}: glossary: terms[0].term is missing`
    )
  })
})

describe('a PDF is read within its limits, and a huge one is told from a damaged one', () => {
  it('a sound PDF with more pages than the limit is refused at once, naming both numbers', () => {
    expect(readPdf(manyPagePdf(150), { ...PDF_LIMITS, pages: 100 })).toEqual({
      problem:
        'has 150 pages, more than the build reads in one PDF (100). Split it into several PDFs, a report each, or use the report as text or Markdown'
    })
  })

  it('a sound PDF within the limit is read whole, however many pages', () => {
    const read = readPdf(manyPagePdf(100), { ...PDF_LIMITS, pages: 100 })
    expect('text' in read && JSON.parse(read.text).pages).toHaveLength(100)
  })

  it('a flate bomb is stopped at the memory limit, the whole process counted, with how far it got', () => {
    // Time is no limit here: only the memory stops it, on any machine.
    const limits = {
      ...PDF_LIMITS,
      memoryBytes: 300_000_000,
      openSeconds: 3600,
      pageSeconds: 3600,
      seconds: 3600
    }
    const read = readPdf(flateBombPdf(4 * 1024 ** 3), limits)
    expect('problem' in read && read.problem).toMatch(
      /^reading the PDF took \d+ MB of memory at page 1 of 1 \(it may have 300 MB\) and was stopped: it is probably damaged, or made to fill the memory/
    )
  })

  it('a reader that hangs on a page is stopped, and said to be stuck on that page', async () => {
    // The page's time counts from the last page read: no machine is too slow for this.
    const hanging = fileURLToPath(
      new URL('../../test/fixtures/sandbox/hanging-reader.mjs', import.meta.url)
    )
    const outcome = await readPdfInSandbox(
      Buffer.from('%PDF-1.4'),
      { ...PDF_LIMITS, openSeconds: 3600, pageSeconds: 1 },
      sandboxCommand(hanging)
    )
    expect(outcome).toMatchObject({ stopped: 'page-time', pagesRead: 1, pages: 3 })
  })
})
