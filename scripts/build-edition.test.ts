import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runScript } from '../test/support/run-script'

const example = join(repoRoot, 'examples', 'field-course')
/** A copy of the example edition in a temporary folder, to break in one way. */
function copyOfExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-edition-'))
  // Its previous editions too (a sub-folder).
  cpSync(example, dir, { recursive: true })
  return dir
}
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
    const dir = copyOfExample()
    writeFileSync(join(dir, 'edition.json'), '{"appName": "Course", "about": "", "contact": ""}')
    writeFileSync(join(dir, 'notes.odt'), 'binary')
    const result = await edition(dir, '--check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `${join(dir, 'edition.json')}: edition manifest: editionTitle is missing`
    )
    expect(result.stderr).toContain(`${join(dir, 'notes.odt')}: unknown format`)
  })

  it.each([
    [
      'an app name that a command line would run as a command, saying which character and why',
      (dir: string) => {
        writeFileSync(
          join(dir, 'edition.json'),
          JSON.stringify({
            appName: 'R & calc.exe & rem',
            editionTitle: 'T',
            about: '',
            contact: ''
          })
        )
        return `${join(dir, 'edition.json')}: edition manifest: appName contains "&", which Windows treats as a command separator and which cannot be used in an app's name. Use letters, digits, spaces, hyphens, apostrophes, parentheses, commas or full stops.`
      }
    ],
    [
      'a report that is a link to a private file elsewhere',
      (dir: string) => {
        const secret = join(mkdtempSync(join(tmpdir(), 'reader-private-')), 'private.md')
        writeFileSync(secret, '# Private\n\nNot for the field.\n')
        symlinkSync(secret, join(dir, 'leak.md'))
        const metadata = { title: 'Leak', publisher: 'P', sourceUrl: 'u', edition: '1' }
        writeFileSync(join(dir, 'leak.meta.json'), JSON.stringify(metadata))
        return `${join(dir, 'leak.md')}: is a link to ${secret}, not a file. Links are refused, so that nothing from outside the folder is built into the app. Copy the file itself into the folder, or remove the link.`
      }
    ]
  ])('refuses %s', async (_case, breakEdition) => {
    const dir = copyOfExample()
    const expected = breakEdition(dir)
    const result = await edition(dir, '--check')
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toContain(expected)
    expect(result.stdout).toBe('')
  })

  it('explains its usage when the folder is missing', async () => {
    const result = await edition()
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('usage: npm run edition -- <edition folder>')
  })
})
