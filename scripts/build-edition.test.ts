import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runScript } from '../test/support/run-script'

const example = join(repoRoot, 'examples', 'field-course')
const edition = (...args: string[]) => runScript('scripts/build-edition.ts', args)

describe('npm run edition', () => {
  it('checks the example edition: its name, title and reports', async () => {
    const result = await edition(example, '--check')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('2 reports')
    expect(result.stdout).toContain(
      '“Central Asia Field Course, Spring 2027” (Field Course Reader)'
    )
  })

  it('stops on a bad manifest or report with one line per problem, naming the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-bad-edition-'))
    for (const name of readdirSync(example)) copyFileSync(join(example, name), join(dir, name))
    writeFileSync(join(dir, 'edition.json'), '{"appName": "Course", "about": "", "contact": ""}')
    writeFileSync(join(dir, 'notes.docx'), 'binary')
    const result = await edition(dir, '--check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `${join(dir, 'edition.json')}: edition manifest: editionTitle is missing`
    )
    expect(result.stderr).toContain(`${join(dir, 'notes.docx')}: unknown format`)
  })

  it('explains its usage when the folder is missing', async () => {
    const result = await edition()
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('usage: npm run edition -- <edition folder>')
  })
})
