import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../shared/seeded-random'
import { sampleLibrary } from '../../test/support/generated-content'
import { checkLibraryContents } from './library-contents-check'
import { LibraryContentsSchema, renderLibraryFiles } from './library-file'

/** The schema's verdict: its output, or null. */
const bySchema = (json: unknown) => {
  const parsed = v.safeParse(LibraryContentsSchema, json)
  return parsed.success ? parsed.output : null
}

describe('the launch check of library-contents.json', () => {
  const valid = JSON.parse(JSON.stringify(renderLibraryFiles(sampleLibrary()).contents)) as unknown

  it('accepts what the build writes, as the schema does', () => {
    expect(checkLibraryContents(valid)).toEqual(bySchema(valid))
    expect(checkLibraryContents(valid)).not.toBeNull()
  })

  it('gives the schema’s verdict on thousands of damaged and hostile files', () => {
    const random = mulberry32(11)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    // Values a damaged or hostile file might hold where anything else was expected.
    const odd: unknown[] = [
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
      'a'.repeat(121),
      '0'.repeat(64),
      'f'.repeat(63),
      [],
      {},
      [1],
      { level: 2 },
      'text',
      'pdf',
      'word'
    ]
    /** Every [parent, key] in the tree, so any field can be changed or removed. */
    const places = (
      node: unknown,
      out: [Record<string, unknown> | unknown[], string | number][]
    ) => {
      if (Array.isArray(node)) node.forEach((child, i) => (out.push([node, i]), places(child, out)))
      else if (node && typeof node === 'object')
        for (const [key, child] of Object.entries(node)) {
          out.push([node as Record<string, unknown>, key])
          places(child, out)
        }
      return out
    }
    let rejected = 0
    for (let n = 0; n < 3000; n++) {
      const json = structuredClone(valid)
      for (let changes = 1 + Math.floor(random() * 2); changes > 0; changes--) {
        const [parent, key] = pick(places(json, []))
        const action = random()
        if (action < 0.2 && !Array.isArray(parent)) Reflect.deleteProperty(parent, key)
        else if (action < 0.3 && !Array.isArray(parent))
          parent[pick(['level', 'extra', '__proto__'])] = pick(odd)
        else (parent as Record<string | number, unknown>)[key] = pick(odd)
      }
      const expected = bySchema(json)
      expect(checkLibraryContents(json), JSON.stringify(json)).toEqual(expected)
      if (expected === null) rejected++
    }
    expect(rejected).toBeGreaterThan(1000)
    for (const input of [null, [], 'x', 1, { formatVersion: 1 }]) {
      expect(checkLibraryContents(input)).toBeNull()
      expect(bySchema(input)).toBeNull()
    }
  })
})
