import { describe, expect, it } from 'vitest'
import { parseTags, tagSuggestions } from './tags'

describe('tags as the reader types them', () => {
  it('are trimmed, without empties or repeats, whatever their case', () => {
    expect(parseTags(' law, , follow-up, LAW ,Law')).toEqual(['law', 'follow-up'])
  })

  it('keep the spelling of a tag the reader already has', () => {
    expect(parseTags('numbers, new one', ['Numbers', 'Law'])).toEqual(['Numbers', 'new one'])
  })

  it('suggest known tags that start with the word being typed, not those already chosen', () => {
    const known = ['Numbers', 'Law', 'legislation', 'follow-up']
    expect(tagSuggestions('l', known)).toEqual(['Law', 'legislation'])
    expect(tagSuggestions('law, L', known)).toEqual(['legislation'])
    expect(tagSuggestions('', known)).toEqual(known)
    expect(tagSuggestions('NUM', known)).toEqual(['Numbers'])
  })
})
