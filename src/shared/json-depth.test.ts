import { describe, expect, it } from 'vitest'
import { jsonNestingDepth } from './json-depth'

describe('the nesting depth of a JSON text, without parsing it', () => {
  it('counts arrays and objects, however mixed', () => {
    expect(jsonNestingDepth('42', 10)).toBe(0)
    expect(jsonNestingDepth('[]', 10)).toBe(1)
    expect(jsonNestingDepth('{"a": [1, {"b": [[2]]}], "c": {}}', 10)).toBe(5)
  })

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingDepth('["[[[{{{", "say \\"[[[\\" then \\\\", "]]]"]', 10)).toBe(1)
  })

  it('stops as soon as the limit is passed', () => {
    expect(jsonNestingDepth('[[[[', 3)).toBe(Infinity)
    expect(jsonNestingDepth('[[[]]]', 3)).toBe(3)
  })
})
