import { describe, expect, it } from 'vitest'
import { NO_EDITION_RULES } from './page-chrome'
import { parsePlainText } from './parse-plain-text'
import { sampleMetadata } from './test-support'

describe('parsePlainText', () => {
  it('starts a section at each run-in heading; the rest of the block is its first paragraph', () => {
    expect(
      parsePlainText('Overview:\u00A0 One.\n\nTwo.\n\nDetails:\u202FThree.\n').sections
    ).toEqual([
      { heading: 'Overview', blocks: [{ text: 'One.' }, { text: 'Two.' }] },
      { heading: 'Details', blocks: [{ text: 'Three.' }] }
    ])
  })

  it('reads CRLF files and joins the lines of a block', () => {
    expect(parsePlainText('Overview: One\r\nline two.\r\n\r\nNext.\r\n').sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'One line two.' }, { text: 'Next.' }] }
    ])
  })

  it('takes a block that is only a label as a heading without a first paragraph', () => {
    expect(parsePlainText('Overview:\n\nBody.').sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Body.' }] }
    ])
  })

  it('keeps text before the first heading as an "Introduction" section', () => {
    expect(parsePlainText('A preface.\n\nOverview: Body.').sections).toEqual([
      { heading: 'Introduction', blocks: [{ text: 'A preface.' }] },
      { heading: 'Overview', blocks: [{ text: 'Body.' }] }
    ])
  })

  it('removes the .gov banner and everything from "On This Page" on', () => {
    const source = [
      'An official website of the United States Government Here’s how you know',
      'Official websites use .gov',
      'Overview: Body.',
      'On\u00A0This Page',
      'U.S. Department of State',
      'The Lessons of 1989: Freedom and Our Future'
    ].join('\n\n')
    expect(parsePlainText(source).sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Body.' }] }
    ])
  })

  it('finds no sections in text without a heading', () => {
    expect(parsePlainText('Just a paragraph.\n\nAnd another.').sections).toEqual([])
  })

  it('keeps bullet lines as list items, not one long paragraph', () => {
    const source = [
      'Legislation: The year brought three changes:',
      '•\u00A0A revised law on countering extremism.',
      '•\u00A0New document checks at the main crossing points.',
      '•\u00A0Fewer prosecutions than the year before.'
    ].join('\n')
    const [section] = parsePlainText(source).sections
    expect(section?.blocks).toEqual([
      { text: 'The year brought three changes:' },
      ...[
        'A revised law on countering extremism.',
        'New document checks at the main crossing points.',
        'Fewer prosecutions than the year before.'
      ].map((text) => ({ text, block: { kind: 'list-item', ordered: false, depth: 1 } }))
    ])
  })

  it('drops a page title line, even on the line right above the first heading', () => {
    const context = {
      metadata: sampleMetadata('Country Reports on Terrorism 2021: Kyrgyz Republic'),
      edition: NO_EDITION_RULES
    }
    const parsed = parsePlainText('Kyrgyz Republic\nOverview: Body.\n\nMore.', context)
    expect(parsed.sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Body.' }, { text: 'More.' }] }
    ])
    expect(parsed.notices).toEqual([
      {
        kind: 'dropped',
        message:
          'dropped the page title ("Kyrgyz Republic", 1 line): it repeats the report\'s title'
      }
    ])
  })
})
