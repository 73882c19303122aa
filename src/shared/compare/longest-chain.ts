/**
 * Which pairs stayed in place: the heaviest chain of pairs whose new positions rise with their
 * old ones (a longest increasing subsequence, weighted). Pairs on the chain read in the same
 * order in both editions; every other pair was moved. Weighing each pair by its length keeps the
 * most text in place, so when a short paragraph and a long one swap, the short one is the one
 * that moved. O(n log n): a Fenwick tree keeps the best chain ending below each new position.
 */

export interface ChainPair {
  old: number
  new: number
  weight: number
}

/** For each pair (in the order given), whether it is on the chain. */
export function heaviestChain(pairs: readonly ChainPair[], newCount: number): boolean[] {
  const order = pairs
    .map((_, i) => i)
    .sort((a, b) => (pairs[a] as ChainPair).old - (pairs[b] as ChainPair).old)
  // tree[i]: best chain weight (and the pair that ends it) among new positions in i's range.
  const bestWeight = new Float64Array(newCount + 1)
  const bestPair = new Int32Array(newCount + 1).fill(-1)
  const chainWeight = new Float64Array(pairs.length)
  const previous = new Int32Array(pairs.length).fill(-1)
  let top = -1
  for (const p of order) {
    const pair = pairs[p] as ChainPair
    // The best chain among pairs with a lower new position.
    let weight = 0
    let before = -1
    for (let i = pair.new; i > 0; i -= i & -i) {
      if ((bestWeight[i] as number) > weight) {
        weight = bestWeight[i] as number
        before = bestPair[i] as number
      }
    }
    chainWeight[p] = weight + pair.weight
    previous[p] = before
    for (let i = pair.new + 1; i <= newCount; i += i & -i) {
      if ((chainWeight[p] as number) > (bestWeight[i] as number)) {
        bestWeight[i] = chainWeight[p] as number
        bestPair[i] = p
      }
    }
    if (top === -1 || (chainWeight[p] as number) > (chainWeight[top] as number)) top = p
  }
  const onChain = new Array<boolean>(pairs.length).fill(false)
  for (let p = top; p !== -1; p = previous[p] as number) onChain[p] = true
  return onChain
}
