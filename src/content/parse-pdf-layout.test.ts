import { afterEach, describe, expect, it } from 'vitest'
import { parseWithinLimits } from './bounded-parse'
import { speakIn } from './build-words'
import { NO_CHROME_CONTEXT } from './page-chrome'
import { parsePdf } from './parse-pdf'
import type { PdfPageText, PdfShape, PdfStructElement, PdfTextRun } from './pdf-text-layer'
import { sampleMetadata } from './test-support'

/**
 * How a PDF's layout is read where it is hard to read: words broken at a line's end, a browser's
 * heads and feet on a one-page print, footnotes (and one that goes on over a page), raised
 * numbers that are not footnotes, pages whose order is uncertain, and a tagged PDF with text
 * outside its tags. Pages are built run by run: 11 pt text, 14 pt apart, from x = 72 to 540.
 */

const LEFT = 72
const RIGHT = 540

interface RunSpec {
  x?: number
  size?: number
  bold?: boolean
  width?: number
  mc?: number
}

/** A run; its width is the text's at half an em a character unless given. */
function run(text: string, y: number, spec: RunSpec = {}): PdfTextRun {
  const size = spec.size ?? 11
  return {
    text,
    x: spec.x ?? LEFT,
    y,
    width: spec.width ?? text.length * size * 0.5,
    size,
    bold: spec.bold ?? false,
    ...(spec.mc !== undefined ? { mc: spec.mc } : {})
  }
}

/** A line of a paragraph that runs to the right margin. */
const full = (text: string, y: number, spec: RunSpec = {}) =>
  run(text, y, { ...spec, width: RIGHT - (spec.x ?? LEFT) })

const page = (runs: PdfTextRun[], more: Partial<PdfPageText> = {}): PdfPageText => ({
  width: 612,
  height: 792,
  runs,
  ...more
})

const parse = (...pages: PdfPageText[]) => parsePdf(JSON.stringify({ pages }))

const heading = (text: string, y = 72) => run(text, y, { size: 16, bold: true })

