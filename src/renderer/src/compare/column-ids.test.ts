import { describe, expect, it } from 'vitest'
import { columnElementId, parseColumnElementId } from './column-ids'

describe("a comparison column's element ids", () => {
  it('differ between reports that share a paragraph id, and read back to both', () => {
    const a = columnElementId('crt2021-kazakhstan', 'overview-p1')
    const b = columnElementId('sample-westland', 'overview-p1')
    expect(a).not.toBe(b)
    expect(parseColumnElementId(a)).toEqual({
      reportId: 'crt2021-kazakhstan',
      paragraphId: 'overview-p1'
    })
    expect(parseColumnElementId(b)).toEqual({
      reportId: 'sample-westland',
      paragraphId: 'overview-p1'
    })
  })

  it('are told apart from the reading view’s own ids', () => {
    expect(parseColumnElementId('overview-p1')).toBeNull()
    expect(parseColumnElementId('cmp--overview')).toBeNull()
    expect(parseColumnElementId('cmp----overview-p1')).toBeNull()
  })
})
