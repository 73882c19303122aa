import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../seeded-random'
import { asciiWordBounds, tokenize, tokenizeWords, wordBetween } from './tokenize'

const terms = (text: string): string[] => tokenize(text).map((t) => t.term)

describe('tokenize', () => {
  it.each([
    ['plain words are lowercased', 'Kazakhstan remained', ['kazakhstan', 'remained']],
    ['a curly possessive is dropped', 'Kazakhstan’s', ['kazakhstan']],
    ['a straight possessive is dropped', "Kazakhstan's", ['kazakhstan']],
    [
      'a trailing apostrophe is dropped',
      'eight years’ imprisonment',
      ['eight', 'years', 'imprisonment']
    ],
    ['other apostrophes are folded and removed', "you’ve and you've", ['youve', 'and', 'youve']],
    ['surrounding punctuation is stripped', '(KNB), “extremism”.', ['knb', 'extremism']],
    ['dotted abbreviations are joined', 'U.S. e.g.', ['us', 'eg']],
    [
      'hyphenated words give parts and the joined form',
      'non-violent',
      ['non', 'violent', 'nonviolent']
    ],
    [
      'longer hyphenated compounds too',
      'law-enforcement',
      ['law', 'enforcement', 'lawenforcement']
    ],
    ['a hyphenated year range', '(2018-22)', ['2018', '22', '201822']],
    ['a slash joins acronyms', 'API/PNR', ['api', 'pnr', 'apipnr']],
    ['a plus sign is kept in the joined form', 'C5+1', ['c5', '1', 'c5+1']],
    ['thousands separators are dropped', '181,000 materials', ['181000', 'materials']],
    ['a currency sign is not part of a number', '$900 million', ['900', 'million']],
    ['a decimal point is kept', '19.8 percent', ['19.8', 'percent']],
    ['a percent sign is not part of a number', '90%', ['90']],
    ['a comma between words separates them', 'Iraq,Syria', ['iraq', 'syria']],
    [
      'non-breaking spaces separate words',
      'Overview:\u00A0 Kazakhstan\u202Fhas\u2007it',
      ['overview', 'kazakhstan', 'has', 'it']
    ],
    ['dashes between words separate them', 'east–west — north', ['east', 'west', 'north']],
    ['Latin diacritics are folded', 'Café Zürich', ['cafe', 'zurich']],
    ['non-Latin letters are words too', 'Казахстан 2021', ['казахстан', '2021']],
    ['punctuation alone gives nothing', ' — … () ', []]
  ])('%s: %j', (_rule, input, expected) => {
    expect(terms(input)).toEqual(expected)
  })

  it('gives each token the span of exactly its word, never trailing punctuation', () => {
    const text = 'In Kazakhstan’s “religious extremism” (KNB), the U.S. and C5+1.'
    const spans = tokenize(text).map((t) => [t.term, text.slice(t.start, t.end)])
    expect(spans).toEqual([
      ['in', 'In'],
      ['kazakhstan', 'Kazakhstan'],
      ['religious', 'religious'],
      ['extremism', 'extremism'],
      ['knb', 'KNB'],
      ['the', 'the'],
      ['us', 'U.S'],
      ['and', 'and'],
      ['c5', 'C5'],
      ['1', '1'],
      ['c5+1', 'C5+1']
    ])
  })

  it('spans a joined compound over the whole compound', () => {
    const text = 'adherents of non-violent movements'
    const joined = tokenize(text).find((t) => t.term === 'nonviolent')
    expect(joined && text.slice(joined.start, joined.end)).toBe('non-violent')
  })

  it('treats typed queries like the report text', () => {
    expect(terms("Kazakhstan's C5+1 API/PNR")).toEqual(terms('Kazakhstan’s C5+1 API/PNR'))
  })
})

describe('letters of every script', () => {
  it('reads Cyrillic, Greek, Devanagari and Thai words, lowercased', () => {
    expect(terms('Борьба с ТЕРРОРИЗМОМ')).toEqual(['борьба', 'с', 'терроризмом'])
    expect(terms('ΟΔΟΣ οδός')).toEqual(['οδοσ', 'οδοσ'])
    expect(terms('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा'])
  })

  it('folds Arabic and Persian as search engines do: marks, tatweel and letter forms', () => {
    // With vowel marks, a tatweel, and hamza on the alef; as typed without them.
    expect(terms('مُكَافَحَة الإرهـــاب')).toEqual(terms('مكافحه الارهاب'))
    // Persian yeh and kaf, as a Persian keyboard types them, match the Arabic letters.
    expect(terms('کیف')).toEqual(terms('كيف'))
    // A zero-width non-joiner inside a Persian word does not split it.
    expect(terms('می‌خواهم')).toEqual(['ميخواهم'])
  })

  it('drops Hebrew points', () => {
    expect(terms('שָׁלוֹם')).toEqual(terms('שלום'))
  })

  it('splits Chinese and Japanese into characters, each with its own span', () => {
    const text = '反恐怖主义法 テロ対策'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.term)).toEqual([
      '反',
      '恐',
      '怖',
      '主',
      '义',
      '法',
      'テ',
      'ロ',
      '対',
      '策'
    ])
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe('反恐怖主义法テロ対策')
  })

  it('reads full-width letters and ligatures as the plain ones', () => {
    expect(terms('ＫＮＢ ﬁnancing')).toEqual(['knb', 'financing'])
  })
})

describe('words found without reading their terms (ASCII text)', () => {
  it('are the words tokenizeWords reads, in the same places', () => {
    const random = mulberry32(5)
    // Letters, digits and every ASCII connector, often next to each other.
    const alphabet = "ab Zq19 0-/+&.,'  -.,'s  \t()$%"
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length))
      ).join('')
      const words = tokenizeWords(text)
      const { starts, ends } = asciiWordBounds(text)
      expect(starts.length, JSON.stringify(text)).toBe(words.length)
      starts.forEach((start, i) =>
        expect(wordBetween(text, start, ends[i] as number), JSON.stringify(text)).toEqual(words[i])
      )
    }
    expect(asciiWordBounds('one two three', 2).starts).toEqual([0, 4])
  })

  it('keep the terms of plain English words as they were', () => {
    expect(
      tokenize("Kazakhstan's 1,000 U.S. e-mail API/PNR C5+1 isn't 19.8%").map((t) => t.term)
    ).toEqual([
      'kazakhstan',
      '1000',
      'us',
      'e',
      'mail',
      'email',
      'api',
      'pnr',
      'apipnr',
      'c5',
      '1',
      'c5+1',
      'isnt',
      '19.8'
    ])
  })
})
