import { describe, expect, it } from 'vitest'
import { parsePdf } from './parse-pdf'
import type { PdfTextLayer, PdfTextRun } from './pdf-text-layer'
import { sampleMetadata } from './test-support'

/**
 * A line of a test page: its text (or its runs, for a bold label in a regular line), its size
 * (11 pt text unless said), and how far below the line before it its baseline is (14 pt, the
 * text's line spacing, unless said). `full` makes it reach the right margin, as a line in the
 * middle of a paragraph does.
 */
interface Line {
  text: string | [text: string, bold: boolean][]
  size?: number
  bold?: boolean
  below?: number
  /** Where its baseline is instead, from the top of the page. */
  at?: number
  x?: number
  full?: boolean
}

const LEFT = 72
const RIGHT = 540
const TOP = 72
const BOTTOM = 740

/** Pages of lines; more than one page, each with a running head and a page number at its foot. */
function printed(pages: Line[][], furniture = pages.length > 1): string {
  const layer: PdfTextLayer = {
    pages: pages.map((lines, index) => {
      const runs: PdfTextRun[] = []
      let y = TOP - 14
      for (const line of lines) {
        y = line.at ?? y + (line.below ?? 14)
        const size = line.size ?? 11
        const parts =
          typeof line.text === 'string' ? [[line.text, line.bold ?? false] as const] : line.text
        let x = line.x ?? LEFT
        for (const [text, bold] of parts) {
          const width = line.full ? RIGHT - x : text.length * size * 0.5
          runs.push({ text, x, y, width, size, bold })
          x += width + size * 0.3
        }
      }
      if (furniture) {
        runs.push({
          text: 'Testland Annual Report 2021',
          x: LEFT,
          y: 40,
          width: 150,
          size: 9,
          bold: false
        })
        runs.push({
          text: String(index + 1),
          x: 300,
          y: BOTTOM + 20,
          width: 6,
          size: 9,
          bold: false
        })
      }
      return { width: 612, height: 792, runs }
    })
  }
  return JSON.stringify(layer)
}

