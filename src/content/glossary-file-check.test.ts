import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { damagedCopies } from '../../test/support/damaged-json'
import { GlossaryFileSchema } from '../shared/glossary/glossary-model'
import { checkGlossaryFile } from './glossary-file-check'

/** The schema's verdict: its terms, or null. */
const bySchema = (json: unknown) => {
  const parsed = v.safeParse(GlossaryFileSchema, json)
  return parsed.success ? parsed.output.terms : null
}

describe('the launch check of glossary.json', () => {
  const term = (t: string, expansion: string, source: string) => ({
    term: t,
    expansion,
    reportId: 'crt2021-kazakhstan',
    firstUse: 'overview-p1',
    source
  })
  const valid = {
    terms: [
      term('KNB', 'Committee for National Security', 'text'),
      term('API/PNR', 'Advance Passenger Information and Passenger Name Record', 'edition'),
      term('FTFs', 'foreign terrorist fighters', 'edition')
    ]
  }

  it('accepts what the build writes, as the schema does', () => {
    expect(checkGlossaryFile(valid)).toEqual(bySchema(valid))
    expect(checkGlossaryFile({ terms: [] })).toEqual([])
  })

  it('gives the schema’s verdict on thousands of damaged and hostile files', () => {
    let rejected = 0
    for (const json of damagedCopies(valid, 3000, 12)) {
      const expected = bySchema(json)
      expect(checkGlossaryFile(json), JSON.stringify(json)).toEqual(expected)
      if (expected === null) rejected++
    }
    expect(rejected).toBeGreaterThan(1000)
    for (const input of [null, [], 'x', 1, {}]) expect(checkGlossaryFile(input)).toBeNull()
  })
})
