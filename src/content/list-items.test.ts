import { describe, expect, it } from 'vitest'
import { indentOf, splitListBlock } from './list-items'

const lines = (...texts: string[]) => texts.map((text) => ({ text, indent: indentOf(text) }))
const item = (text: string, depth = 1, number?: number) => ({
  text,
  block: {
    kind: 'list-item',
    ordered: number !== undefined,
    depth,
    ...(number !== undefined ? { number } : {})
  }
})

describe('lists in text without markup', () => {
  it('keeps each "•" line an item of its own, after the paragraph that leads into them', () => {
    expect(
      splitListBlock(lines('Three changes:', '•\u00A0One.', '• Two,', '  still two.', '• Three.'))
    ).toEqual({
      lead: lines('Three changes:'),
      items: [item('One.'), item('Two, still two.'), item('Three.')]
    })
  })

  it('splits bullets run together on one line', () => {
    expect(splitListBlock(lines('Steps: • First step. • Second step. ◦ A detail.')).items).toEqual([
      item('First step.'),
      item('Second step.'),
      item('A detail.', 2)
    ])
  })

  it('reads "-", "*" and numbered items, keeping the numbers as written', () => {
    expect(splitListBlock(lines('- a', '- b')).items).toEqual([item('a'), item('b')])
    expect(splitListBlock(lines('* a')).items).toEqual([item('a')])
    expect(splitListBlock(lines('3. c', '4. d')).items).toEqual([item('c', 1, 3), item('d', 1, 4)])
    expect(splitListBlock(lines('1) e')).items).toEqual([item('e', 1, 1)])
  })

  it('nests by indentation where the items are indented differently', () => {
    expect(
      splitListBlock(
        lines(
          '1. Screening cargo.',
          '   - Rail first.',
          '\t\t- Wagons.',
          '   - Road next.',
          '2. Sharing.'
        )
      ).items
    ).toEqual([
      item('Screening cargo.', 1, 1),
      item('Rail first.', 2),
      item('Wagons.', 3),
      item('Road next.', 2),
      item('Sharing.', 1, 2)
    ])
  })

  it('nests by the kind of bullet where the indentation is the same, returning to a kind seen before', () => {
    expect(
      splitListBlock(lines('• a', '◦ b', '▪ c', '◦ d', '• e')).items.map((i) => i.block.depth)
    ).toEqual([1, 2, 3, 2, 1])
  })

  it('leaves text without an item alone: hyphenated words, numbers and sentences', () => {
    for (const text of ['-5 degrees in winter.', '2021 was calm.', '12.5 percent more.', 'A • B']) {
      expect(splitListBlock(lines(text))).toEqual({ lead: lines(text), items: [] })
    }
  })
})
