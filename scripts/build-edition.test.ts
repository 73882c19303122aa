import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const example = join(root, 'examples', 'field-course')
/** A copy of the example edition in a temporary folder, to break in one way. */
function copyOfExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-edition-'))
  for (const name of readdirSync(example)) copyFileSync(join(example, name), join(dir, name))
  return dir
}
const edition = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-edition.ts', ...args], {
    cwd: root,
    encoding: 'utf8'
  })

describe('npm run edition', () => {
  it('checks the example edition: its name, title and reports', () => {
    const result = edition(example, '--check')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('2 reports')
    expect(result.stdout).toContain(
      '“Central Asia Field Course, Spring 2027” (Field Course Reader)'
    )
  })

  it('stops on a bad manifest or report with one line per problem, naming the files', () => {
    const dir = copyOfExample()
    writeFileSync(join(dir, 'edition.json'), '{"appName": "Course", "about": "", "contact": ""}')
    writeFileSync(join(dir, 'notes.docx'), 'binary')
    const result = edition(dir, '--check')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `${join(dir, 'edition.json')}: edition manifest: editionTitle is missing`
    )
    expect(result.stderr).toContain(`${join(dir, 'notes.docx')}: unknown format`)
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
  ])('refuses %s', (_case, breakEdition) => {
    const dir = copyOfExample()
    const expected = breakEdition(dir)
    const result = edition(dir, '--check')
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')).toContain(expected)
    expect(result.stdout).toBe('')
  })

  it('explains its usage when the folder is missing', () => {
    const result = edition()
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: npm run edition -- <edition folder>')
  })
})
