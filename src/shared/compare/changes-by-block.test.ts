import { describe, expect, it } from 'vitest'
import type { EditionChange } from './change-model'
import { changesByBlock } from './changes-by-block'

const report = {
  sections: [
    {
      id: 'a',
      heading: 'A',
      paragraphs: [
        { id: 'a-p1', text: 'One.' },
        { id: 'a-p2', text: 'Two.' }
      ]
    },
    { id: 'b', heading: 'B', paragraphs: [{ id: 'b-p1', text: 'Three.' }] }
  ]
}
const section = (id: string) => ({ id, heading: id.toUpperCase() })
const change = (over: Partial<EditionChange>): EditionChange => ({
  kind: 'inserted',
  unit: 'sentence',
  oldSection: null,
  newSection: section('a'),
  oldText: null,
  newText: 'x',
  oldSpans: [],
  newSpans: [],
  ...over
})

describe('where a change is shown in the new text', () => {
  it('after the block its new text ends in', () => {
    const added = change({ newSpans: [{ paragraphId: 'a-p1', start: 0, end: 4 }] })
    const moved = change({
      kind: 'moved',
      unit: 'paragraph',
      newSpans: [
        { paragraphId: 'a-p1', start: 0, end: 4 },
        { paragraphId: 'a-p2', start: 0, end: 4 }
      ]
    })
    expect([...changesByBlock([added, moved], report)]).toEqual([
      ['a-p1', [added]],
      ['a-p2', [moved]]
    ])
  })

  it('text that is gone: after the block of the same id, else at the end of its section', () => {
    const gone = change({ kind: 'deleted', oldSpans: [{ paragraphId: 'b-p1', start: 0, end: 3 }] })
    const goneFromLost = change({
      kind: 'deleted',
      newSection: section('a'),
      oldSpans: [{ paragraphId: 'a-p9', start: 0, end: 3 }]
    })
    expect([...changesByBlock([gone, goneFromLost], report)]).toEqual([
      ['b-p1', [gone]],
      ['a-p2', [goneFromLost]]
    ])
  })

  it('a heading that changed is not shown after any block', () => {
    expect(changesByBlock([change({ kind: 'modified', unit: 'heading' })], report).size).toBe(0)
  })
})
