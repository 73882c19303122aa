import { describe, expect, it } from 'vitest'
import { NO_EDITION_RULES } from './page-chrome'
import { parseMarkdown } from './parse-markdown'
import { sampleMetadata } from './test-support'

const md = (...lines: string[]) => lines.join('\n')
const texts = (source: string) =>
  parseMarkdown(source).sections.flatMap((s) => s.blocks.map((b) => b.text))

describe('parseMarkdown: sections', () => {
  it('gives headings levels by rank: the highest used is 1, each lower rank used one more', () => {
    const { sections } = parseMarkdown(
      md('Preface.', '## Part', '### Sub', '#### Subsub', '##### Deep', '###### Deeper', '## Next')
    )
    expect(sections.map((s) => [s.heading, s.level ?? 1])).toEqual([
      ['Introduction', 1],
      ['Part', 1],
      ['Sub', 2],
      ['Subsub', 3],
      ['Deep', 4],
      ['Deeper', 4],
      ['Next', 1]
    ])
    // A top-level section has no level field: a report without subsections has the JSON it had.
    expect(sections[1]).not.toHaveProperty('level')
  })

  it('keeps headings of one rank siblings after a jump: no staircase', () => {
    const { sections } = parseMarkdown(
      md('## Part', '###### One', '###### Two', '###### Three', '## Next', '###### Four')
    )
    expect(sections.map((s) => s.level ?? 1)).toEqual([1, 2, 2, 2, 1, 2])
  })

  it('never puts a section more than one level below the one it stands under', () => {
    const { sections } = parseMarkdown(md('## Part', '#### Skipped a level', '###### Again'))
    expect(sections.map((s) => s.level ?? 1)).toEqual([1, 2, 3])
    // ### is used elsewhere, yet #### right under ## is one level below it.
    const jump = parseMarkdown(md('## A', '#### Under A', '## B', '### Under B', '#### Under that'))
    expect(jump.sections.map((s) => s.level ?? 1)).toEqual([1, 2, 1, 2, 3])
  })

  it('takes a file’s one # heading for its title: level 1, beside its ## sections', () => {
    const { sections } = parseMarkdown(md('# Field guide', 'Intro.', '## Searching', '### Queries'))
    expect(sections.map((s) => [s.heading, s.level ?? 1])).toEqual([
      ['Field guide', 1],
      ['Searching', 1],
      ['Queries', 2]
    ])
  })

  it('drops the # title that repeats the report’s title, saying so; its text is the introduction', () => {
    const { sections, notices } = parseMarkdown(
      md('# Briefing on Tajikistan', 'Prepared for the course.', '## Overview', 'Text.'),
      { metadata: sampleMetadata('Briefing on Tajikistan'), edition: NO_EDITION_RULES }
    )
    expect(sections.map((s) => s.heading)).toEqual(['Introduction', 'Overview'])
    expect(notices.map((n) => n.message)).toEqual([
      'dropped the page title ("Briefing on Tajikistan", 1 line): it repeats the report\'s title'
    ])
  })

  it('keeps a heading that repeats the title when it is the only one: the text needs a section', () => {
    const { sections, notices } = parseMarkdown(md('# Chapter 1', 'Text of chapter 1.'), {
      metadata: sampleMetadata('Country Report on Terrorism 2021 — Chapter 1 — Kazakhstan'),
      edition: NO_EDITION_RULES
    })
    expect(sections.map((s) => [s.heading, s.blocks.map((b) => b.text)])).toEqual([
      ['Chapter 1', ['Text of chapter 1.']]
    ])
    expect(notices).toEqual([])
  })

  it('finds no sections without any heading; any heading will do', () => {
    expect(parseMarkdown('Just text.\n\nMore text.').sections).toEqual([])
    expect(parseMarkdown('Just text.\n\n### Only a deep heading').sections).toHaveLength(2)
  })

  it('keeps inline markup’s text, and emphasis, strong, code, links and struck text as marks', () => {
    const { sections } = parseMarkdown(
      md(
        '# First *Part*',
        'A [linked](https://example.org) word, `code`, **bold**, ~~struck~~, ![a map](m.png) and AT&amp;T,',
        'over two lines, with a hard  ',
        'break and www.example.org, [a page](./page.md) and [a ref][r].',
        '',
        '[r]: https://example.org/ref',
        '',
        'Second\nSection\n---',
        '***'
      )
    )
    const text =
      'A linked word, code, bold, struck, a map and AT&T, over two lines, with a hard break and www.example.org, a page and a ref.'
    const marked = (from: string, kind: string, href?: string) => {
      const start = text.indexOf(from)
      return { start, end: start + from.length, kind, ...(href ? { href } : {}) }
    }
    expect(sections).toEqual([
      {
        heading: 'First Part',
        blocks: [
          {
            text,
            marks: [
              marked('linked', 'link', 'https://example.org'),
              marked('code', 'code'),
              marked('bold', 'strong'),
              marked('struck', 'strike'),
              marked('www.example.org', 'link', 'http://www.example.org'),
              // A link within the files of a site keeps no address: the app opens none.
              marked('a page', 'link'),
              marked('a ref', 'link', 'https://example.org/ref')
            ]
          }
        ]
      },
      { heading: 'Second Section', blocks: [] }
    ])
  })

  it('nests marks, and puts none on the spaces at their ends', () => {
    const [section] = parseMarkdown(md('# M', 'Say *it **loud*** now.')).sections
    const [html] = parseMarkdown(md('# M', 'Say <em> it <b>loud</b> </em> now.')).sections
    expect(html?.blocks).toEqual(section?.blocks)
    expect(section?.blocks).toEqual([
      {
        text: 'Say it loud now.',
        marks: [
          { start: 4, end: 11, kind: 'emphasis' },
          { start: 7, end: 11, kind: 'strong' }
        ]
      }
    ])
  })

  it('turns GitHub emoji shortcodes into emoji, not in code, and leaves unknown ones', () => {
    expect(
      texts(md('# E', 'Done :heavy_check_mark: and :x:, not `:x:` or :no_such_emoji:.'))
    ).toEqual(['Done ✔️ and ❌, not :x: or :no_such_emoji:.'])
  })

  it('keeps a code block as written, line breaks and indents, as a code block', () => {
    const source = md(
      '# C',
      'Run:',
      '',
      '```sh',
      'npm install',
      '  --save-exact   reader',
      '',
      'npm test',
      '```',
      '',
      '    indented code',
      '    block',
      '',
      '```',
      '```'
    )
    expect(parseMarkdown(source).sections[0]?.blocks).toEqual([
      { text: 'Run:' },
      { text: 'npm install\n  --save-exact   reader\n\nnpm test', block: { kind: 'code' } },
      { text: 'indented code\nblock', block: { kind: 'code' } }
    ])
  })
})

