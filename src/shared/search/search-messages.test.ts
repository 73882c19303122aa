import { describe, expect, it } from 'vitest'
import { oneReportLibrary } from '../../../test/support/one-report-library'
import { packIndex } from './pack-index'
import { createSearchEngine } from './search-engine'
import { asYouTypeRequest, type SearchResponse } from './search-types'

/** A report whose words the cases below are written against. */
const library = () =>
  oneReportLibrary([
    [
      'Border Security',
      [
        'Guards stop illegal border crossings at night.',
        'The command-line interface prints the persons detained.',
        'A command line interface is planned for 2023.',
        'The group supports non violent protest and the C5+1 format.'
      ]
    ],
    ['Financing of Terrorism', ['Banks report suspicious transfers.', 'Cases rose.']]
  ])

const engine = (() => {
  const lib = library()
  return createSearchEngine(lib, packIndex(lib))
})()
/** As the search box asks while the user types. */
const typing = (query: string): SearchResponse => engine.search(query, asYouTypeRequest(null))
const marked = (response: SearchResponse) =>
  response.results.map((r) => r.highlights.map(([s, e]) => r.snippet.slice(s, e)))

describe('what the search says while the user types', () => {
  it('says a finished word matches nothing, and a word being typed starts no word', () => {
    expect(typing('FATF ').message).toBe('Nothing in the text matches “fatf”.')
    expect(typing('FATF').message).toBe('No word in the text starts with “fatf”.')
    expect(typing('Kazahkstan').message).toBe('No word in the text starts with “kazahkstan”.')
    // Only a single letter, or the start of a word too common to be searched, is "keep typing".
    expect(typing('F').message).toBe('Keep typing to search.')
    expect(typing('fro').message).toBe('Keep typing to search.')
  })

  it('asks for a word after a field name rather than searching for the name', () => {
    expect(typing('heading:')).toMatchObject({
      total: 0,
      message: 'Type a word after “heading:” to search the section headings only.'
    })
    expect(typing('heading:cas').results.map((r) => r.paragraphId)).toEqual([])
    expect(typing('heading:fin').total).toBe(2)
  })

  it('never says a phrase being typed is missing while its last word can still match', () => {
    const phrase = '"illegal border crossings"'
    for (let i = 3; i <= phrase.length; i++) {
      const response = typing(phrase.slice(0, i))
      expect(response.message ?? '', phrase.slice(0, i)).not.toMatch(/No paragraph has the phrase/)
      expect(response.total, phrase.slice(0, i)).toBe(1)
    }
    expect(marked(typing('"illegal bor'))).toEqual([['illegal border']])
  })

  it('answers a lone quote, or symbols alone, with what to type', () => {
    expect(typing('"').message).toBe('Type the words of the phrase after the quote.')
    expect(engine.search('""').message).toBe('Type the words of the phrase after the quote.')
    expect(typing('*').message).toBe('There is nothing to search for in “*”: type a word.')
  })
})

describe('answers that are not answers', () => {
  it('offers no correction that never stands with the rest of the query', () => {
    // "Lessons" is one typo or two from "persons", which is never found with "1989".
    const response = engine.search('Lessons of 1989')
    expect(response).toMatchObject({ total: 0, corrected: null })
    expect(response.message).toBe('Nothing in the text matches “lessons” or “1989”.')
    // Alone, the correction is the answer.
    expect(engine.search('Lesons').corrected).toBe('Persons')
  })

  it('lets no lone digit bring in a paragraph, and names each word once', () => {
    const response = engine.search('<script>alert(1)</script>')
    expect(response.total).toBe(0)
    expect(response.message).toBe('Nothing in the text matches “script” or “alert”.')
    // With a word that does match, the digit only adds to it.
    expect(engine.search('guards 1').results.map((r) => r.paragraphId)).toEqual([
      'border-security-p1'
    ])
  })
})

describe('compounds written with a hyphen, together or apart', () => {
  const ids = (response: SearchResponse) => response.results.map((r) => r.paragraphId).sort()

  it('find each other in phrases', () => {
    expect(ids(engine.search('"command line interface"'))).toEqual([
      'border-security-p2',
      'border-security-p3'
    ])
    expect(ids(engine.search('"command-line interface"'))).toEqual([
      'border-security-p2',
      'border-security-p3'
    ])
    expect(marked(engine.search('"command line interface"')).flat().sort()).toEqual([
      'command line interface',
      'command-line interface'
    ])
  })

  it('find each other as words', () => {
    expect(ids(engine.search('commandline'))).toEqual(['border-security-p2', 'border-security-p3'])
    expect(ids(engine.search('nonviolent'))).toEqual(['border-security-p4'])
    expect(ids(engine.search('non-violent'))).toEqual(['border-security-p4'])
  })
})

describe('a paragraph found by its heading alone', () => {
  it('says which words of the heading matched', () => {
    const [hit] = typing('heading:terror').results
    expect(hit?.highlights).toEqual([])
    expect(hit?.headingHighlights?.map(([s, e]) => hit.heading.slice(s, e))).toEqual(['Terrorism'])
  })
})
