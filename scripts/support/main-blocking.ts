import { performance } from 'node:perf_hooks'

/**
 * Runs `work`, giving its wall time and the longest stretch in which main's event loop could not
 * turn: in the app, the longest the window would wait for an answer. A timer that re-arms itself
 * at once measures the gaps between its turns (garbage collection included), so no pause escapes
 * it, however it is cut up.
 */
export async function timed<T>(
  work: () => Promise<T> | T
): Promise<{ value: T; ms: number; maxBlockMs: number }> {
  let last = performance.now()
  let maxGap = 0
  let ticker: ReturnType<typeof setTimeout> | undefined
  const tick = () => {
    const now = performance.now()
    maxGap = Math.max(maxGap, now - last)
    last = now
    ticker = setTimeout(tick, 0)
  }
  ticker = setTimeout(tick, 0)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  // One more turn, so a block at the very end is seen too.
  await new Promise((resolve) => setTimeout(resolve, 0))
  clearTimeout(ticker)
  maxGap = Math.max(maxGap, performance.now() - last)
  return { value, ms, maxBlockMs: maxGap }
}
