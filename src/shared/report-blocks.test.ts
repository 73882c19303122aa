import { describe, expect, it } from 'vitest'
import { groupBlocks, type BlockGroup, type ListNode } from './report-blocks'
import type { Block, Paragraph } from './report-model'

let next = 0
const p = (text: string, block?: Block): Paragraph => ({
  id: `s-p${++next}`,
  text,
  ...(block ? { block } : {})
})
const item = (text: string, depth: number, ordered = false, number?: number) =>
  p(text, {
    kind: 'list-item',
    ordered,
    depth,
    ...(number !== undefined ? { number } : {})
  })
const row = (text: string, table: number, header = false) =>
  p(text, { kind: 'table-row', table, header, cells: [[0, text.length]] })

/** A list as nested arrays of item texts, to compare at a glance. */
function shape(list: ListNode): unknown[] {
  return list.items.map((i) => [
    `${list.ordered ? `${i.number}.` : '-'} ${i.paragraph.text} (${list.depth})`,
    ...i.lists.map(shape)
  ])
}
const lists = (groups: BlockGroup[]) =>
  groups.map((g) => (g.kind === 'list' ? shape(g.list) : g.kind))

describe('groupBlocks', () => {
  it('nests list items by depth, closes deeper lists, and starts a new list for the other kind', () => {
    const groups = groupBlocks([
      item('one', 1, true, 1),
      item('two', 1, true, 2),
      item('a', 2),
      item('b', 2),
      item('i', 3, true, 1),
      item('three', 1, true, 3),
      item('bullet', 1)
    ])
    expect(lists(groups)).toEqual([
      [
        ['1. one (1)'],
        ['2. two (1)', [['- a (2)'], ['- b (2)', [['1. i (3)']]]]],
        ['3. three (1)']
      ],
      [['- bullet (1)']]
    ])
  })

  it('keeps a list that starts deeper than 1 (after a quote cut it off) at its depth', () => {
    const groups = groupBlocks([
      item('top', 1),
      p('quoted', { kind: 'quote' }),
      item('deeper', 2),
      item('back', 1)
    ])
    expect(lists(groups)).toEqual([[['- top (1)']], 'quote', [['- deeper (2)']], [['- back (1)']]])
  })

  it('puts the rows of one table together, the header rows apart, and counts its columns', () => {
    const wide = p('a | b | c', {
      kind: 'table-row',
      table: 1,
      header: false,
      cells: [
        [0, 1],
        [4, 5],
        [8, 9]
      ]
    })
    const groups = groupBlocks([row('H', 1, true), row('x', 1), wide, row('other', 2), p('after')])
    expect(groups).toMatchObject([
      {
        kind: 'table',
        table: { table: 1, header: [{ text: 'H' }], body: [{ text: 'x' }, wide], columns: 3 }
      },
      { kind: 'table', table: { table: 2, header: [], body: [{ text: 'other' }], columns: 1 } },
      { kind: 'paragraph', paragraph: { text: 'after' } }
    ])
  })

  it('makes one quote of consecutive quote paragraphs and one list of consecutive footnotes', () => {
    const groups = groupBlocks([
      p('q1', { kind: 'quote' }),
      p('q2', { kind: 'quote' }),
      p('plain'),
      p('n1', { kind: 'footnote', label: '1' }),
      p('n2', { kind: 'footnote', label: '2' })
    ])
    expect(groups.map((g) => [g.kind, 'paragraphs' in g ? g.paragraphs.length : 1])).toEqual([
      ['quote', 2],
      ['paragraph', 1],
      ['footnotes', 2]
    ])
  })

  it('keeps every block once, in order', () => {
    const blocks = [
      item('a', 1),
      row('r', 1, true),
      p('q', { kind: 'quote' }),
      item('b', 3),
      p('c', { kind: 'code' }),
      p('x')
    ]
    const seen = groupBlocks(blocks).flatMap(function texts(g: BlockGroup): string[] {
      const ofList = (l: ListNode): string[] =>
        l.items.flatMap((i) => [i.paragraph.text, ...i.lists.flatMap(ofList)])
      if (g.kind === 'paragraph' || g.kind === 'code') return [g.paragraph.text]
      if (g.kind === 'list') return ofList(g.list)
      if (g.kind === 'table') return [...g.table.header, ...g.table.body].map((b) => b.text)
      return g.paragraphs.map((b) => b.text)
    })
    expect(seen).toEqual(blocks.map((b) => b.text))
  })

  it('draws each code block alone, never joined to the one before it', () => {
    const code = (text: string) => p(text, { kind: 'code' })
    const groups = groupBlocks([p('Run:'), code('npm ci'), code('npm test'), item('then', 1)])
    expect(lists(groups)).toEqual(['paragraph', 'code', 'code', [['- then (1)']]])
  })
})
