/**
 * The first index in [from, to) at which `isBefore` turns false, by binary search: `isBefore` must
 * be true for a leading run of the range and false after it (a sorted list asked "is this item
 * before the key?"). The one binary search behind every sorted lookup in the app: terms, postings,
 * packed strings and sentence places.
 */
export function partitionPoint(
  from: number,
  to: number,
  isBefore: (index: number) => boolean
): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isBefore(middle)) low = middle + 1
    else high = middle
  }
  return low
}
