import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatNotice } from './build-library'
import { ContentError } from './content-error'
import { renderGeneratedContent } from './generate-content'
import { sandboxCommand } from './pdf-child/sandbox'
import { sampleMetadata } from './test-support'
import { makeTestPdf, type TestPdfPage } from './test-pdf'

describe('a PDF report in the content folder', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'reader-pdf-'))
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const build = (file: Buffer) => {
    writeFileSync(join(folder, 'field-notes.pdf'), file)
    writeFileSync(
      join(folder, 'field-notes.meta.json'),
      JSON.stringify(sampleMetadata('Field Notes'))
    )
    return renderGeneratedContent(folder)
  }
  const problems = (file: Buffer): string[] => {
    try {
      build(file)
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.problem}`)
      throw error
    }
    return []
  }

  it('builds from its text layer: headings in bold type, paragraphs, the page each starts on', () => {
    const page = (n: number): TestPdfPage => [
      { text: 'Field Notes', y: 40, size: 9 },
      { text: `Heading ${n}`, y: 80, bold: true },
      { text: `The text under heading ${n} runs over two lines of the page and`, y: 100 },
      { text: 'ends on the second.', y: 114 },
      { text: String(n), y: 760, x: 300, size: 9 }
    ]
    const { library, notices } = build(makeTestPdf([page(1), page(2)]))
    const [report] = library.reports
    expect(report?.format).toBe('pdf')
    expect(
      report?.sections.map(({ heading, paragraphs }) => ({
        heading,
        paragraphs: paragraphs.map(({ text, page }) => ({ text, page }))
      }))
    ).toEqual(
      [1, 2].map((n) => ({
        heading: `Heading ${n}`,
        paragraphs: [
          {
            text: `The text under heading ${n} runs over two lines of the page and ends on the second.`,
            page: n
          }
        ]
      }))
    )
    expect(notices.map(formatNotice)).toEqual([
      'field-notes.pdf: dropped the running heads and feet ("Field Notes", 2 lines): they repeat at the top or bottom of the pages',
      'field-notes.pdf: dropped the page numbers ("1", 2 lines): each block keeps the page it starts on instead'
    ])
  })

  it('is refused when it has no text, as a scanned PDF has none, with a message naming it', () => {
    expect(problems(makeTestPdf(['scanned', 'scanned']))).toEqual([
      `${join(folder, 'field-notes.pdf')}: has no text to read: it looks like a scanned PDF (pictures of 2 pages), without a text layer. Run it through text recognition (OCR) first, or use the report as text, Markdown or a saved web page instead`
    ])
  })

  it('is refused when it is not a PDF at all, or a damaged one', () => {
    expect(problems(Buffer.from('Overview: not a PDF'))).toEqual([
      `${join(folder, 'field-notes.pdf')}: not a PDF file (it does not start as a PDF does); check the file`
    ])
    expect(problems(Buffer.from('%PDF-1.4\nthe rest is missing'))).toEqual([
      `${join(folder, 'field-notes.pdf')}: not a PDF file that can be read (it may be damaged or not a PDF at all)`
    ])
  })

  it('is read by a process that may read nothing but pdf.js: no other file, no writing, no programs', () => {
    const secret = join(folder, 'secret.txt')
    writeFileSync(secret, 'not for a PDF to see')
    const attempt = (code: string) =>
      `try { ${code}; console.log('done') } catch (error) { console.log(error.code) }`
    const script = join(folder, 'attempts.mjs')
    writeFileSync(
      script,
      [
        "import { createRequire } from 'node:module'",
        "import { writeSync } from 'node:fs'",
        'const require = createRequire(import.meta.url)',
        'const console = { log: (line) => writeSync(1, `${line}\\n`) }',
        attempt(`require('node:fs').readFileSync(${JSON.stringify(secret)})`),
        attempt(`require('node:fs').writeFileSync(${JSON.stringify(secret)}, 'changed')`),
        attempt(
          `process.getBuiltinModule('node:child_process').execFileSync(process.execPath, ['--version'])`
        )
      ].join('\n')
    )
    const { command, args, env } = sandboxCommand(script)
    const output = execFileSync(command, args, {
      encoding: 'utf8',
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    expect(output.trim().split('\n')).toEqual([
      'ERR_ACCESS_DENIED',
      'ERR_ACCESS_DENIED',
      'ERR_ACCESS_DENIED'
    ])
  })
})
