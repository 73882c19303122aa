import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ProcessedReport } from '../shared/report-model'
import { blockKind } from '../shared/report-model'
import { formatNotice, type ContentNotice } from './build-library'
import { renderGeneratedContent } from './generate-content'
import { parseHtml } from './parse-html'
import { readDocx } from './read-docx'
import { readEpub } from './read-epub'
import { readReportText } from './read-sources'
import { reportOutline } from './report-outline'
import { PROJECT_ROOT, sampleMetadata, TempDirs, writeReport } from './test-support'
import { readZip, ZIP_LIMITS } from './zip-archive'

/**
 * The trainer's handout, written in Markdown (test/fixtures/documents/handout.md), as other tools
 * made it into other formats (test/fixtures/make-documents.sh): pandoc's Word file, EPUB and web
 * page (with its own contents and footnotes), the Word file saved again by LibreOffice, and
 * DocBook's HTML. Each must come out as the Markdown does: the same sections at the same levels,
 * the same blocks of each kind, the same words, references and marks.
 */
const DOCUMENTS = join(PROJECT_ROOT, 'test', 'fixtures', 'documents')
const REAL = join(PROJECT_ROOT, 'test', 'fixtures', 'real-documents')

const temp = new TempDirs()
afterEach(() => temp.cleanup())

/** Each block as a line: its kind, text, references, marks and list place. */
function blocks(report: ProcessedReport, { marks = true } = {}): string[] {
  return report.sections.flatMap((section) => [
    `## ${section.heading} (${section.level ?? 1})`,
    ...section.paragraphs.map((p) =>
      [
        blockKind(p),
        p.text,
        JSON.stringify(p.footnoteRefs ?? []),
        marks ? JSON.stringify(p.marks ?? []) : '',
        p.block?.kind === 'list-item' ? `${p.block.depth}.${p.block.number ?? ''}` : ''
      ].join(' | ')
    )
  ])
}

describe('the handout, made into other formats by other tools', () => {
  let reports: Map<string, ProcessedReport>
  let notices: ContentNotice[]
  beforeAll(() => {
    const built = renderGeneratedContent(DOCUMENTS)
    reports = new Map(built.library.reports.map((report) => [report.id, report]))
    notices = built.notices
  })
  const markdown = () => reports.get('handout') as ProcessedReport

  it('is read from Markdown with its sections, lists, table, quote, code and footnotes', () => {
    expect(reportOutline(markdown()).slice(1)).toEqual([
      '  Introduction: 1 paragraph',
      '  Overview of Tajikistan: 2 paragraphs',
      '  Legislation and Law Enforcement: no text',
      '    Laws in force: 1 paragraph, 5 list items',
      '    Agencies: 4 list items',
      '  Border Security: 4 table rows, 1 paragraph',
      '  Countering Violent Extremism: 2 quote paragraphs, 1 paragraph',
      '  Regional Cooperation: 1 paragraph',
      '  Discussion Questions: 2 list items',
      '  How to Cite This Handout: 2 paragraphs, 1 code block',
      '  Footnotes: 2 footnotes'
    ])
  })

  it.each([
    ['handout-docx', 'pandoc → Word'],
    ['handout-libreoffice', 'pandoc → Word → LibreOffice Writer'],
    ['handout-epub', 'pandoc → EPUB'],
    ['handout-html', 'pandoc → a web page with its own contents']
  ])('comes out of %s (%s) block for block as from the Markdown', (id) => {
    const report = reports.get(id) as ProcessedReport
    expect(reportOutline(report).slice(1)).toEqual(reportOutline(markdown()).slice(1))
    expect(blocks(report)).toEqual(blocks(markdown()))
  })

  it('comes out of DocBook’s HTML with the same blocks and words (DocBook keeps no struck text)', () => {
    const report = reports.get('handout-docbook') as ProcessedReport
    expect(blocks(report, { marks: false })).toEqual(blocks(markdown(), { marks: false }))
  })

  it('says what it dropped: the repeated title, a page’s own contents and style sheet', () => {
    expect(notices.map(formatNotice)).toEqual([
      'handout.md: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title',
      "handout-docbook.html: dropped the page's own table of contents (8 links to its headings): the app has its own",
      'handout-docbook.html: dropped the page title ("Briefing Handout: Tajikistan…", 2 lines): it repeats the report\'s title',
      'handout-docx.docx: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title',
      'handout-epub.epub: dropped the page title ("Briefing Handout: Tajikistan…", 2 lines): it repeats the report\'s title',
      'handout-html.html: dropped what the page runs or loads (1 style sheet): the app holds only text',
      "handout-html.html: dropped the page's own table of contents (10 links to its headings): the app has its own",
      'handout-html.html: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title',
      'handout-libreoffice.docx: dropped the page title ("Briefing Handout: Tajikistan", 1 line): it repeats the report\'s title'
    ])
  })
})