describe('parseMarkdown: lists', () => {
  it('keeps each item with its number, its kind and how deep it is', () => {
    const [section] = parseMarkdown(
      md(
        '# L',
        '3. three',
        '4. four',
        '   - under four',
        '     1. deeper',
        '5. five',
        '',
        '- a',
        '- b'
      )
    ).sections
    expect(section?.blocks).toEqual([
      { text: 'three', block: { kind: 'list-item', ordered: true, depth: 1, number: 3 } },
      { text: 'four', block: { kind: 'list-item', ordered: true, depth: 1, number: 4 } },
      { text: 'under four', block: { kind: 'list-item', ordered: false, depth: 2 } },
      { text: 'deeper', block: { kind: 'list-item', ordered: true, depth: 3, number: 1 } },
      { text: 'five', block: { kind: 'list-item', ordered: true, depth: 1, number: 5 } },
      { text: 'a', block: { kind: 'list-item', ordered: false, depth: 1 } },
      { text: 'b', block: { kind: 'list-item', ordered: false, depth: 1 } }
    ])
  })

  it('keeps items deeper than four at the fourth level', () => {
    const source = md('# L', '- 1', '  - 2', '    - 3', '      - 4', '        - 5')
    const depths = parseMarkdown(source).sections[0]?.blocks.map((b) =>
      b.block?.kind === 'list-item' ? b.block.depth : 0
    )
    expect(depths).toEqual([1, 2, 3, 4, 4])
  })

  it('joins an item’s paragraphs into one block; a quote or table in it follows as its own', () => {
    const [section] = parseMarkdown(
      md(
        '# L',
        '1. First paragraph.',
        '',
        '   Second paragraph.',
        '',
        '   > Quoted in the item.',
        '2. Next.'
      )
    ).sections
    expect(section?.blocks.map((b) => [b.text, b.block?.kind])).toEqual([
      ['First paragraph. Second paragraph.', 'list-item'],
      ['Quoted in the item.', 'quote'],
      ['Next.', 'list-item']
    ])
  })

  it('shows a task’s box as ☑ or ☐ before its text', () => {
    expect(texts(md('# T', '- [x] done', '- [ ] to do'))).toEqual(['☑ done', '☐ to do'])
  })
})

