import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './parse-markdown'

describe('parseMarkdown', () => {
  it('starts sections at # and ## headings and reduces blocks to paragraphs of plain text', () => {
    const source = [
      'Preface with *emphasis*.',
      '# First *Part*',
      'A [linked](https://example.org) word, `code`, **bold** and AT&amp;T.',
      '- item one',
      '- item two\n  - nested item',
      '### A deeper heading',
      '```\nconst x = 1\n```',
      '> quoted text',
      'Second\nSection\n---',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '<div>raw html is ignored</div>',
      '## Last'
    ].join('\n\n')
    expect(parseMarkdown(source).sections).toEqual([
      { heading: 'Introduction', blocks: [{ text: 'Preface with emphasis.' }] },
      {
        heading: 'First Part',
        blocks: [
          { text: 'A linked word, code, bold and AT&T.' },
          { text: 'item one' },
          { text: 'item two' },
          { text: 'nested item' },
          { text: 'A deeper heading' },
          { text: 'const x = 1' },
          { text: 'quoted text' }
        ]
      },
      { heading: 'Second Section', blocks: [{ text: 'a | b' }, { text: '1 | 2' }] },
      { heading: 'Last', blocks: [] }
    ])
  })

  it('finds no sections without a # or ## heading', () => {
    expect(parseMarkdown('Just text.\n\n### Only a deep heading').sections).toEqual([])
  })
})
