import { describe, expect, it } from 'vitest'
import { SEGMENT_CHARS, splitSentences, splitSentencesOfTexts } from './sentences'

const sentences = (text: string) =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end))

describe('splitting a paragraph into sentences', () => {
  it('splits at full stops, question marks and exclamation marks, without the spaces between', () => {
    expect(sentences('One two.  Three four?  Five!')).toEqual(['One two.', 'Three four?', 'Five!'])
  })

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('It said “hello.” Then it left.')).toEqual([
      'It said “hello.”',
      'Then it left.'
    ])
  })

  it('does not split after "U.S." before a capital (the bundled report’s own sentences)', () => {
    const text =
      'For example, the U.S. Agency for International Development piloted several initiatives.  The U.S. Department of State’s CT Bureau continued implementation.'
    expect(sentences(text)).toEqual([
      'For example, the U.S. Agency for International Development piloted several initiatives.',
      'The U.S. Department of State’s CT Bureau continued implementation.'
    ])
  })

  it('does not split after titles, initials, or a month or "No." before a number', () => {
    expect(
      sentences('In Dec. 2021 Mr. Smith met Dr. Jones. John F. Kennedy spoke. See No. 5 there.')
    ).toEqual([
      'In Dec. 2021 Mr. Smith met Dr. Jones.',
      'John F. Kennedy spoke.',
      'See No. 5 there.'
    ])
  })

  it('still splits after a word that is only an abbreviation before a number', () => {
    expect(sentences('They said no. Then they left.')).toEqual(['They said no.', 'Then they left.'])
  })

  it('keeps decimal numbers and "e.g." inside a sentence', () => {
    expect(sentences('A 19.8 percent rise, e.g. in Atyrau. Next one.')).toEqual([
      'A 19.8 percent rise, e.g. in Atyrau.',
      'Next one.'
    ])
  })

  it('gives offsets into the text, and nothing for a text of spaces', () => {
    expect(splitSentences('  One.  Two. ')).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 }
    ])
    expect(splitSentences('   ')).toEqual([])
  })
})

describe('splitting long texts and many texts', () => {
  const PAIR = 'Dr. Smith met the U.S. Agency in Dec. 2021 about file No. 5. It went well.'

  it('splits a paragraph far longer than one piece of the segmenter as it splits a short one', () => {
    const long = Array.from({ length: 4000 }, () => PAIR).join(' ')
    expect(long.length).toBeGreaterThan(SEGMENT_CHARS * 20)
    const found = sentences(long)
    expect(found).toHaveLength(8000)
    expect(new Set(found)).toEqual(
      new Set(['Dr. Smith met the U.S. Agency in Dec. 2021 about file No. 5.', 'It went well.'])
    )
  })

  it('gives each of many texts the sentences it has alone, whatever ends them', () => {
    const texts = [
      PAIR,
      '',
      'A text that ends in the U.S.',
      'The next one starts with a capital. And goes on',
      '   ',
      'one\nline break inside. Then more.',
      ...Array.from({ length: 500 }, (_, i) => `Paragraph ${i}. It has two sentences.`)
    ]
    expect(splitSentencesOfTexts(texts)).toEqual(texts.map((text) => splitSentences(text)))
    expect(splitSentencesOfTexts(texts.slice(2, 4)).map((spans) => spans.length)).toEqual([1, 2])
  })
})