describe('reading a PDF from its layout', () => {
  it('keeps the hyphen of a word broken at a line’s end, but not where the document writes the word whole', () => {
    const { sections } = parse(
      page([
        heading('Border Security'),
        full('Cells of ISIS-', 100),
        full('Khorasan crossed, and the law-', 114),
        full('enforcement agencies of the govern-', 128),
        full('ment met them; the government said so, and al-', 142),
        run('Bukhari agreed.', 156)
      ])
    )
    expect(sections[0]?.blocks.map((block) => block.text)).toEqual([
      'Cells of ISIS-Khorasan crossed, and the law-enforcement agencies of the government met them; ' +
        'the government said so, and al-Bukhari agreed.'
    ])
  })

  it('drops the date, title, address and page count a browser prints around a one-page PDF', () => {
    const small = { size: 8 }
    const parsed = parse(
      page([
        run('12/6/26, 6:59 AM', 22, { ...small, x: 24 }),
        run('Field bulletin', 22, { ...small, x: 280 }),
        heading('Field bulletin', 60),
        full('The course team arrives on Monday and meets the driver at the', 736),
        full('airport, who takes the team to the guest house in the city and', 750),
        run('waits there.', 764),
        run('file:///home/trainer/bulletin.html', 780, { ...small, x: 24 }),
        run('1/1', 780, { ...small, x: 570 })
      ])
    )
    expect(parsed.sections).toEqual([
      {
        heading: 'Field bulletin',
        blocks: [
          {
            text:
              'The course team arrives on Monday and meets the driver at the airport, who takes ' +
              'the team to the guest house in the city and waits there.',
            page: 1
          }
        ]
      }
    ])
    expect(parsed.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the browser\'s heads and feet ("12/6/26, 6:59 AM Field bulletin", 2 lines): the date, title, address and page count a browser prints around a page'
      }
    ])
  })

  it('drops the report’s details though they stand in columns like a table’s, as the app prints them', () => {
    const metadata = sampleMetadata('Country Reports on Terrorism 2021: Testland')
    const detail = (label: string, value: string, y: number) => [
      run(label, y, { size: 10 }),
      run(value, y, { x: LEFT + 80, size: 10 })
    ]
    const parsed = parsePdf(
      JSON.stringify({
        pages: [
          page([
            ...detail('Publisher', metadata.publisher, 60),
            ...detail('Edition', metadata.edition, 74),
            ...detail('Source', metadata.sourceUrl, 88),
            heading('Overview', 120),
            run('Testland remained on guard.', 148)
          ])
        ]
      }),
      { metadata, edition: { dropLines: [], endAt: [] } }
    )
    expect(parsed.sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Testland remained on guard.', page: 1 }] }
    ])
    expect(parsed.notices.map((notice) => notice.message)).toEqual([
      `dropped the report's details ("Publisher ${metadata.publisher}…", 3 lines): its publisher, edition and source, which the app shows itself`
    ])
  })

  it('says it dropped what an untagged PDF marks as artifacts, as a browser marks its head and foot', () => {
    const artifact = (text: string, y: number, x = LEFT) => ({
      ...run(text, y, { x, size: 8 }),
      artifact: true
    })
    const parsed = parse(
      page([
        artifact('12/6/26, 10:54 AM', 22),
        artifact('Field bulletin', 22, 280),
        heading('Overview', 72),
        run('Testland remained on guard.', 100),
        artifact('http://127.0.0.1:42281/index.html', 775),
        artifact('1/1', 775, 520)
      ])
    )
    expect(parsed.sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Testland remained on guard.', page: 1 }] }
    ])
    expect(parsed.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the running heads and feet ("12/6/26, 10:54 AM Field bulletin", 2 lines): the PDF marks them as not part of its text (artifacts)'
      }
    ])
  })

  it('takes footnotes out of the text, links their raised references, and follows one over a page', () => {
    const raised = (label: string, y: number, x: number) => run(label, y - 4, { x, size: 7 })
    const separator: PdfShape = { x: LEFT, y: 690, width: 120, height: 0.5, filled: true }
    const parsed = parse(
      page(
        [
          heading('Overview'),
          full('The border is 1,357 kilometres long, and cells were active along it.', 100),
          raised('1', 100, RIGHT + 1),
          full('Observers raised concerns about how the laws were applied, and the', 114),
          run('government rejected them.', 128),
          raised('2', 128, LEFT + 140),
          raised('1', 710, LEFT),
          run('The length the border troops give.', 710, { x: LEFT + 6, size: 9 }),
          raised('2', 724, LEFT),
          full('Observers means the human rights organizations that publish', 724, {
            x: LEFT + 6,
            size: 9
          })
        ],
        { shapes: [separator] }
      ),
      page(
        [
          full('A second paragraph on the next page goes on for a line and', 72),
          run('ends.', 86),
          run('yearly reports.', 710, { size: 9 })
        ],
        { shapes: [{ ...separator }] }
      )
    )
    const first =
      'The border is 1,357 kilometres long, and cells were active along it.[1] Observers ' +
      'raised concerns about how the laws were applied, and the government rejected them.[2]'
    expect(parsed.sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          {
            text: first,
            footnoteRefs: [
              { start: first.indexOf('[1]'), end: first.indexOf('[1]') + 3, label: '1' },
              { start: first.indexOf('[2]'), end: first.indexOf('[2]') + 3, label: '2' }
            ],
            page: 1
          },
          {
            text: 'A second paragraph on the next page goes on for a line and ends.',
            page: 2
          }
        ]
      },
      {
        heading: 'Footnotes',
        blocks: [
          {
            text: 'The length the border troops give.',
            block: { kind: 'footnote', label: '1' },
            page: 1
          },
          {
            text: 'Observers means the human rights organizations that publish yearly reports.',
            block: { kind: 'footnote', label: '2' },
            page: 1
          }
        ]
      }
    ])
    expect(parsed.notices).toEqual([])
  })

  it('keeps a raised number that refers to no footnote as text, and warns when the PDF has footnotes', () => {
    const raised = (label: string, y: number, x: number) => run(label, y - 4, { x, size: 7 })
    const area = (n: number) => [
      heading('Overview'),
      run('An area of 50 km', 100),
      raised('2', 100, LEFT + 88),
      run(`Text that refers to note ${n}.`, 128),
      raised(String(n), 128, LEFT + 140)
    ]
    const plain = parse(page(area(3)))
    expect(plain.sections[0]?.blocks.map((block) => block.text)).toEqual([
      'An area of 50 km2',
      'Text that refers to note 3.3'
    ])
    expect(plain.notices).toEqual([])

    const withNote = parse(
      page([...area(1), raised('1', 710, LEFT), run('The one footnote.', 710, { x: 78, size: 9 })])
    )
    expect(withNote.sections[0]?.blocks.map((block) => block.text)).toEqual([
      'An area of 50 km2',
      'Text that refers to note 1.[1]'
    ])
    expect(withNote.notices).toEqual([
      {
        kind: 'warning',
        message:
          'a raised number (“2” on page 1) looks like a reference to a footnote, but no footnote 2 was found near it; it is kept as text. Check page 1 against the PDF'
      }
    ])
  })

  it('says which page it read line by line when its text may be columns or a table', () => {
    const side = (x: number) =>
      [200, 200, 90, 90, 90, 90].map((width, i) =>
        run(`Line ${i + 1} at ${x}`, 100 + i * 14, { x, width })
      )
    const parsed = parse(page([heading('Overview')]), page([...side(LEFT), ...side(330)]))
    expect(parsed.notices).toContainEqual({
      kind: 'warning',
      message:
        'the reading order of page 2 is uncertain: text stands in two blocks side by side that may be columns or a table; it was read line by line across both. Check it against the PDF'
    })
  })
})