describe('parseMarkdown: tables', () => {
  it('makes a block of each row, the first a header row, with where each cell is', () => {
    const [section] = parseMarkdown(
      md(
        '# T',
        '| Item | Cost *each* |',
        '| --- | ---: |',
        '| tent | `120` |',
        '| a \\| b |  |',
        '| one | two | extra |'
      )
    ).sections
    expect(section?.blocks).toEqual([
      {
        text: 'Item | Cost each',
        block: {
          kind: 'table-row',
          table: 1,
          header: true,
          cells: [
            [0, 4],
            [7, 16]
          ]
        },
        marks: [{ start: 12, end: 16, kind: 'emphasis' }]
      },
      {
        text: 'tent | 120',
        block: {
          kind: 'table-row',
          table: 1,
          header: false,
          cells: [
            [0, 4],
            [7, 10]
          ]
        },
        marks: [{ start: 7, end: 10, kind: 'code' }]
      },
      {
        text: 'a | b | ',
        block: {
          kind: 'table-row',
          table: 1,
          header: false,
          cells: [
            [0, 5],
            [8, 8]
          ]
        }
      },
      // A row with more cells than the header keeps them all: no text is lost.
      {
        text: 'one | two | extra',
        block: {
          kind: 'table-row',
          table: 1,
          header: false,
          cells: [
            [0, 3],
            [6, 9],
            [12, 17]
          ]
        }
      }
    ])
  })

  it('numbers the tables of each section from 1', () => {
    const table = '| a |\n| - |\n| b |'
    const { sections } = parseMarkdown(md('# One', table, '', table, '# Two', table))
    const tables = sections.map((s) =>
      s.blocks.map((b) => (b.block?.kind === 'table-row' ? b.block.table : 0))
    )
    expect(tables).toEqual([
      [1, 1, 2, 2],
      [1, 1]
    ])
  })
})

describe('parseMarkdown: quotes', () => {
  it('marks each paragraph of a quote; a list in a quote stays a list, a heading is a paragraph', () => {
    const [section] = parseMarkdown(
      md('# Q', '> First.', '>', '> ## Not a section', '>', '> 1. listed', '', 'After.')
    ).sections
    expect(section?.blocks).toEqual([
      { text: 'First.', block: { kind: 'quote' } },
      { text: 'Not a section', block: { kind: 'quote' } },
      { text: 'listed', block: { kind: 'list-item', ordered: true, depth: 1, number: 1 } },
      { text: 'After.' }
    ])
  })
})