/** A Word file's blocks, read as the build reads one, under a heading of its own. */
function wordBlocks(path: string) {
  const read = readDocx(readFileSync(path))
  if ('problem' in read) throw new Error(read.problem)
  const { sections } = parseHtml(`<h1>Document</h1>${read.text}`, undefined, {
    wholeDocument: true
  })
  return {
    blocks: sections.flatMap((s) => s.blocks.map((b) => [s.heading, blockKind(b), b.text])),
    notices: read.notices.map((n) => n.message)
  }
}

describe('real Word files and EPUBs, from public repositories', () => {
  it('reads a Word file’s footnotes as footnotes, linked from their references', () => {
    expect(wordBlocks(join(REAL, 'mammoth-footnotes.docx')).blocks).toEqual([
      ['Document', 'paragraph', 'Ouch[1].[2]'],
      ['Footnotes', 'footnote', 'A tachyon walks into a bar.'],
      ['Footnotes', 'footnote', 'Fin.']
    ])
  })

  it('reads a Word table as table rows and a list as list items', () => {
    expect(wordBlocks(join(REAL, 'mammoth-tables.docx')).blocks).toEqual([
      ['Document', 'paragraph', 'Above'],
      ['Document', 'table-row', 'Top left | Top right'],
      ['Document', 'table-row', 'Bottom left | Bottom right'],
      ['Document', 'paragraph', 'Below']
    ])
    expect(wordBlocks(join(REAL, 'mammoth-simple-list.docx')).blocks).toEqual([
      ['Document', 'list-item', 'Apple'],
      ['Document', 'list-item', 'Banana']
    ])
  })

  it('never fetches a picture linked from the web, and says it left it out', () => {
    expect(wordBlocks(join(REAL, 'mammoth-external-picture.docx')).notices).toEqual([
      'dropped what the Word file holds besides its text (1 picture linked from the web): never opened or fetched; the app holds only text'
    ])
  })

  it('reads an EPUB’s chapters in the order of its spine, its pictures left out', () => {
    const dir = temp.make()
    writeReport(dir, 'alice.epub', '', sampleMetadata('Alice’s Adventures in Wonderland'))
    writeFileSync(join(dir, 'alice.epub'), readFileSync(join(REAL, 'epubjs-alice.epub')))
    const { library, notices } = renderGeneratedContent(dir)
    const [report] = library.reports
    expect(report?.sections.map((s) => s.heading).slice(1, 4)).toEqual([
      'Down The Rabbit-Hole',
      'The Pool Of Tears',
      'A Caucus-Race And A Long Tale'
    ])
    expect(report?.sections.at(-1)?.heading).toBe("Alice's Evidence")
    expect(notices.map((n) => n.message)).toContain(
      'dropped what the page runs or loads (28 images and media elements): the app holds only text'
    )
  })
})

/** A Word file made of these parts, as zip entries. */
function wordFile(parts: Record<string, string | Uint8Array>): Uint8Array {
  const document =
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Text.</w:t></w:r></w:p></w:body></w:document>'
  return zipSync(
    Object.fromEntries(
      Object.entries({
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        'word/document.xml': document,
        ...parts
      }).map(([name, value]) => [name, typeof value === 'string' ? strToU8(value) : value])
    )
  )
}

