import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { damagedCopies } from '../../test/support/damaged-json'
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
    let rejected = 0
    for (const json of damagedCopies(valid, 3000, 11)) {
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
