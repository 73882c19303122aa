import { describe, expect, it } from 'vitest'
import { heaviestChain } from './longest-chain'

const pairs = (...list: [number, number, number?][]) =>
  list.map(([o, n, weight = 1]) => ({ old: o, new: n, weight }))

describe('which pairs stay in place', () => {
  it('keeps every pair when the order did not change', () => {
    expect(heaviestChain(pairs([0, 0], [1, 1], [2, 2]), 3)).toEqual([true, true, true])
  })

  it('moves the one pair that left its place', () => {
    // Old order a b c d, new order a c d b: b moved.
    expect(heaviestChain(pairs([0, 0], [1, 3], [2, 1], [3, 2]), 4)).toEqual([
      true,
      false,
      true,
      true
    ])
  })

  it('keeps the heavier text in place when two swap', () => {
    expect(heaviestChain(pairs([0, 1, 100], [1, 0, 5]), 2)).toEqual([true, false])
    expect(heaviestChain(pairs([0, 1, 5], [1, 0, 100]), 2)).toEqual([false, true])
  })

  it('takes pairs in any order, and none', () => {
    expect(heaviestChain(pairs([2, 2], [0, 0], [1, 1]), 3)).toEqual([true, true, true])
    expect(heaviestChain([], 0)).toEqual([])
  })
})
