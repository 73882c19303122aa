/**
 * docs/fixture-outlines.md: for each document fixture (test/fixtures/pdf/reports/*.pdf,
 * test/fixtures/documents/*), the outline of the Markdown source it was made from beside the
 * outline the build makes of it, and the build's messages about it. Both outlines come from one
 * run of the content build with `--outline` (src/content/cli.ts) over a folder holding every
 * fixture and, beside each, a copy of its source under the fixture's details, so the source is
 * read by the same build. Nothing there is written by hand:
 *
 *   npx tsx scripts/fixture-outlines.ts [--out docs/fixture-outlines.md]
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { runBuildContent } from '../src/content/cli'

const root = fileURLToPath(new URL('..', import.meta.url))
const COMMAND = 'npx tsx scripts/fixture-outlines.ts'

interface Fixture {
  /** The fixture's path from the project root. */
  path: string
  /** The Markdown it was made from, from the project root. */
  source: string
}

/** Each fixture with its source: the source whose name its own name starts with. */
function fixtures(): Fixture[] {
  const groups = [
    { folder: 'test/fixtures/pdf/reports', sources: 'test/fixtures/pdf/source' },
    { folder: 'test/fixtures/documents', sources: 'test/fixtures/documents' }
  ]
  return groups.flatMap(({ folder, sources }) => {
    const markdown = readdirSync(join(root, sources))
      .filter((name) => name.endsWith('.md'))
      .map((name) => basename(name, '.md'))
      .sort((a, b) => b.length - a.length)
    return readdirSync(join(root, folder))
      .filter(
        (name) => !name.endsWith('.meta.json') && !(folder === sources && name.endsWith('.md'))
      )
      .sort()
      .flatMap((name) => {
        const stem = basename(name, extname(name))
        const source = markdown.find((s) => stem === s || stem.startsWith(`${s}-`))
        return source ? [{ path: `${folder}/${name}`, source: `${sources}/${source}.md` }] : []
      })
  })
}

const sourceCopy = (fixture: Fixture) =>
  `source-of-${basename(fixture.path, extname(fixture.path))}.md`

/** The build's output, one run over every fixture and a copy of its source. */
function build(list: readonly Fixture[]): { stdout: string[]; stderr: string[]; code: number } {
  const content = mkdtempSync(join(tmpdir(), 'fixture-outlines-'))
  const out = mkdtempSync(join(tmpdir(), 'fixture-outlines-out-'))
  try {
    for (const fixture of list) {
      const name = basename(fixture.path)
      const meta = join(root, fixture.path.replace(/\.[^.]+$/, '.meta.json'))
      copyFileSync(join(root, fixture.path), join(content, name))
      copyFileSync(meta, join(content, basename(meta)))
      const copy = sourceCopy(fixture)
      copyFileSync(join(root, fixture.source), join(content, copy))
      copyFileSync(meta, join(content, copy.replace(/\.md$/, '.meta.json')))
    }
    const stdout: string[] = []
    const stderr: string[] = []
    const code = runBuildContent({
      argv: ['--content', content, '--out', out, '--outline'],
      env: {},
      projectRoot: root,
      cwd: content,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line)
    })
    return { stdout, stderr, code }
  } finally {
    rmSync(content, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  }
}

/** Each file's outline (its head line, then its sections, indented) and its messages. */
function perFile(stdout: readonly string[]): {
  outlines: Map<string, string[]>
  messages: Map<string, string[]>
} {
  const outlines = new Map<string, string[]>()
  const messages = new Map<string, string[]>()
  let current: string[] | null = null
  for (const [i, line] of stdout.entries()) {
    if (line.startsWith('build:content:')) break
    const head = /^(\S+): \d+ sections?, \d+ blocks?$/u.exec(line)?.[1]
    if (head && /^ {2}/u.test(stdout[i + 1] ?? '')) {
      current = [line]
      outlines.set(head, current)
    } else if (current && line.startsWith('  ')) current.push(line)
    else {
      current = null
      const file = /^(\S+?): /u.exec(line)?.[1] ?? ''
      messages.set(file, [...(messages.get(file) ?? []), line])
    }
  }
  return { outlines, messages }
}

/** A heading as both sides may print it: no "2.3.1." before it, in one case. */
const headingKey = (line: string) =>
  line
    .trim()
    .replace(/: (?:no text|\d+ .*)$/u, '')
    .replace(/^\d+(?:\.\d+)*\.\s+/u, '')
    .toLowerCase()

