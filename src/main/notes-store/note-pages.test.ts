import { describe, expect, it } from 'vitest'
import { stored } from '../../../test/support/notes-fixtures'
import { pageEnd, roughChars } from './note-pages'

const page = { count: 500, chars: 1_000_000 }

describe('pages of notes copied in one piece', () => {
  it('hold at most the count of ordinary notes, and the last page what is left', () => {
    const notes = Array.from({ length: 1200 }, (_, i) => stored(i))
    expect(pageEnd(notes, 0, page)).toBe(500)
    expect(pageEnd(notes, 500, page)).toBe(1000)
    expect(pageEnd(notes, 1000, page)).toBe(1200)
  })

  it('end early at long notes: about the characters given, never all of them at once', () => {
    const long = Array.from({ length: 1200 }, (_, i) => stored(i, { note: 'word '.repeat(4000) }))
    const end = pageEnd(long, 0, page)
    expect(end).toBeGreaterThan(40)
    expect(end).toBeLessThanOrEqual(50)
    const copied = JSON.stringify(long.slice(0, end)).length
    expect(copied).toBeLessThan(1.1 * page.chars)
  })

  it('always hold one note, however long: a page is never empty', () => {
    const huge = [stored(0, { note: 'x'.repeat(20_000) }), stored(1)]
    expect(pageEnd(huge, 0, { count: 500, chars: 1000 })).toBe(1)
    expect(pageEnd(huge, 1, { count: 500, chars: 1000 })).toBe(2)
  })

  it('count what a note carries besides its note: its quotes and earlier places', () => {
    const plain = stored(0)
    const quote = 'a passage quoted at length '.repeat(100)
    const travelled = stored(1, {
      history: Array.from({ length: 3 }, () => ({
        editionHash: 'c'.repeat(64),
        target: {
          kind: 'text' as const,
          paragraphId: 'overview-p1',
          position: { start: 0, end: quote.length },
          quote: { exact: quote, prefix: '', suffix: '' }
        },
        method: 'quote' as const,
        movedAt: '2025-06-01T00:00:00.000Z'
      }))
    })
    expect(roughChars(travelled) - roughChars(plain)).toBeGreaterThan(3 * quote.length)
    // Close to what the note takes as JSON, without making it.
    for (const a of [plain, travelled]) {
      expect(roughChars(a)).toBeGreaterThan(0.5 * JSON.stringify(a).length)
      expect(roughChars(a)).toBeLessThan(2 * JSON.stringify(a).length)
    }
  })
})
