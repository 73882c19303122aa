import { mulberry32 } from '../../src/shared/seeded-random'

/** Values a damaged or hostile file might hold where anything else was expected. */
const ODD: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2,
  3,
  4,
  5,
  1e21,
  '',
  'x',
  'a-b',
  'A',
  '-a',
  'a'.repeat(41),
  'a'.repeat(121),
  'b'.repeat(201),
  '0'.repeat(64),
  'f'.repeat(63),
  [],
  {},
  [1],
  { level: 2 },
  'text',
  'edition',
  'pdf',
  'word',
  'API/PNR',
  'a b'
]

/**
 * `count` copies of a valid JSON value, each with one or two of its fields changed to an odd
 * value, removed, or joined by an unexpected one: for holding a hand-written check of a generated
 * file to its schema's verdicts.
 */
export function damagedCopies(valid: unknown, count: number, seed: number): unknown[] {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  /** Every [parent, key] in the tree, so any field can be changed or removed. */
  const places = (node: unknown, out: [Record<string, unknown> | unknown[], string | number][]) => {
    if (Array.isArray(node)) node.forEach((child, i) => (out.push([node, i]), places(child, out)))
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        out.push([node as Record<string, unknown>, key])
        places(child, out)
      }
    return out
  }
  return Array.from({ length: count }, () => {
    const json = structuredClone(valid)
    for (let changes = 1 + Math.floor(random() * 2); changes > 0; changes--) {
      const all = places(json, [])
      if (all.length === 0) break
      const [parent, key] = pick(all)
      const action = random()
      if (action < 0.2 && !Array.isArray(parent)) Reflect.deleteProperty(parent, key)
      else if (action < 0.3 && !Array.isArray(parent))
        parent[pick(['level', 'extra', '__proto__'])] = pick(ODD)
      else (parent as Record<string | number, unknown>)[key] = pick(ODD)
    }
    return json
  })
}
