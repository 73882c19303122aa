import { describe, expect, it } from 'vitest'
import { partitionPoint } from './partition-point'

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 3, 7, 9]
  const firstNotBefore = (value: number, from = 0) =>
    partitionPoint(from, sorted.length, (i) => (sorted[i] as number) < value)

  it('finds the first item not before the key, the first of equal items', () => {
    expect(firstNotBefore(3)).toBe(1)
    expect(firstNotBefore(4)).toBe(4)
  })

  it('answers the start for a key before every item and the end for one after every item', () => {
    expect(firstNotBefore(0)).toBe(0)
    expect(firstNotBefore(10)).toBe(sorted.length)
  })

  it('searches only from `from` on, and an empty range answers its start', () => {
    expect(firstNotBefore(1, 2)).toBe(2)
    expect(partitionPoint(5, 5, () => true)).toBe(5)
  })

  it('agrees with a linear scan on every key of random sorted lists', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: Math.floor(random() * 40) }, () =>
        Math.floor(random() * 20)
      )
      list.sort((a, b) => a - b)
      for (let key = -1; key <= 21; key++) {
        const linear = list.findIndex((item) => item >= key)
        const expected = linear === -1 ? list.length : linear
        expect(partitionPoint(0, list.length, (i) => (list[i] as number) < key)).toBe(expected)
      }
    }
  })
})
