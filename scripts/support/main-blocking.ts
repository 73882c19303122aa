import { performance } from 'node:perf_hooks'

/** CPU time main's thread has used, in ms. */
const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

/**
 * Runs `work`, giving its wall time and the longest stretch in which main's event loop could not
 * turn: in the app, the longest the window would wait for an answer. A timer that re-arms itself
 * at once measures the gaps between its turns (garbage collection included), so no pause escapes
 * it, however it is cut up.
 *
 * On a busy machine a gap is also time the system gave the thread to others (an idle loop shows
 * gaps of 100 ms and more at a load of 15 on 2 cores), so each gap's CPU time on main's thread is
 * kept too: `maxBlockCpuMs`, the most work main did in one stretch without answering, which is
 * what the app's code decides and what the load does not. `cpuMs` is all the CPU time main's thread
 * spent meanwhile (what a busy machine stretches the wall time of, but does not change much).
 */
export async function timed<T>(
  work: () => Promise<T> | T
): Promise<{ value: T; ms: number; maxBlockMs: number; maxBlockCpuMs: number; cpuMs: number }> {
  let last = performance.now()
  let lastCpu = threadCpuMs()
  const startCpu = lastCpu
  let maxGap = 0
  let maxCpu = 0
  let ticker: ReturnType<typeof setTimeout> | undefined
  const tick = () => {
    const now = performance.now()
    const cpu = threadCpuMs()
    maxGap = Math.max(maxGap, now - last)
    maxCpu = Math.max(maxCpu, cpu - lastCpu)
    last = now
    lastCpu = cpu
    ticker = setTimeout(tick, 0)
  }
  ticker = setTimeout(tick, 0)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  const cpuMs = threadCpuMs() - startCpu
  // One more turn, so a block at the very end is seen too.
  await new Promise((resolve) => setTimeout(resolve, 0))
  clearTimeout(ticker)
  maxGap = Math.max(maxGap, performance.now() - last)
  maxCpu = Math.max(maxCpu, threadCpuMs() - lastCpu)
  return { value, ms, maxBlockMs: maxGap, maxBlockCpuMs: maxCpu, cpuMs }
}
