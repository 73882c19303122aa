import { describe, expect, it } from 'vitest'
import { sectionTrail, sectionTree, type SectionNode } from './section-tree'

const sections = [
  { id: 'intro' },
  { id: 'searching' },
  { id: 'query', level: 2 },
  { id: 'operators', level: 3 },
  { id: 'steps', level: 2 },
  { id: 'notes' },
  { id: 'jump', level: 4 }
]

const ids = (nodes: SectionNode<{ id: string }>[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.section.id, ids(n.children)] : n.section.id))

describe('sectionTree', () => {
  it('nests each section under the nearest one before it with a lower level', () => {
    expect(ids(sectionTree(sections))).toEqual([
      'intro',
      ['searching', [['query', ['operators']], 'steps']],
      ['notes', ['jump']]
    ])
  })

  it('gives a report without levels a flat list, as before', () => {
    expect(ids(sectionTree([{ id: 'a' }, { id: 'b' }]))).toEqual(['a', 'b'])
  })
})

describe('sectionTrail', () => {
  it('names the sections a section lies in, outermost first', () => {
    expect(sectionTrail(sections, 'operators').map((s) => s.id)).toEqual([
      'searching',
      'query',
      'operators'
    ])
    expect(sectionTrail(sections, 'jump').map((s) => s.id)).toEqual(['notes', 'jump'])
    expect(sectionTrail(sections, 'intro').map((s) => s.id)).toEqual(['intro'])
    expect(sectionTrail(sections, 'missing')).toEqual([])
  })
})