describe('parseMarkdown: footnotes', () => {
  const source = md(
    '# Notes',
    'Second[^b] comes first, then[^a], then[^b] again.',
    '',
    '| Where | Note |',
    '| --- | --- |',
    '| cell | see[^a] |',
    '',
    '[^a]: The *a* note.',
    '',
    '    Its second paragraph.',
    '[^b]: The b note.',
    '[^lonely]: Nothing refers to this one.',
    '',
    'Not a footnote: [^undefined].'
  )

  it('numbers references in order of first reference, as "[n]" in the text with their places', () => {
    const blocks = parseMarkdown(source).sections[0]?.blocks
    expect(blocks?.[0]).toEqual({
      text: 'Second[1] comes first, then[2], then[1] again.',
      footnoteRefs: [
        { start: 6, end: 9, label: '1' },
        { start: 27, end: 30, label: '2' },
        { start: 36, end: 39, label: '1' }
      ]
    })
    // In a table cell, the place counts in the row's text.
    expect(blocks?.[2]).toMatchObject({
      text: 'cell | see[2]',
      footnoteRefs: [{ start: 10, end: 13, label: '2' }]
    })
    expect(blocks?.[3]).toEqual({ text: 'Not a footnote: [^undefined].' })
  })

  it('puts the footnotes in a last section, in number order, unreferenced ones after', () => {
    const footnotes = parseMarkdown(source).sections.at(-1)
    expect(footnotes).toEqual({
      heading: 'Footnotes',
      blocks: [
        { text: 'The b note.', block: { kind: 'footnote', label: '1' } },
        {
          text: 'The a note. Its second paragraph.',
          block: { kind: 'footnote', label: '2' },
          marks: [{ start: 4, end: 5, kind: 'emphasis' }]
        },
        { text: 'Nothing refers to this one.', block: { kind: 'footnote', label: '3' } }
      ]
    })
  })

  it('keeps a second definition of the same footnote, and says so', () => {
    const { sections, notices } = parseMarkdown(
      md('# N', 'A[^x].', '', '[^x]: One.', '', '[^x]: Two.')
    )
    expect(sections.at(-1)?.blocks.map((b) => b.text)).toEqual(['One.', 'Two.'])
    expect(notices).toEqual([
      {
        kind: 'warning',
        message:
          'Line 6: a second footnote named [^x]; references go to the first one, and this one is kept after the others.'
      }
    ])
  })
})

describe('parseMarkdown: raw HTML is never kept as HTML', () => {
  it('keeps the text of a block of HTML, a paragraph per block element, and drops its script with a notice', () => {
    const { sections, notices } = parseMarkdown(
      md(
        '# H',
        '<div class="box">',
        '<p>Kept &amp; <b>shown</b> as text.</p>',
        '<script>alert("no") </p></script>',
        '<p>Also kept.</p>',
        '</div>'
      )
    )
    expect(sections[0]?.blocks).toEqual([
      { text: 'Kept & shown as text.', marks: [{ start: 7, end: 12, kind: 'strong' }] },
      { text: 'Also kept.' }
    ])
    expect(notices).toEqual([
      {
        kind: 'dropped',
        message:
          'In the HTML from line 2: a script was left out (“alert("no") </p>”); the app never runs or shows code from a report.'
      }
    ])
  })

  it('drops an inline script’s code, not only its tags, and keeps the text around it', () => {
    const { sections, notices } = parseMarkdown(
      md('# H', 'Before <script>alert(1)</script> after, <em>styled</em> and 1 < 2 &amp; 3 > 2.')
    )
    expect(sections[0]?.blocks).toEqual([
      {
        text: 'Before after, styled and 1 < 2 & 3 > 2.',
        marks: [{ start: 14, end: 20, kind: 'emphasis' }]
      }
    ])
    expect(notices.map((n) => n.message)).toEqual([
      'In the HTML from line 2: a script was left out (“alert(1)”); the app never runs or shows code from a report.'
    ])
  })

  it('says what else it left out: style sheets and comments', () => {
    const { sections, notices } = parseMarkdown(
      md('# H', '<style>p { color: red }</style>', '', '<!-- check the figures -->', '', 'Text.')
    )
    expect(sections[0]?.blocks).toEqual([{ text: 'Text.' }])
    expect(notices.map((n) => [n.kind, n.message])).toEqual([
      [
        'dropped',
        'In the HTML from line 2: a style sheet was left out (“p { color: red }”); the app never runs or shows code from a report.'
      ],
      [
        'dropped',
        'In the HTML from line 4: an HTML comment was left out (“check the figures”); comments are notes for whoever edits the file, not text for readers.'
      ]
    ])
  })

  it('has no notices for a report without anything left out', () => {
    expect(parseMarkdown(md('# Plain', 'Text <b>bold</b>.')).notices).toEqual([])
  })
})
