import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runScript } from '../../test/support/run-script'
import { DIFF_USAGE, EXIT_BAD_SOURCE, EXIT_OK, EXIT_USAGE, runDiffCli } from './diff-cli'
import { BUNDLED_REPORT_FILE, PROJECT_ROOT, TempDirs, writeReport } from './test-support'

const temp = new TempDirs()
afterAll(() => temp.cleanup())

const dir = temp.make('reader-diff-cli-')
const OLD = join(dir, 'old.txt')
const NEW = join(dir, 'new.txt')
writeReport(
  dir,
  'old.txt',
  [
    'Overview: Officers continued to have wide discretion. Courts handed down harsh sentences.',
    'Kazakhstani law bans its citizens from fighting in foreign wars.',
    'Outlook: Training continues. Aktau and Karaganda are members of the Strong Cities Network.'
  ].join('\n\n')
)
writeFileSync(
  NEW,
  [
    'Overview: Kazakhstani law bans its citizens from fighting in foreign wars.',
    'Officers continued to have broad discretion. Courts handed down harsh sentences.',
    'Outlook: Training continues. A hotline opened in Almaty.'
  ].join('\n\n')
)

function run(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = runDiffCli({
    argv,
    cwd: PROJECT_ROOT,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t)
  })
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

describe('the diff command', () => {
  it('prints {"changes": [...]} with the documented fields (run as `npm run -s diff`)', async () => {
    const result = await runScript('scripts/diff.ts', [OLD, NEW, '--json'])
    expect(result.code).toBe(EXIT_OK)
    const { changes } = JSON.parse(result.stdout)
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['changes'])
    for (const change of changes) {
      expect(Object.keys(change)).toEqual(
        expect.arrayContaining(['kind', 'oldSection', 'newSection', 'oldText', 'newText'])
      )
    }
    expect(
      changes.map((c: { kind: string; oldText: string | null; newText: string | null }) => [
        c.kind,
        c.oldText,
        c.newText
      ])
    ).toEqual([
      [
        'moved',
        'Kazakhstani law bans its citizens from fighting in foreign wars.',
        'Kazakhstani law bans its citizens from fighting in foreign wars.'
      ],
      [
        'modified',
        'Officers continued to have wide discretion.',
        'Officers continued to have broad discretion.'
      ],
      ['deleted', 'Aktau and Karaganda are members of the Strong Cities Network.', null],
      ['inserted', null, 'A hotline opened in Almaty.']
    ])
    expect(changes[0]).toMatchObject({
      oldSection: { id: 'overview', heading: 'Overview' },
      newSection: { id: 'overview', heading: 'Overview' },
      oldSpans: [{ paragraphId: 'overview-p2', start: 0, end: 64 }],
      newSpans: [{ paragraphId: 'overview-p1', start: 0, end: 64 }]
    })
  })

  it('prints one block per change with the words marked, and a summary line', async () => {
    const result = await runScript('scripts/diff.ts', [OLD, NEW])
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toContain(
      [
        '2. modified sentence · Overview',
        '   at overview-p2',
        '   Officers continued to have [-wide-]{+broad+} discretion.'
      ].join('\n')
    )
    expect(result.stdout).toContain('   from overview-p2 to overview-p1')
    expect(result.stdout).toContain(
      '   [-Aktau and Karaganda are members of the Strong Cities Network.-]'
    )
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '4 changes: 1 inserted, 1 deleted, 1 modified, 1 moved'
    )
  })

  it('says so when nothing changed', () => {
    const same = run(BUNDLED_REPORT_FILE, BUNDLED_REPORT_FILE)
    expect(same.code).toBe(EXIT_OK)
    expect(same.stdout).toMatch(/No changes: both editions have the same text/)
    expect(JSON.parse(run(BUNDLED_REPORT_FILE, BUNDLED_REPORT_FILE, '--json').stdout)).toEqual({
      changes: []
    })
  })

  it('reads a source without a metadata sidecar, and a Markdown one', () => {
    writeFileSync(join(dir, 'a.md'), '# Overview\n\nOne sentence here.\n')
    writeFileSync(join(dir, 'b.md'), '# Overview\n\nOne sentence there.\n')
    const result = run(join(dir, 'a.md'), join(dir, 'b.md'), '--json')
    expect(result.code).toBe(EXIT_OK)
    expect(JSON.parse(result.stdout).changes).toHaveLength(1)
  })

  it('exits 1 with a plain message for a missing file', async () => {
    const result = await runScript('scripts/diff.ts', [OLD, join(dir, 'missing.txt')])
    expect(result.code).toBe(EXIT_BAD_SOURCE)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toEqual([
      `diff: ${join(dir, 'missing.txt')}: no such file`,
      'diff: nothing was compared.'
    ])
  })

  it.each([
    [
      'a folder',
      () => mkdirSync(join(dir, 'folder.txt'), { recursive: true }),
      'folder.txt',
      'is a folder, not a report file'
    ],
    [
      'a file that is not UTF-8',
      () => writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4f, 0x76, 0xe9, 0x72])),
      'latin1.txt',
      'is not UTF-8 text; save it as UTF-8 and try again'
    ],
    ['an empty file', () => writeFileSync(join(dir, 'empty.txt'), '  \n'), 'empty.txt', 'is empty'],
    [
      'a file with no sections',
      () => writeFileSync(join(dir, 'flat.txt'), 'Just words, no heading.'),
      'flat.txt',
      'no recognizable sections (expected run-in headings such as "Overview:" at the start of a paragraph)'
    ],
    [
      'a file of another format',
      () => writeFileSync(join(dir, 'notes.odt'), 'x'),
      'notes.odt',
      'is not a report source: the content build reads .txt, .md, .markdown, .html, .htm, .pdf, .docx, .docm, .epub files'
    ]
  ])('exits 1 with a plain message for %s', (_, make, name, message) => {
    make()
    const result = run(OLD, join(dir, name))
    expect(result.code).toBe(EXIT_BAD_SOURCE)
    expect(result.stderr).toContain(`diff: ${join(dir, name)}: ${message}`)
    expect(result.stderr).not.toMatch(/E[A-Z]{3,}|at .*\.ts:\d+/)
  })

  it('names both files when both are wrong', () => {
    const result = run(join(dir, 'nope-1.txt'), join(dir, 'nope-2.txt'))
    expect(result.stderr.split('\n')).toHaveLength(3)
  })

  it.each([[[]], [[OLD]], [[OLD, NEW, NEW]], [[OLD, NEW, '--colour']]])(
    'exits 2 with the usage line for the arguments %j',
    (argv) => {
      const result = run(...argv)
      expect(result.code).toBe(EXIT_USAGE)
      expect(result.stderr.split('\n').at(-1)).toBe(DIFF_USAGE)
    }
  )

  it('prints the usage line for --help and exits 0', () => {
    expect(run('--help')).toMatchObject({ code: EXIT_OK, stdout: DIFF_USAGE })
  })

  it('resolves relative paths from where it is run', () => {
    const result = run('resources/reports/crt2021-kazakhstan.txt', BUNDLED_REPORT_FILE)
    expect(result.code).toBe(EXIT_OK)
    expect(result.stdout).toContain('Comparing resources/reports/crt2021-kazakhstan.txt (old)')
    expect(result.stdout).toMatch(/No changes/)
  })
})