describe('hostile or broken Word files and EPUBs, each refused with one plain line', () => {
  const problemOf = (name: string, bytes: Uint8Array | string) => {
    const dir = temp.make()
    const path = join(dir, name)
    writeFileSync(path, bytes)
    const read = readReportText(path, name.endsWith('.epub') ? 'epub' : 'docx')
    return 'problem' in read ? read.problem : null
  }

  it('refuses a Word file with macros, .docm or not', () => {
    const macros = wordFile({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) })
    const refusal =
      'holds macros (programs that Word runs), which the build never opens; save it as a Word Document (.docx) without macros and build again'
    expect(problemOf('report.docx', macros)).toBe(refusal)
    expect(problemOf('report.docm', macros)).toBe(refusal)
  })

  it('refuses a zip bomb before unpacking it, and a file of too many entries', () => {
    // 8 MB of zeros packs into a few kilobytes; the bounds here are 4 MB an entry, 6 MB in all.
    const limits = { ...ZIP_LIMITS, entryBytes: 4 * 1024 * 1024, totalBytes: 6 * 1024 * 1024 }
    const bomb = wordFile({ 'word/huge.xml': new Uint8Array(8 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(readZip(bomb, 'Word file', () => true, limits)).toEqual({
      problem:
        'the Word file would unpack to more than 4 MB, more than any document needs (a "zip bomb"); it was not unpacked'
    })
    const parts = wordFile({
      'word/a.xml': new Uint8Array(3 * 1024 * 1024),
      'word/b.xml': new Uint8Array(3 * 1024 * 1024)
    })
    expect(readZip(parts, 'EPUB', () => true, limits)).toEqual({
      problem:
        'the EPUB would unpack to more than 6 MB, more than any document needs (a "zip bomb"); it was not unpacked'
    })
    const many = Object.fromEntries(
      Array.from({ length: 5001 }, (_, i) => [`word/part${i}.xml`, 'x'])
    )
    expect(problemOf('many.epub', wordFile(many))).toBe(
      'the EPUB holds more than 5,000 files inside it, more than any document needs; it may be damaged or made to harm'
    )
  })

  it('refuses what is not a zip, or a zip that is not the document it says', () => {
    expect(problemOf('notes.docx', 'Just text, saved with the wrong name.')).toBe(
      'not a Word file (it is not a zip file, as a Word file is); check the file'
    )
    expect(problemOf('cut.docx', wordFile({}).subarray(0, 200))).toBe(
      'the Word file could not be unpacked (it may be damaged); save it again from the program that made it'
    )
    expect(problemOf('book.epub', wordFile({}))).toBe(
      'not an EPUB that can be read (it has no package document); save it again from the program that made it'
    )
    expect(problemOf('empty.docx', zipSync({ 'a.txt': strToU8('a') }))).toBe(
      'not a Word document (.docx): it has no document inside; save it from Word or LibreOffice as a Word Document'
    )
  })

  it('leaves out embedded objects and pictures of a Word file, and says so', () => {
    const dir = temp.make()
    const path = join(dir, 'report.docx')
    writeFileSync(
      path,
      wordFile({
        'word/embeddings/oleObject1.bin': new Uint8Array([0xd0, 0xcf]),
        'word/media/image1.png': new Uint8Array([0x89, 0x50])
      })
    )
    const read = readDocx(readFileSync(path))
    expect(read).toEqual({
      text: '<p>Text.</p>',
      notices: [
        {
          kind: 'dropped',
          message:
            'dropped what the Word file holds besides its text (1 embedded object (a file inside it), 1 picture): never opened or fetched; the app holds only text'
        }
      ]
    })
  })

  it('refuses an EPUB locked with DRM', () => {
    const locked = wordFile({
      'META-INF/encryption.xml':
        '<encryption><EncryptedData><CipherData><CipherReference URI="ch1.xhtml"/></CipherData></EncryptedData></encryption>'
    })
    expect(problemOf('locked.epub', locked)).toBe(
      'the EPUB is locked (DRM): its chapters cannot be read; use a copy without DRM, or the report in another format'
    )
  })

  it('reads an EPUB whose chapters count their footnotes from 1 each, keeping them apart', () => {
    const chapter = (n: number) =>
      `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><h1>Chapter ${n}</h1><p>Text${n}<a epub:type="noteref" href="#n1">1</a>.</p><aside epub:type="footnote" id="n1"><p>Note of chapter ${n}.</p></aside></body></html>`
    const epub = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'META-INF/container.xml': strToU8(
        '<container><rootfiles><rootfile full-path="OEBPS/book.opf"/></rootfiles></container>'
      ),
      'OEBPS/book.opf': strToU8(
        '<package><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c1" href="one.xhtml" media-type="application/xhtml+xml"/><item id="c2" href="two.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="nav"/><itemref idref="c2"/><itemref idref="c1"/></spine></package>'
      ),
      'OEBPS/nav.xhtml': strToU8(
        '<html><body><nav><ol><li><a href="one.xhtml">One</a></li></ol></nav></body></html>'
      ),
      'OEBPS/one.xhtml': strToU8(chapter(1)),
      'OEBPS/two.xhtml': strToU8(chapter(2))
    })
    const dir = temp.make()
    const path = join(dir, 'book.epub')
    writeFileSync(path, epub)
    const read = readEpub(readFileSync(path))
    if ('problem' in read) throw new Error(read.problem)
    const { sections } = parseHtml(read.text, undefined, { wholeDocument: true })
    expect(sections.map((s) => [s.heading, s.blocks.map((b) => b.text)])).toEqual([
      ['Chapter 2', ['Text2[1].']],
      ['Chapter 1', ['Text1[2].']],
      ['Footnotes', ['Note of chapter 2.', 'Note of chapter 1.']]
    ])
  })
})
