/**
 * The least and the greatest of some numbers, without spreading them into Math.min's arguments:
 * a hostile PDF may put a hundred thousand runs on one line, more than a call takes.
 */
export function lowest(values: Iterable<number>, none = 0): number {
  let least = Infinity
  for (const value of values) if (value < least) least = value
  return least === Infinity ? none : least
}

export function highest(values: Iterable<number>, none = 0): number {
  let greatest = -Infinity
  for (const value of values) if (value > greatest) greatest = value
  return greatest === -Infinity ? none : greatest
}
