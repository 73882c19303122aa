import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { blockKind, type BlockKind } from '../shared/report-model'
import { parseMarkdown } from './parse-markdown'
import { parsePdf } from './parse-pdf'
import type { ParsedSection } from './parsed-section'
import type { PdfTextLayer } from './pdf-text-layer'
import { readPdf } from './read-pdf'

/**
 * PDFs made by other tools from a Markdown source (test/fixtures/pdf/make-fixtures.sh: pandoc,
 * LibreOffice Writer, wkhtmltopdf, Chromium), each judged against its source as the project's
 * Markdown parser reads it: the same sections at the same relative levels, the same counts of
 * paragraphs, list items (at the same depths, with the same numbers), table rows (the header
 * marked), quotes, code blocks and footnotes, the same footnote references in each block, the
 * same words, and each code block's lines as written.
 */

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/pdf')
const HANDOUT = 'handout.md'
const BULLETIN = 'bulletin.md'
const RUNBOOK = 'runbook.md'

interface Case {
  pdf: string
  source: string
  how: string
  /** Table columns the tool cut off at the right (Writer clips a table wider than its column). */
  clipped?: number
  /** Read from its layout alone, as if it had no tags. */
  untagged?: boolean
}

const CASES: Case[] = [
  {
    pdf: 'handout-writer.pdf',
    source: HANDOUT,
    how: 'pandoc → Word → LibreOffice, untagged, running head, footer, page-foot footnotes'
  },
  { pdf: 'handout-writer-tagged.pdf', source: HANDOUT, how: 'the same, tagged' },
  {
    pdf: 'handout-columns.pdf',
    source: HANDOUT,
    how: 'the same in two columns, untagged; the table goes on in the next column',
    clipped: 1
  },
  {
    pdf: 'handout-columns-tagged.pdf',
    source: HANDOUT,
    how: 'the same in two columns, tagged',
    clipped: 1
  },
  {
    pdf: 'handout-wkhtmltopdf.pdf',
    source: HANDOUT,
    how: 'pandoc → HTML → wkhtmltopdf, untagged, bullets drawn as pictures, footnotes at the end'
  },
  {
    pdf: 'handout-chromium.pdf',
    source: HANDOUT,
    how: "pandoc → HTML → Chromium's print, tagged, with its heads and feet"
  },
  {
    pdf: 'handout-writer-tagged.pdf',
    source: HANDOUT,
    how: 'its tags ignored: read from its layout',
    untagged: true
  },
  {
    pdf: 'handout-chromium.pdf',
    source: HANDOUT,
    how: "its tags ignored: a browser's heads and feet on every page, read from the layout",
    untagged: true
  },
  {
    pdf: 'bulletin-chromium.pdf',
    source: BULLETIN,
    how: 'one page printed by Chromium with its date, title, address and page count, untagged'
  },
  {
    pdf: 'runbook-writer.pdf',
    source: RUNBOOK,
    how: 'code blocks: pandoc → Word → LibreOffice, untagged'
  },
  { pdf: 'runbook-writer-tagged.pdf', source: RUNBOOK, how: 'code blocks, tagged' },
  {
    pdf: 'runbook-writer-tagged.pdf',
    source: RUNBOOK,
    how: 'code blocks, its tags ignored',
    untagged: true
  },
  { pdf: 'runbook-wkhtmltopdf.pdf', source: RUNBOOK, how: 'code blocks: wkhtmltopdf, untagged' },
  { pdf: 'runbook-chromium.pdf', source: RUNBOOK, how: "code blocks: Chromium's print, tagged" },
  {
    pdf: 'runbook-chromium.pdf',
    source: RUNBOOK,
    how: "code blocks: Chromium's print, its tags ignored",
    untagged: true
  }
]

interface Shape {
  heading: string
  level: number
  blocks: string[]
}

/** Each section: its heading, level, and each block's kind (with depth, number, header, refs). */
function shape(sections: readonly ParsedSection[], levels: readonly number[]): Shape[] {
  return sections.map((section, i) => ({
    heading: section.heading,
    level: levels[i] ?? section.level ?? 1,
    blocks: section.blocks.map((block) => {
      const kind: BlockKind = blockKind(block)
      const detail =
        block.block?.kind === 'list-item'
          ? ` depth ${block.block.depth}${block.block.ordered ? ` number ${block.block.number}` : ''}`
          : block.block?.kind === 'table-row' && block.block.header
            ? ' header'
            : ''
      const refs = block.footnoteRefs?.map((ref) => ref.label).join(',')
      return `${kind}${detail}${refs ? ` refs ${refs}` : ''}`
    })
  }))
}

/** The words of each section, lowercased, apostrophes folded, hyphenated words kept whole. */
function words(sections: readonly ParsedSection[], clipped = 0): string[][] {
  return sections.map((section) =>
    section.blocks.flatMap(
      (block) =>
        kept(block, clipped)
          .replace(/\[\d+\]/gu, ' ')
          .replace(/[’‘]/gu, "'")
          .toLowerCase()
          .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
    )
  )
}

/** The text of each code block, line breaks and all. */
function codeTexts(sections: readonly ParsedSection[]): string[] {
  return sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.block?.kind === 'code' ? [block.text] : []))
  )
}