/** Source and build section lines side by side, matched by heading (longest common run). */
function sideBySide(source: readonly string[], built: readonly string[]): string[][] {
  const a = source.map(headingKey)
  const b = built.map(headingKey)
  const longest = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0)
  )
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (longest[i] as number[])[j] =
        a[i] === b[j]
          ? (longest[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(longest[i + 1]?.[j] ?? 0, longest[i]?.[j + 1] ?? 0)
  const rows: string[][] = []
  let [i, j] = [0, 0]
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j])
      rows.push([source[i++] ?? '', built[j++] ?? ''])
    else if (
      j < b.length &&
      (i >= a.length || (longest[i]?.[j + 1] ?? 0) >= (longest[i + 1]?.[j] ?? 0))
    )
      rows.push(['', built[j++] ?? ''])
    else rows.push([source[i++] ?? '', ''])
  }
  return rows
}

/** A line of an outline as a table cell: its indent (two spaces a level) as em spaces. */
const cell = (text: string) =>
  '\u2003'.repeat((text.length - text.trimStart().length) / 2) + text.trim().replaceAll('|', '\\|')

/** What a section line says of its blocks, without its pages. */
const blocksOf = (line: string) =>
  line.replace(/^.*?: (no text|\d+ [^:]*)$/u, '$1').replace(/,? ?pages? [\d–]+$/u, '')

function markdown(list: readonly Fixture[], run: ReturnType<typeof build>): string {
  const { outlines, messages } = perFile(run.stdout)
  const lines = [
    '# The document fixtures: source and build',
    '',
    `Generated by \`${COMMAND}\`; do not edit. For each document fixture, the outline of the`,
    'Markdown source it was made from (as the content build reads it) beside the outline the build',
    'makes of the fixture: each section, indented by level, with its blocks by kind and, from a',
    'PDF, its pages (`npm run -s build:content -- --content DIR --outline`, one run over every',
    'fixture and a copy of its source). Sections are matched by heading; a row with one side empty',
    'is a section only that side has, and **≠** marks a section whose blocks differ. Below each',
    "table, the build's messages about the fixture.",
    '',
    `The build: ${
      run.stdout
        .find((line) => line.startsWith('build:content:'))
        ?.replace(/^build:content: /u, '')
        .replace(/ from .*$/u, '') ?? '(no summary)'
    }.`,
    ''
  ]
  if (run.code !== 0) lines.push('The build failed:', '', '```', ...run.stderr, '```', '')
  for (const fixture of list) {
    const name = basename(fixture.path)
    const source = outlines.get(sourceCopy(fixture)) ?? []
    const built = outlines.get(name) ?? []
    lines.push(`## ${name}`, '')
    lines.push(`\`${fixture.path}\`, made from \`${fixture.source}\`.`, '')
    lines.push(
      `| source: ${cell((source[0] ?? '').replace(/^\S+: /u, ''))} | | build: ${cell((built[0] ?? '').replace(/^\S+: /u, ''))} |`,
      '| --- | :-: | --- |'
    )
    for (const [left = '', right = ''] of sideBySide(source.slice(1), built.slice(1))) {
      const same = left !== '' && right !== '' && blocksOf(left) === blocksOf(right)
      lines.push(`| ${cell(left)} | ${same ? '' : '≠'} | ${cell(right)} |`)
    }
    lines.push('')
    const said = messages.get(name) ?? []
    if (said.length === 0) lines.push('The build said nothing about it.', '')
    else
      lines.push(
        "The build's messages:",
        '',
        ...said.map((line) => `- ${line.replace(/^\S+?: /u, '')}`),
        ''
      )
  }
  return `${lines.join('\n').trimEnd()}\n`
}

if (process.argv[1]?.endsWith('fixture-outlines.ts')) {
  const at = process.argv.indexOf('--out')
  const out = join(root, at >= 0 ? (process.argv[at + 1] ?? '') : 'docs/fixture-outlines.md')
  const list = fixtures()
  const run = build(list)
  // Set as the project's Markdown is (npm run lint checks it), so that a run writes it the same.
  const options = { ...(await resolveConfig(out)), parser: 'markdown' }
  writeFileSync(out, await format(markdown(list, run), options))
  console.log(`${out}: ${list.length} fixtures`)
  process.exitCode = run.code
}
