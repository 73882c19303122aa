import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  backtickRuns,
  hugeTable,
  manyFootnotes,
  nestedPage
} from '../../scripts/support/hostile-sources'
import { measureHtml } from './html-shape'
import { SOURCE_LIMITS } from './source-limits'
import { markdownShape, prescanProblem } from './source-prescan'
import { PROJECT_ROOT, SAVED_PAGES_DIR } from './test-support'

/**
 * The quick look before a parser reads a report: each shape that hangs or crashes a parser is
 * found at its limit, and no real document comes near one.
 */

const limits = SOURCE_LIMITS
const md = (body: string) => `# Report\n\nFirst paragraph.\n\n${body}\n`

describe('the quick look at a Markdown report', () => {
  it('finds lists and quotes nested past the limit, on one line or by indentation', () => {
    const deep = limits.markdownNesting + 1
    expect(prescanProblem('markdown', md(`${'- '.repeat(deep)}a`))).toMatch(
      /^line 5: lists or quotes are nested 101 deep/
    )
    expect(prescanProblem('markdown', md(`${'> '.repeat(deep)}a`))).toMatch(/nested 101 deep/)
    const indented = Array.from({ length: deep }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')
    expect(prescanProblem('markdown', md(indented))).toMatch(
      /^line 105: lists or quotes are nested 101 deep/
    )
    expect(prescanProblem('markdown', md(`${'- '.repeat(limits.markdownNesting)}a`))).toBeNull()
  })

  it('counts runs of emphasis marks in one paragraph, not in the file', () => {
    const runs = (n: number) => `*a${'**a'.repeat(n - 1)}`
    expect(prescanProblem('markdown', md(runs(limits.markdownEmphasisRuns + 1)))).toMatch(
      /^line 5: a paragraph has 10,001 runs of \*, _ or ~/
    )
    expect(prescanProblem('markdown', md(runs(limits.markdownEmphasisRuns)))).toBeNull()
    const paragraphs = Array.from({ length: 3 }, () => runs(limits.markdownEmphasisRuns / 2))
    expect(prescanProblem('markdown', md(paragraphs.join('\n\n')))).toBeNull()
    // A quote's empty line ends its paragraph, as a blank line does.
    expect(prescanProblem('markdown', md(paragraphs.map((p) => `> ${p}`).join('\n>\n')))).toBeNull()
  })

  it('weighs backtick runs by how many lengths find no partner, times the paragraph', () => {
    expect(prescanProblem('markdown', md(backtickRuns(3000)))).toMatch(
      /^line 5: a paragraph of 4,504,500 characters has backtick \(`\) runs of 3,000 different lengths/
    )
    // Code spans of a few lengths, as real text has them, in a long paragraph: no problem.
    const spans = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '`a`' : '``b``')).join(' ')
    expect(prescanProblem('markdown', md(spans))).toBeNull()
  })

  it('counts footnotes and references to them in the whole file', () => {
    expect(prescanProblem('markdown', md(manyFootnotes(limits.markdownFootnotes + 1)))).toMatch(
      /the file has more than 5,000 footnotes/
    )
    expect(prescanProblem('markdown', md(manyFootnotes(limits.markdownFootnotes)))).toBeNull()
  })

  it('counts table cells in the whole file, the table’s rows without pipes too', () => {
    expect(prescanProblem('markdown', md(hugeTable(1_000_000)))).toMatch(
      /the file’s tables have more than 100,000 cells in all/
    )
    const pipeless = `| Only |\n| --- |\n${'row\n'.repeat(limits.markdownTableCells)}`
    expect(prescanProblem('markdown', md(pipeless))).toMatch(/more than 100,000 cells/)
    expect(prescanProblem('markdown', md(hugeTable(100_000)))).toBeNull()
  })
})

describe('the quick look at a saved page', () => {
  it('finds elements nested past the limit with the parser linkedom uses, and their line', () => {
    expect(prescanProblem('html', nestedPage('div', limits.htmlDepth + 1))).toMatch(
      /^the page has elements nested more than 256 deep \(at line 1\)/
    )
    // Unclosed paragraphs close one another, as the parser closes them: no depth at all.
    const unclosed = `<body>${'<p>text '.repeat(10_000)}</body>`
    expect(measureHtml(unclosed).depth).toBe(2)
    expect(prescanProblem('html', unclosed)).toBeNull()
  })

  it('counts elements', () => {
    const many = `<body>${'<span>a</span>'.repeat(limits.htmlElements + 1)}</body>`
    expect(prescanProblem('html', many)).toMatch(/^the page has more than 250,000 elements/)
  })
})

/** Every file under `dir` whose name matches, a few folders deep. */
function filesUnder(dir: string, name: RegExp, depth = 4): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    const stats = statSync(path, { throwIfNoEntry: false })
    if (stats?.isDirectory() && depth > 0) return filesUnder(path, name, depth - 1)
    return stats?.isFile() && name.test(entry) ? [path] : []
  })
}

describe('real documents come nowhere near a limit', () => {
  // The READMEs of every installed package: hundreds of real Markdown files, tables, nested
  // lists and HTML included; and the project's own documents and report fixtures.
  const markdownFiles = [
    ...filesUnder(join(PROJECT_ROOT, 'node_modules'), /^readme\.md$/i),
    ...filesUnder(join(PROJECT_ROOT, 'docs'), /\.md$/),
    ...filesUnder(join(PROJECT_ROOT, 'examples'), /\.md$/),
    ...filesUnder(join(PROJECT_ROOT, 'test', 'fixtures'), /\.md$/),
    join(PROJECT_ROOT, 'README.md')
  ]

  it(`${markdownFiles.length} Markdown files pass, each measure a fifth of its limit at most`, () => {
    expect(markdownFiles.length).toBeGreaterThan(100)
    for (const file of markdownFiles) {
      const text = readFileSync(file, 'utf8')
      expect(prescanProblem('markdown', text), file).toBeNull()
      const shape = markdownShape(text)
      expect(shape.nesting.value, file).toBeLessThan(limits.markdownNesting / 2)
      expect(shape.emphasisRuns.value, file).toBeLessThan(limits.markdownEmphasisRuns / 5)
      expect(shape.codeSpanWork.value, file).toBeLessThan(limits.markdownCodeSpanWork / 5)
      expect(shape.tableCells.value, file).toBeLessThan(limits.markdownTableCells / 5)
    }
  })

  it('the saved pages pass, their trees far from the limits', () => {
    for (const file of filesUnder(SAVED_PAGES_DIR, /\.html$/)) {
      const shape = measureHtml(readFileSync(file, 'utf8'))
      expect(shape.past, file).toBeNull()
      expect(shape.depth, file).toBeLessThan(limits.htmlDepth / 5)
    }
  })
})