describe('parsePdf', () => {
  it('finds headings from type size and weight, and re-joins paragraphs across lines and pages', () => {
    const parsed = parsePdf(
      printed([
        [
          { text: 'Overview', size: 18 },
          {
            text: 'Testland remained on guard against the potential for terrorist',
            below: 28,
            full: true
          },
          { text: 'attacks throughout the year.' },
          { text: 'Border Security', size: 14, below: 30 },
          { text: 'Checkpoints', bold: true, below: 28 },
          {
            text: 'The Border Service and other agencies worked to prevent',
            below: 20,
            full: true
          },
          { text: 'travelers with suspected links from entering, and its law-', full: true },
          { text: 'enforcement units held the line; the service was repat\u00AD', full: true }
        ],
        [
          { text: 'riated to the ministry in the spring.' },
          { text: 'A new paragraph starts on the second page.', below: 28 }
        ]
      ])
    )
    expect(parsed.sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          {
            text: 'Testland remained on guard against the potential for terrorist attacks throughout the year.',
            page: 1
          }
        ]
      },
      { heading: 'Border Security', level: 2, blocks: [] },
      {
        heading: 'Checkpoints',
        level: 3,
        blocks: [
          {
            text:
              'The Border Service and other agencies worked to prevent travelers with suspected ' +
              'links from entering, and its law-enforcement units held the line; the service was ' +
              'repatriated to the ministry in the spring.',
            page: 1
          },
          { text: 'A new paragraph starts on the second page.', page: 2 }
        ]
      }
    ])
    expect(parsed.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the running heads and feet ("Testland Annual Report 2021", 2 lines): they repeat at the top or bottom of the pages'
      },
      {
        kind: 'dropped',
        message:
          'dropped the page numbers ("1", 2 lines): each block keeps the page it starts on instead'
      }
    ])
  })

  it('keeps a heading at the top of every page, though it repeats there but for its number', () => {
    const chapter = (n: number): Line[] => [
      { text: `Chapter ${n}`, size: 16, at: 40 },
      { text: `The text of chapter ${n}, in a line of its own.`, below: 40 }
    ]
    const { sections } = parsePdf(printed([chapter(1), chapter(2), chapter(3)], false))
    expect(sections.map((section) => section.heading)).toEqual([
      'Chapter 1',
      'Chapter 2',
      'Chapter 3'
    ])
  })

  it('ends a paragraph at a page break when its last line there ends a sentence short of the margin', () => {
    const { sections } = parsePdf(
      printed([
        [
          { text: 'Overview', size: 16 },
          {
            text: 'The first paragraph runs over two lines, the first of them reaching',
            below: 28,
            full: true
          },
          { text: 'the margin, and ends here.' }
        ],
        [{ text: 'The second starts the page.' }]
      ])
    )
    expect(sections[0]?.blocks).toEqual([
      {
        text: 'The first paragraph runs over two lines, the first of them reaching the margin, and ends here.',
        page: 1
      },
      { text: 'The second starts the page.', page: 2 }
    ])
  })

  it('takes a bold label and colon at the start of a paragraph as a heading, below the others', () => {
    const { sections } = parsePdf(
      printed([
        [
          { text: 'Testland', size: 16 },
          {
            text: [
              ['Overview:', true],
              ['Testland remained on guard.', false]
            ],
            below: 28
          },
          { text: 'Note: a plain sentence stays a paragraph.', below: 28 },
          {
            text: [
              ['2021 Terrorist Incidents:', true],
              ['There were none.', false]
            ],
            below: 28
          }
        ]
      ])
    )
    expect(sections).toEqual([
      { heading: 'Testland', blocks: [] },
      {
        heading: 'Overview',
        level: 2,
        blocks: [
          { text: 'Testland remained on guard.', page: 1 },
          { text: 'Note: a plain sentence stays a paragraph.', page: 1 }
        ]
      },
      {
        heading: '2021 Terrorist Incidents',
        level: 2,
        blocks: [{ text: 'There were none.', page: 1 }]
      }
    ])
  })

  it('reads a page in two columns a column at a time, under a title across both', () => {
    const run = (text: string, x: number, y: number, width = 220, size = 11): PdfTextRun => ({
      text,
      x,
      y,
      width,
      size,
      bold: false
    })
    const [left, right] = [72, 320]
    const layer: PdfTextLayer = {
      pages: [
        {
          width: 612,
          height: 792,
          runs: [
            run('A Report Set in Two Columns, With a Title Across Both', left, 72, 400, 16),
            run('The first paragraph opens the left', left, 110),
            run('top of the right column, where it', right, 110),
            run('column and goes on for a line or', left, 124),
            run('runs on for two more lines and', right, 124),
            run('two before it ends.', left, 138, 110),
            run('then ends.', right, 138, 60),
            run('The second paragraph starts below', left, 166),
            run('A third paragraph ends the page', right, 166),
            run('it and goes on over the foot of', left, 180),
            run('after a line that runs on.', right, 180, 140),
            run('the column to the', left, 194, 100)
          ]
        }
      ]
    }
    expect(parsePdf(JSON.stringify(layer)).sections).toEqual([
      {
        heading: 'A Report Set in Two Columns, With a Title Across Both',
        blocks: [
          {
            text: 'The first paragraph opens the left column and goes on for a line or two before it ends.',
            page: 1
          },
          {
            text: 'The second paragraph starts below it and goes on over the foot of the column to the top of the right column, where it runs on for two more lines and then ends.',
            page: 1
          },
          { text: 'A third paragraph ends the page after a line that runs on.', page: 1 }
        ]
      }
    ])
  })

  it('says the page each list item starts on, when a list goes on over a page', () => {
    const { sections } = parsePdf(
      printed([
        [
          { text: 'Programs', size: 16 },
          { text: 'The ministry ran two programs, and more', below: 28, full: true },
          { text: 'of them than the year before:', full: true },
          { text: '• mentoring for former offenders, in', full: true }
        ],
        [{ text: 'Aktobe and Karaganda;' }, { text: '• life-skills training.' }]
      ])
    )
    expect(sections[0]?.blocks.map(({ text, page }) => ({ text, page }))).toEqual([
      { text: 'The ministry ran two programs, and more of them than the year before:', page: 1 },
      { text: 'mentoring for former offenders, in Aktobe and Karaganda;', page: 1 },
      { text: 'life-skills training.', page: 2 }
    ])
  })

  it('keeps bullet lines as list items', () => {
    const { sections } = parsePdf(
      printed([
        [
          { text: 'Programs', size: 16 },
          { text: 'The ministry ran three programs:', below: 28 },
          { text: '• mentoring for former offenders;' },
          { text: '• family support services, in' },
          { text: 'Aktobe and Karaganda;', x: LEFT + 12 },
          { text: '• life-skills training.' }
        ]
      ])
    )
    const item = { kind: 'list-item', ordered: false, depth: 1 }
    expect(sections[0]?.blocks).toEqual([
      { text: 'The ministry ran three programs:', page: 1 },
      { text: 'mentoring for former offenders;', block: item, page: 1 },
      { text: 'family support services, in Aktobe and Karaganda;', block: item, page: 1 },
      { text: 'life-skills training.', block: item, page: 1 }
    ])
  })

  it('drops the report’s title and printed details as the page chrome rules say', () => {
    const metadata = sampleMetadata('Country Reports on Terrorism 2021: Testland')
    const parsed = parsePdf(
      printed([
        [
          { text: 'Country Reports on Terrorism 2021:', size: 24 },
          { text: 'Testland', size: 24, below: 28 },
          { text: `Publisher ${metadata.publisher}`, size: 10, below: 28 },
          { text: `Edition ${metadata.edition}`, size: 10, below: 15 },
          { text: 'Overview', size: 16, below: 40 },
          {
            text: 'Testland remained on guard against the potential for terrorist',
            below: 28,
            full: true
          },
          { text: 'attacks, both directed from abroad and homegrown, throughout', full: true },
          { text: 'the year.' }
        ]
      ]),
      { metadata, edition: { dropLines: [], endAt: [] } }
    )
    expect(parsed.sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          {
            text: 'Testland remained on guard against the potential for terrorist attacks, both directed from abroad and homegrown, throughout the year.',
            page: 1
          }
        ]
      }
    ])
    expect(parsed.notices.map((notice) => notice.message)).toEqual([
      'dropped the page title ("Country Reports on Terrorism 2021…", 1 line): it repeats the report\'s title',
      `dropped the report's details ("Publisher ${metadata.publisher}…", 2 lines): its publisher, edition and source, which the app shows itself`
    ])
  })

  it('warns about pages without text among pages with text', () => {
    const source = printed(
      [
        [
          { text: 'Overview', size: 16 },
          { text: 'Text.', below: 28 }
        ]
      ],
      false
    )
    const layer = JSON.parse(source) as PdfTextLayer
    const blank = { width: 612, height: 792, runs: [] }
    layer.pages.push(blank, blank)
    expect(parsePdf(JSON.stringify(layer)).notices).toEqual([
      {
        kind: 'warning',
        message:
          'pages 2 and 3 of the PDF have no text (scanned pictures of pages, or pictures only): what they show is not in the app'
      }
    ])
  })

  it('finds no sections in a PDF whose text is all in one type', () => {
    expect(
      parsePdf(printed([[{ text: 'Just prose.' }, { text: 'More prose.', below: 28 }]])).sections
    ).toEqual([])
  })
})
