import { performance } from 'node:perf_hooks'

/**
 * Long work on main, cut into slices: call the function this returns between steps; once a slice
 * has run `sliceMs`, it gives the event loop a turn (the window's calls, timers) before going on.
 */
export function timeSlices(sliceMs: number): () => Promise<void> {
  let sliceStart = performance.now()
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    sliceStart = performance.now()
  }
}
