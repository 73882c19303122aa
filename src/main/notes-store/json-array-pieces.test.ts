import { describe, expect, it } from 'vitest'
import { parseArrayInPieces } from './json-array-pieces'

/** Items whose strings hold every byte the scan looks for, in several scripts and an emoji. */
const tricky = [
  { id: 'a', note: 'commas, [brackets], {braces} and "quotes"', tags: ['x,y', ']'] },
  { id: 'b', note: 'a backslash at the end \\', nested: [[1, 2], { deep: [{}] }] },
  { id: 'c', note: 'escaped \\" not the end", still inside \\\\"', n: -1.5e3 },
  { id: 'd', note: 'Заметка на полях — «цитата»', other: 'ескерту: ұлттық' },
  { id: 'e', note: 'ملاحظة على الهامش', emoji: 'a note 📝 with a 🧭', lone: '\ud800' },
  null,
  true,
  'a string, alone',
  42,
  { empty: '', list: [] }
]

const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value))

describe('parsing a JSON array a few items at a time', () => {
  it.each([1, 7, 64, 32 * 1024])(
    'gives what JSON.parse gives, however small the pieces (%i bytes)',
    (pieceBytes) => {
      const many = Array.from({ length: 40 }, (_, i) => tricky[i % tricky.length])
      const parsed = parseArrayInPieces(bytesOf(many), pieceBytes)
      expect(parsed?.items).toEqual(many)
      // Counted as the text's characters (UTF-16: an emoji is two), as a segment's size is.
      expect(parsed?.chars).toBe(JSON.stringify(many).length)
    }
  )

  it.each([1, 7, 64])(
    'cuts at the line breaks of the app’s segments, one item a line (%i bytes)',
    (pieceBytes) => {
      const many = Array.from({ length: 40 }, (_, i) => tricky[i % tricky.length])
      const text = `[${many.map((item) => JSON.stringify(item)).join(',\n')}]`
      expect(parseArrayInPieces(Buffer.from(text), pieceBytes)).toEqual({
        items: many,
        chars: text.length
      })
    }
  )

  it('never gives other items where a line break follows a comma inside an item', () => {
    const spaced = JSON.stringify(tricky, null, 1)
    expect(() => parseArrayInPieces(Buffer.from(spaced), 1)).toThrow(SyntaxError)
    // Cut only between items, it is read as JSON.parse reads it.
    expect(parseArrayInPieces(Buffer.from(spaced), 1_000_000)?.items).toEqual(tricky)
  })

  it('reads an empty array, and one with spaces', () => {
    expect(parseArrayInPieces(Buffer.from('[]'))).toEqual({ items: [], chars: 2 })
    expect(parseArrayInPieces(Buffer.from('[ 1 , 2 ]'), 1)).toEqual({ items: [1, 2], chars: 9 })
  })

  it.each([
    ['not an array', '{"a":1}'],
    ['an array that closes early', '[1],[2]'],
    ['a string that never closes', '["a, b]'],
    ['brackets that do not close', '[[1, 2]'],
    ['text after the array', '[1] '],
    ['nothing', '']
  ])('is null for %s: the caller parses the whole and says what is wrong', (_, text) => {
    expect(parseArrayInPieces(Buffer.from(text), 1)).toBeNull()
  })

  it('throws JSON.parse’s SyntaxError for items that are not JSON', () => {
    expect(() => parseArrayInPieces(Buffer.from('[1,]'))).toThrow(SyntaxError)
    expect(() => parseArrayInPieces(Buffer.from('[1, tru]'), 1)).toThrow(SyntaxError)
  })
})
