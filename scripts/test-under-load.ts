// `npm run test:under-load`: the whole `npm test` on a machine kept busy, to show that no test
// depends on how fast the machine is. Starts one busy loop per core (os.availableParallelism()),
// runs `npm test` beside them, stops them, and prints the result and the wall time. Exits with the
// exit code of `npm test`. Arguments after `--` go to `npm test`.
import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'

// Spins until killed. It also stops by itself once its parent is gone (it is adopted by another
// process), so a killed run never leaves a core spinning.
const BUSY_LOOP = `
const parent = process.ppid
for (;;) {
  for (let i = 0; i < 1e7; i++);
  if (process.ppid !== parent) process.exit(0)
}`

const loops: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', BUSY_LOOP], { stdio: 'ignore' })
)
const stopLoops = () => {
  for (const loop of loops) loop.kill('SIGKILL')
}

function minutesAndSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

console.log(`test:under-load: ${loops.length} busy loops (one per core) started; running npm test`)
const started = performance.now()
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const test = spawn(npm, ['test', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    test.kill(signal)
    stopLoops()
  })
}
const code = await new Promise<number>((resolve) => {
  test.on('error', (error) => {
    console.error(`test:under-load: could not start npm test (${error.message})`)
    resolve(1)
  })
  test.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
})
const wall = performance.now() - started
stopLoops()
console.log(
  `test:under-load: npm test ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ` +
    `${minutesAndSeconds(wall)} of wall time, beside ${loops.length} busy loops on ` +
    `${availableParallelism()} cores`
)
process.exitCode = code
