import { readFileSync } from 'node:fs'
import type lunr from 'lunr'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphRef, type Library, type ProcessedReport } from '../shared/report-model'
import { loadSearchIndex, matchedPositions } from '../shared/search/lunr-setup'
import { tokenize } from '../shared/text/tokenize'
import { renderGeneratedContent } from './generate-content'
import { generatedText } from './write-generated'
import { BUNDLED_CONTENT_DIR, BUNDLED_REPORT_FILE } from './test-support'

/** The bundled report, built the way `npm run build:content` builds it. */

const HEADINGS = [
  'Overview',
  '2021 Terrorist Incidents',
  'Legislation, Law Enforcement, and Border Security',
  'Countering the Financing of Terrorism',
  'Countering Violent Extremism',
  'International and Regional Cooperation'
]

/** The capture's page chrome, as the seed README describes it (this test's own list). */
const CHROME_BLOCKS = [
  "An official website of the United States Government Here's how you know",
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
  'On This Page',
  'U.S. Department of State',
  'The Lessons of 1989: Freedom and Our Future'
]

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()
const foldApostrophes = (text: string): string => text.replace(/’/g, "'")

/** Independent reading of the source: blocks minus chrome, grouped at the known headings. */
function expectedSections(): { heading: string; paragraphs: string[] }[] {
  const blocks = readFileSync(BUNDLED_REPORT_FILE, 'utf8')
    .split(/\n\s*\n/)
    .map(normalize)
    .filter((block) => block && !CHROME_BLOCKS.includes(foldApostrophes(block)))
  const sections: { heading: string; paragraphs: string[] }[] = []
  for (const block of blocks) {
    const heading = HEADINGS.find((h) => block.startsWith(`${h}: `))
    if (heading) sections.push({ heading, paragraphs: [block.slice(heading.length + 2)] })
    else sections[sections.length - 1]?.paragraphs.push(block)
  }
  return sections
}

let library: Library
let report: ProcessedReport
let libraryJson: string
let indexJson: string
let index: lunr.Index

beforeAll(() => {
  const generated = renderGeneratedContent(BUNDLED_CONTENT_DIR)
  library = generated.library
  const text = (name: string) => {
    const file = generated.files.find((f) => f.name === name)
    return file ? generatedText(file) : ''
  }
  libraryJson = text('library.json')
  indexJson = text('search-index.json')
  index = loadSearchIndex(JSON.parse(indexJson))
  const [first] = library.reports
  if (!first) throw new Error('no report built')
  report = first
})

function search(query: string): lunr.Index.Result[] {
  return index.query((q) => {
    for (const { term } of tokenize(query)) q.term(term, {})
  })
}

describe('the bundled report', () => {
  it('is one report with its id, format, source file and metadata', () => {
    expect(library.reports.map((r) => [r.id, r.format, r.sourceFile])).toEqual([
      ['crt2021-kazakhstan', 'text', 'crt2021-kazakhstan.txt']
    ])
    expect(report.metadata.title).toBe('Country Reports on Terrorism 2021: Kazakhstan')
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('has exactly the six sections, in order, with 1, 1, 4, 1, 2, 2 paragraphs', () => {
    expect(report.sections.map((s) => s.heading)).toEqual(HEADINGS)
    expect(report.sections.map((s) => s.paragraphs.length)).toEqual([1, 1, 4, 1, 2, 2])
    expect(report.sections.map((s) => s.id)).toEqual([
      'overview',
      '2021-terrorist-incidents',
      'legislation-law-enforcement-and-border-security',
      'countering-the-financing-of-terrorism',
      'countering-violent-extremism',
      'international-and-regional-cooperation'
    ])
    expect(report.sections[2]?.paragraphs.map((p) => p.id)).toEqual([
      'legislation-law-enforcement-and-border-security-p1',
      'legislation-law-enforcement-and-border-security-p2',
      'legislation-law-enforcement-and-border-security-p3',
      'legislation-law-enforcement-and-border-security-p4'
    ])
  })

  it('keeps every body paragraph of the source exactly once, in its own section', () => {
    const built = report.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => p.text)
    }))
    expect(built).toEqual(expectedSections())
    const texts = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('contains no page chrome, in the library or in the index', () => {
    for (const chrome of [
      'official website of the United States',
      'how you know',
      'Official websites use .gov',
      '.gov website',
      'https://',
      'On This Page',
      'Lessons of 1989',
      'Freedom and Our Future'
    ]) {
      expect(JSON.stringify(report.sections)).not.toContain(chrome)
    }
    const texts = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    expect(texts).not.toContain('U.S. Department of State')
    const terms = new Set(
      (JSON.parse(indexJson) as { invertedIndex: [string][] }).invertedIndex.map(([t]) => t)
    )
    for (const term of ['1989', 'lesson', 'freedom', 'gov', 'https', 'page'])
      expect(terms).not.toContain(term)
  })

  it('has no non-breaking spaces and keeps curly quotes and apostrophes', () => {
    expect(libraryJson).not.toMatch(/[\u00A0\u202F\u2007]/)
    expect(libraryJson).toContain('“religious extremism”')
    expect(libraryJson).toContain('Kazakhstan’s Border Guard Service')
  })

  it.each([
    ['Egmont', 'countering-the-financing-of-terrorism-p1'],
    ['hotline', 'countering-violent-extremism-p1'],
    ['181,000', 'countering-violent-extremism-p2'],
    ['C5+1', 'international-and-regional-cooperation-p2'],
    ['API/PNR', 'legislation-law-enforcement-and-border-security-p4'],
    ['nonviolent', 'overview-p1']
  ])('finds %j in %s', (query, paragraphId) => {
    expect(search(query).map((r) => r.ref)).toEqual([paragraphRef(report.id, paragraphId)])
  })

  it('finds “Kazakhstan’s” typed with a straight apostrophe', () => {
    const refs = (query: string): string[] =>
      search(query)
        .map((r) => r.ref)
        .sort()
    expect(refs("Kazakhstan's")).toEqual(refs('Kazakhstan’s'))
    expect(refs("Kazakhstan's")).toEqual(
      expect.arrayContaining([
        paragraphRef(report.id, 'legislation-law-enforcement-and-border-security-p4'),
        paragraphRef(report.id, 'countering-violent-extremism-p1')
      ])
    )
  })

  it('stores positions that point exactly at the word in the paragraph text', () => {
    const paragraphs = new Map(
      report.sections.flatMap((s) =>
        s.paragraphs.map((p) => [paragraphRef(report.id, p.id), p.text])
      )
    )
    for (const [query, word] of [
      ['Egmont', 'Egmont'],
      ['hotline', 'hotline'],
      ['Kazakhstan', 'Kazakhstan'],
      ['terrorism', 'terrorism']
    ] as const) {
      const found = search(query).flatMap((result) =>
        matchedPositions(result)
          .filter(({ field }) => field === 'text')
          .flatMap(({ positions }) =>
            positions.map(([start, length]) =>
              (paragraphs.get(result.ref) ?? '').slice(start, start + length)
            )
          )
      )
      expect(found.length).toBeGreaterThan(0)
      expect(new Set(found)).toEqual(new Set([word]))
    }
  })
})
