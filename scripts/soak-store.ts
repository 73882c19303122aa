// The store's kill loop for longer than the test suite runs it: `npm run soak:store -- --rounds 200`
// (`--seed N` for another kill schedule). One folder, killed with SIGKILL once per round while the
// real annotation store writes notes into it; after every kill the file must be whole and hold
// every note acknowledged so far. Prints rounds, acknowledged notes, lost notes and the time, and
// exits 1 if any note was lost or anything else went wrong (2 for a bad argument).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { killLoop, type KillLoopReport } from '../test/support/kill-loop'

const USAGE = 'usage: npm run soak:store -- [--rounds N] [--seed N]'
const MAX_WRITES_PER_ROUND = 40

function parseArgs(argv: string[]): { rounds: number; seed: number } {
  const options = { rounds: 200, seed: 0x50a4 }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]
    const value = Number(argv[++i])
    if ((name !== '--rounds' && name !== '--seed') || !Number.isSafeInteger(value) || value < 1) {
      throw new Error(USAGE)
    }
    options[name === '--rounds' ? 'rounds' : 'seed'] = value
  }
  return options
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const line = (report: KillLoopReport, seconds: number) =>
  `soak:store: ${count(report.rounds, 'round', 'rounds')}, ` +
  `${count(report.acknowledged, 'note', 'notes')} acknowledged, ${report.lost.length} lost, ` +
  `${count(report.interruptedWrites, 'kill', 'kills')} inside a write, ` +
  `${count(report.inFile, 'note', 'notes')} in the file; ${seconds.toFixed(1)} s`

async function main(): Promise<number> {
  let options: { rounds: number; seed: number }
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const dir = mkdtempSync(join(tmpdir(), 'reader-soak-store-'))
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const everyTenth = Math.max(1, Math.round(options.rounds / 10))
  const report = await killLoop({
    dir,
    seed: options.seed,
    rounds: options.rounds,
    maxWritesPerRound: MAX_WRITES_PER_ROUND,
    onRound: (sofar) => {
      const fine = sofar.lost.length === 0 && sofar.problems.length === 0
      if (fine && sofar.rounds % everyTenth === 0 && sofar.rounds < options.rounds) {
        console.log(`  ${line(sofar, seconds())}`)
      }
    }
  })
  console.log(line(report, seconds()))
  for (const problem of report.problems) console.log(`problem: ${problem}`)
  if (report.lost.length > 0) console.log(`lost notes: ${report.lost.join(', ')}`)
  const failed = report.problems.length > 0 || report.lost.length > 0
  if (failed) console.log(`The folder is kept for a look: ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
  return failed || report.rounds < options.rounds ? 1 : 0
}

process.exitCode = await main()
