import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runScript } from '../../test/support/run-script'
import {
  EXIT_BAD_CONTENT,
  EXIT_OK,
  EXIT_USAGE,
  GLOSSARY_USAGE,
  runGlossaryCli
} from './glossary-cli'
import { PROJECT_ROOT, TempDirs, writeReport } from './test-support'

const temp = new TempDirs()
afterAll(() => temp.cleanup())

const dir = temp.make('reader-glossary-cli-')
writeReport(
  dir,
  'alpha.txt',
  [
    'Overview:  The Financial Action Task Force (FATF) met in June.',
    'Its CT unit met foreign terrorist fighters (FTFs) and the FATF again.'
  ].join('\n\n')
)
writeFileSync(
  join(dir, 'glossary.json'),
  JSON.stringify({ terms: [{ term: 'CT', expansion: 'counterterrorism' }] })
)

function run(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = runGlossaryCli({
    argv,
    projectRoot: PROJECT_ROOT,
    cwd: dir,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t)
  })
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

describe('the glossary command', () => {
  it('prints {"terms": [...]} for the bundled report (run as `npm run -s glossary`)', async () => {
    const result = await runScript('scripts/glossary.ts', ['--json'])
    expect(result.code).toBe(EXIT_OK)
    const { terms } = JSON.parse(result.stdout)
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['terms'])
    for (const term of terms) {
      expect(Object.keys(term)).toEqual(
        expect.arrayContaining(['term', 'expansion', 'reportId', 'firstUse'])
      )
    }
    expect(terms).toContainEqual({
      term: 'KNB',
      expansion: 'Committee for National Security',
      reportId: 'crt2021-kazakhstan',
      firstUse: 'legislation-law-enforcement-and-border-security-p1',
      source: 'text'
    })
  })

  it('lists the text’s definitions and the edition’s terms, each with its first use', () => {
    const result = run('--json', '--content', '.')
    expect(result.code).toBe(EXIT_OK)
    expect(JSON.parse(result.stdout)).toEqual({
      terms: [
        {
          term: 'CT',
          expansion: 'counterterrorism',
          reportId: 'alpha',
          firstUse: 'overview-p2',
          source: 'edition'
        },
        {
          term: 'FATF',
          expansion: 'Financial Action Task Force',
          reportId: 'alpha',
          firstUse: 'overview-p1',
          source: 'text'
        },
        {
          term: 'FTFs',
          expansion: 'foreign terrorist fighters',
          reportId: 'alpha',
          firstUse: 'overview-p2',
          source: 'text'
        }
      ]
    })
  })

  it('prints a readable list, saying which expansions come from the edition', () => {
    const result = run('--content', dir)
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toBe(
      [
        'alpha:',
        '  CT    counterterrorism (from the edition’s glossary)',
        '        first used in overview-p2',
        '  FATF  Financial Action Task Force',
        '        first used in overview-p1',
        '  FTFs  foreign terrorist fighters',
        '        first used in overview-p2',
        '',
        '3 terms.'
      ].join('\n')
    )
  })

  it('flags an expansion only its first letter vouches for, so the trainer checks it', () => {
    const flagged = temp.make('reader-glossary-cli-flagged-')
    writeReport(
      flagged,
      'russia.txt',
      'Overview:  Russia’s Federal Security Service (FSB) arrested two men in May.'
    )
    const result = run('--content', flagged)
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toContain(
      '  FSB  Federal Security Service (only its first letter fits: check it, or give it in the edition’s glossary)'
    )
  })

  it('prints an edition’s glossary.json: the entries the reports use, alphabetically', () => {
    const other = temp.make()
    writeFileSync(
      join(other, 'glossary.json'),
      JSON.stringify({
        terms: [
          { term: 'UNSCR', expansion: 'United Nations Security Council Resolution' },
          { term: 'CT', expansion: 'counterterrorism' },
          { term: 'API/PNR', expansion: 'Advance Passenger Information and Passenger Name Record' }
        ]
      })
    )
    // Its own glossary: CT, the one entry.
    const own = run('--edition-glossary', '--content', dir)
    expect(own.code).toBe(EXIT_OK)
    expect(own.stdout).toBe(
      [
        '{',
        '  "terms": [',
        '    { "term": "CT", "expansion": "counterterrorism" }',
        '  ]',
        '}'
      ].join('\n')
    )
    // Another edition's: only what these reports use (CT), not UNSCR or API/PNR.
    const from = run('--edition-glossary', '--content', dir, '--glossary-from', other)
    expect(JSON.parse(from.stdout)).toEqual({
      terms: [{ term: 'CT', expansion: 'counterterrorism' }]
    })
    // Nothing to give: an empty list, still a glossary file the build takes.
    const none = temp.make()
    writeReport(none, 'beta.txt', 'Overview:  No acronyms here.')
    expect(run('--edition-glossary', '--content', none).stdout).toBe('{ "terms": [] }')
  })

  it('made the example edition’s glossary.json from the bundled edition’s, for what it uses', () => {
    const made = run(
      '--edition-glossary',
      '--content',
      join(PROJECT_ROOT, 'examples', 'field-course'),
      '--glossary-from',
      join(PROJECT_ROOT, 'resources', 'reports')
    )
    expect(made.code).toBe(EXIT_OK)
    const shipped = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'examples', 'field-course', 'glossary.json'), 'utf8')
    )
    expect(shipped).toEqual(JSON.parse(made.stdout))
    // The acronyms its text uses and never spells out are all explained.
    const terms = shipped.terms.map((t: { term: string }) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['CT', 'FTFs', 'NGOs', 'EAG']))
  })

  it('exits 1 with the build’s own plain messages when the content cannot be built', () => {
    const bad = temp.make()
    writeReport(bad, 'alpha.txt', 'Overview:  Text.')
    writeFileSync(join(bad, 'glossary.json'), '{"terms": [{"term": "CT", "expansion": ""}]}')
    const result = run('--content', bad)
    expect(result.code).toBe(EXIT_BAD_CONTENT)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        `glossary: ${join(bad, 'glossary.json')}: glossary: terms[0]: expansion is empty`,
        'glossary: nothing was listed; fix the files above, then run it again.'
      ].join('\n')
    )
  })

  it('exits 2 with the usage for an unknown option or a --content without a folder', () => {
    expect(run('--jsn')).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: `glossary: unknown option --jsn\n${GLOSSARY_USAGE}`
    })
    expect(run('--content').stderr).toBe(`glossary: --content needs a folder\n${GLOSSARY_USAGE}`)
    expect(run('--glossary-from').stderr).toBe(
      `glossary: --glossary-from needs a folder\n${GLOSSARY_USAGE}`
    )
    expect(run('--help')).toEqual({ code: EXIT_OK, stdout: GLOSSARY_USAGE, stderr: '' })
  })
})
