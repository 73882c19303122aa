import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateContent } from '../content/generate-content'
import { PROJECT_ROOT } from '../content/test-support'
import { PREVIOUS_EDITIONS_FILE } from '../shared/compare/kept-edition'
import { openPreviousEditions } from './previous-editions'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-previous-'))
  made.push(dir)
  return dir
}

describe('the previous editions the app bundles', () => {
  it("are read from the example edition's build, by report", () => {
    const outDir = folder()
    generateContent({ contentDir: join(PROJECT_ROOT, 'examples', 'field-course'), outDir })
    const load = openPreviousEditions(outDir)()
    expect(load.ok && [...load.byReport.keys()]).toEqual(['crt2021-kazakhstan'])
  })

  it('are none, without a problem, when the edition bundles none', () => {
    const load = openPreviousEditions(folder())()
    expect(load.ok && load.byReport.size).toBe(0)
  })

  it('that cannot be read are a problem in plain words', () => {
    const dir = folder()
    writeFileSync(join(dir, PREVIOUS_EDITIONS_FILE), '{"formatVersion": 1, "reports": [{}]}')
    expect(openPreviousEditions(dir)()).toEqual({
      ok: false,
      problem: `The previous editions bundled with this app (${join(dir, PREVIOUS_EDITIONS_FILE)}) cannot be read, so reports cannot be compared with them. The reports themselves are fine; reinstalling the app brings the file back.`
    })
  })
})