describe('a PDF’s warnings in the trainer’s language', () => {
  const side = (x: number) =>
    [200, 200, 90, 90, 90, 90].map((width, i) =>
      run(`Line ${i + 1} at ${x}`, 100 + i * 14, { x, width })
    )
  const twoBlocks = () =>
    JSON.stringify({ pages: [page([heading('Overview')]), page([...side(LEFT), ...side(330)])] })
  afterEach(() => speakIn('en'))

  it('say in Russian which page was read line by line across two blocks side by side', () => {
    speakIn('ru')
    expect(parsePdf(twoBlocks()).notices).toContainEqual({
      kind: 'warning',
      message:
        'порядок чтения неясен (стр. 2): текст стоит двумя блоками рядом — это могут быть колонки или таблица; он прочитан построчно поперёк обоих блоков. Сверьте эту страницу с PDF'
    })
  })

  it('are said in the build’s language in its worker thread too, where a PDF is parsed', () => {
    speakIn('ar')
    const parsed = parseWithinLimits('pdf', twoBlocks(), NO_CHROME_CONTEXT)
    expect('notices' in parsed && parsed.notices).toContainEqual({
      kind: 'warning',
      message:
        'ترتيب القراءة غير مؤكد في الصفحة 2: يقف النص في كتلتين متجاورتين قد تكونان عمودين أو جدولًا؛ وقد قُرئ سطرًا سطرًا عبرهما معًا. قارنها بملف PDF'
    })
  })
})

describe('a hostile PDF', () => {
  it('builds from a line of 100,000 runs and a list of 20,000 items over 400 pages', () => {
    const wide = Array.from({ length: 100_000 }, (_, i) =>
      run('x', 120, { x: LEFT + (i % 400), width: 1 })
    )
    const list = Array.from({ length: 400 }, (_, p) =>
      page(Array.from({ length: 50 }, (_, i) => run(`• item ${p * 50 + i + 1}`, 72 + i * 14)))
    )
    const { sections } = parse(page([heading('Overview'), ...wide]), ...list)
    const blocks = sections.flatMap((section) => section.blocks)
    expect(blocks[0]?.text.length).toBeGreaterThan(1000)
    expect(blocks.filter((block) => block.block?.kind === 'list-item')).toHaveLength(20_000)
  })

  it('builds a paragraph that runs on over 200 pages, 10,000 lines, into one block', () => {
    const line = 'word '.repeat(15) + 'more'
    const pages = Array.from({ length: 200 }, () =>
      page(Array.from({ length: 50 }, (_, i) => full(line, 72 + i * 14)))
    )
    const { sections } = parse(page([heading('Overview')]), ...pages)
    expect(sections[0]?.blocks).toHaveLength(1)
    expect(sections[0]?.blocks[0]?.text).toHaveLength(10_000 * (line.length + 1) - 1)
  })
})

describe('reading a tagged PDF', () => {
  const element = (role: string, ...kids: (PdfStructElement | number)[]): PdfStructElement => ({
    role,
    kids
  })

  it('follows its tags, drops its artifacts, and reads text outside the tags where it stands, saying so', () => {
    const tagged =
      'Tagged text, read first, as the tags put it: the tags give the order of the page.'
    const runs = [
      { ...run('Running head', 30, { size: 8 }), artifact: true },
      run('Overview', 72, { size: 16, bold: true, mc: 0 }),
      run(tagged, 100, { mc: 1 }),
      run('Outside.', 86),
      run('A list item, tagged as one though it has no bullet', 128, { x: 90, mc: 2 })
    ]
    const structure = element(
      'Document',
      element('H1', 0),
      element('P', 1),
      element('L', element('LI', element('LBody', 2)))
    )
    // Most of the page is tagged: its tags are followed.
    const parsed = parse(page(runs, { marked: ['H1', 'P', 'LBody'], structure }))
    expect(parsed.sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          { text: tagged, page: 1 },
          {
            text: 'A list item, tagged as one though it has no bullet',
            block: { kind: 'list-item', ordered: false, depth: 1 },
            page: 1
          },
          { text: 'Outside.', page: 1 }
        ]
      }
    ])
    expect(parsed.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the running heads and feet ("Running head", 1 line): the PDF marks them as not part of its text (artifacts)'
      },
      {
        kind: 'warning',
        message:
          "page 1: some text is outside the PDF's tags; it was read where it stands, after the tagged text of its page. Check the order there against the PDF"
      }
    ])
  })
})