/** A block's text, without a table row's last `clipped` cells. */
function kept(block: ParsedSection['blocks'][number], clipped: number): string {
  if (block.block?.kind !== 'table-row' || clipped === 0) return block.text
  const cells = block.block.cells.slice(0, -clipped)
  return cells.map(([start, end]) => block.text.slice(start, end)).join(' ')
}

/** The source's heading levels by rank: its distinct `#` depths in order, the Footnotes at 1. */
function sourceLevels(markdown: string, sections: readonly ParsedSection[]): number[] {
  const depths = [...markdown.matchAll(/^(#{1,6}) /gmu)].map((match) => match[1]?.length ?? 1)
  const ranks = [...new Set(depths)].sort((a, b) => a - b)
  return sections.map((section, i) =>
    i < depths.length ? ranks.indexOf(depths[i] ?? 1) + 1 : (section.level ?? 1)
  )
}

/** A PDF's text layer as if it had no tags: no structure tree, marked content or artifacts. */
function withoutTags(source: string): string {
  const layer = JSON.parse(source) as PdfTextLayer
  return JSON.stringify({
    pages: layer.pages.map(({ width, height, runs, shapes }) => ({
      width,
      height,
      // The type stays (bold, monospaced): it is not a tag.
      runs: runs.map(({ text, x, y, width: w, size, bold, mono }) => ({
        text,
        x,
        y,
        width: w,
        size,
        bold,
        ...(mono ? { mono } : {})
      })),
      ...(shapes ? { shapes } : {})
    }))
  } satisfies PdfTextLayer)
}

describe('a PDF made by another tool from a Markdown source', () => {
  for (const { pdf, source, how, clipped = 0, untagged = false } of CASES) {
    it(`${pdf} (${how}) builds into the source's sections, blocks, footnotes and words`, () => {
      const markdown = readFileSync(join(FIXTURES, 'source', source), 'utf8')
      const expected = parseMarkdown(markdown).sections
      const read = readPdf(readFileSync(join(FIXTURES, 'reports', pdf)))
      if ('problem' in read) throw new Error(read.problem)
      const built = parsePdf(untagged ? withoutTags(read.text) : read.text)
      const actual = built.sections
      expect(
        shape(
          actual,
          actual.map((s) => s.level ?? 1)
        )
      ).toEqual(shape(expected, sourceLevels(markdown, expected)))
      expect(words(actual)).toEqual(words(expected, clipped))
      // Code keeps its own lines, as written.
      expect(codeTexts(actual)).toEqual(codeTexts(expected))
      expect(built.notices.filter((notice) => notice.kind === 'warning')).toEqual([])
    })
  }
})

describe('a real manual exported by LibreOffice Writer 3.5 (test/fixtures/pdf/README.md)', () => {
  const markdown = readFileSync(join(FIXTURES, 'source', 'abs-install-manual.md'), 'utf8')
  // Its title page is pictures and document fields, which pandoc leaves out of the source.
  const [, ...expected] = parseMarkdown(markdown).sections
  const read = readPdf(readFileSync(join(FIXTURES, 'reports', 'abs-install-manual.pdf')))
  if ('problem' in read) throw new Error(read.problem)
  const built = parsePdf(read.text)
  const [title, ...actual] = built.sections
  /** A heading without its printed number ("2.3.1."), in one case (some print in small capitals). */
  const bare = (heading: string) => heading.replace(/^\d+(?:\.\d+)*\.\s+/u, '').toLowerCase()

  it('keeps every heading of its source, in order and nested as numbered, under its title', () => {
    expect(title?.heading).toBe('ABS Manual Installation Guide')
    expect(actual.map((section) => bare(section.heading))).toEqual(
      expected.map((section) => section.heading.toLowerCase())
    )
    // "2.3.1." is three levels below the title: the numbering and the type agree.
    for (const section of actual) {
      const depth = section.heading.match(/^\d+(?:\.\d+)*/u)?.[0].split('.').length ?? 0
      expect(section.level).toBe(depth + 1)
    }
  })

  it('keeps every word of each section, hyphens drawn as soft hyphens included', () => {
    const sectionWords = words(actual)
    words(expected).forEach((source, i) => {
      const pdf = sectionWords[i] ?? []
      // pandoc leaves out the first column of the "phone home" table (numbered paragraphs in
      // its cells); the PDF holds them, so there the source's words come in order among them.
      if (expected[i]?.blocks.some((block) => block.block?.kind === 'table-row')) {
        expect(inOrderWithin(source, pdf)).toBe(true)
      } else expect(pdf).toEqual(source)
    })
    const texts = actual.flatMap((section) => section.blocks.map((block) => block.text))
    expect(texts).toContain('$ mkdir -p /usr/share/amberdms')
    expect(sectionWords.flat()).toEqual(expect.arrayContaining(['open-source', 'user-specific']))
  })

  it('drops its running heads and feet and its own table of contents, and says so', () => {
    expect(built.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the running heads and feet ("ABS Manual Installation Guide", 24 lines): they repeat at the top or bottom of the pages'
      },
      {
        kind: 'dropped',
        message:
          'dropped the document\'s own table of contents ("Table of Contents", 34 lines): the app shows its own'
      }
    ])
  })
})

/** Whether `words` appear in `within` in the same order (others may stand between them). */
function inOrderWithin(words: readonly string[], within: readonly string[]): boolean {
  let at = 0
  for (const word of within) if (word === words[at]) at++
  return at === words.length
}
