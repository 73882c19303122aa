/**
 * `npm run -s bench:hostile [-- --only md-table,pdf-flate-bomb] [--commands build,diff,glossary]
 * [--timeout 300] [--at-limit]`: each hostile source of issue 16 (scripts/support/hostile-sources.ts),
 * or with `--at-limit` each input just within the limits (which the build reads), through
 * the content build, `diff` and `glossary`, each in a process of its own under `/usr/bin/time -v`
 * (GNU time: the largest resident set of the process and the children it waited for; a PDF
 * reader inside Linux namespaces is not among them, so its peak is the one its line names).
 * Prints one row per run: wall time, CPU time, peak memory, exit code, the last line
 * on stderr, whether the output folder was left alone, and the machine's load. A run still going
 * after the time-out is stopped (its process group) and shown as such. Never fails on a figure.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageBin } from './node-tools'
import { AT_LIMIT_CASES, HOSTILE_CASES, type HostileCase } from './support/hostile-sources'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TIME = '/usr/bin/time'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}

const only = option('only')?.split(',')
const commands = (option('commands') ?? 'build,diff,glossary').split(',')
const timeoutSeconds = Number(option('timeout') ?? 300)

interface Run {
  wallSeconds: number
  cpuSeconds: number | null
  peakMb: number | null
  exit: string
  lastLine: string
  stackTrace: boolean
}

/** Runs a command; the line it prints naming `file` (what the trainer reads), else its last. */
function run(args: readonly string[], file: string): Promise<Run> {
  const started = performance.now()
  const timed = existsSync(TIME)
  const child = spawn(
    timed ? TIME : process.execPath,
    timed ? ['-v', process.execPath, ...args] : args,
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-200_000)
  })
  let stopped = false
  const timer = setTimeout(() => {
    stopped = true
    // The whole group: GNU time, Node and any reader it started.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
  }, timeoutSeconds * 1000)
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const wallSeconds = (performance.now() - started) / 1000
      const figure = (label: string): number | null => {
        const match = new RegExp(`${label}: ([\\d.:]+)`).exec(stderr)
        return match ? Number(match[1]) : null
      }
      const user = figure('User time \\(seconds\\)')
      const system = figure('System time \\(seconds\\)')
      const rssKb = figure('Maximum resident set size \\(kbytes\\)')
      const own = stderr.split('\n').filter((line) => !line.startsWith('\t') && line.trim() !== '')
      const status =
        /Command (?:exited with non-zero status (\d+)|terminated by signal (\d+))/.exec(stderr)
      resolve({
        wallSeconds,
        cpuSeconds: user !== null && system !== null ? user + system : null,
        peakMb: rssKb === null ? null : rssKb / 1024,
        exit: stopped
          ? `stopped after ${timeoutSeconds} s`
          : status?.[1]
            ? status[1]
            : status?.[2]
              ? `signal ${status[2]}`
              : String(code ?? signal),
        lastLine: (
          own.find((line) => line.includes(`${file}: `)) ??
          own.filter((line) => !/^Command (exited|terminated)/.test(line)).at(-1) ??
          ''
        ).trim(),
        stackTrace: /\n\s+at .+\(.+:\d+:\d+\)/.test(stderr)
      })
    })
  })
}

function argsFor(command: string, dir: string, hostile: HostileCase, out: string): string[] {
  const tsx = packageBin('tsx')
  const file = join(dir, hostile.file)
  switch (command) {
    case 'build':
      return [tsx, 'scripts/build-content.ts', '--content', dir, '--out', out]
    case 'diff':
      return [tsx, 'scripts/diff.ts', file, file]
    case 'glossary':
      return [tsx, 'scripts/glossary.ts', '--content', dir]
    default:
      throw new Error(`unknown command ${command}`)
  }
}

const rows: string[] = [
  '| input | command | wall s | CPU s | peak MB | exit | stack trace | output untouched | the line naming the file |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
]
console.log(
  `# load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}, time-out ${timeoutSeconds} s`
)
const cases = process.argv.includes('--at-limit') ? AT_LIMIT_CASES : HOSTILE_CASES
for (const hostile of cases.filter((c) => !only || only.includes(c.name))) {
  const work = mkdtempSync(join(tmpdir(), `reader-hostile-${hostile.name}-`))
  try {
    const dir = join(work, 'content')
    await hostile.write(dir)
    for (const command of commands) {
      const out = join(work, 'out')
      rmSync(out, { recursive: true, force: true })
      writeFileSync(join(work, 'sentinel'), '')
      const result = await run(argsFor(command, dir, hostile, out), join(dir, hostile.file))
      const untouched =
        command !== 'build' || result.exit === '0'
          ? '—'
          : !existsSync(out) || readdirSync(out).length === 0
            ? 'yes'
            : 'no'
      const row = [
        hostile.what,
        command,
        result.wallSeconds.toFixed(1),
        result.cpuSeconds?.toFixed(1) ?? '?',
        result.peakMb?.toFixed(0) ?? '?',
        result.exit,
        result.stackTrace ? 'yes' : 'no',
        untouched,
        result.lastLine.replace(/\|/g, '\\|').slice(0, 400)
      ]
      rows.push(`| ${row.join(' | ')} |`)
      console.log(rows.at(-1))
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
console.log(
  `\n# load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`
)
console.log(rows.join('\n'))
