import { afterAll, describe, expect, it } from 'vitest'
import { SyncWorker } from './sync-worker'

/**
 * The build's worker thread, the last line of defence under every parser: the synchronous build
 * waits on it, and a task past its time or memory limit is stopped, whatever it is doing, and
 * the next task gets a fresh worker. The limits here are small so that the test is quick; a task
 * that never ends is stopped whatever the machine's speed.
 */
const worker = new SyncWorker(
  new URL('../../test/fixtures/sync-worker/tasks.ts', import.meta.url),
  1024
)
afterAll(() => worker.stop())

const roomy = { seconds: 300, memoryBytes: 2_000_000_000 }

describe('a task run in the build’s worker thread', () => {
  it('answers synchronously, with what the task returned', () => {
    expect(worker.run({ kind: 'echo', value: { sections: [1, 2] } }, roomy)).toEqual({
      ok: true,
      value: { sections: [1, 2] }
    })
  })

  it('is stopped when it runs past its time, and the next task is answered by a fresh worker', () => {
    const answer = worker.run({ kind: 'forever' }, { seconds: 1, memoryBytes: 2_000_000_000 })
    expect(answer).toMatchObject({ ok: false, stopped: 'time' })
    expect(worker.run({ kind: 'echo', value: 'after' }, roomy)).toEqual({
      ok: true,
      value: 'after'
    })
  })

  it('is stopped when the memory it takes grows past its limit', () => {
    const answer = worker.run({ kind: 'hungry' }, { seconds: 300, memoryBytes: 200_000_000 })
    expect(answer).toMatchObject({ ok: false, stopped: 'memory' })
    if (!answer.ok && 'stopped' in answer) expect(answer.memoryBytes).toBeGreaterThan(200_000_000)
    expect(worker.run({ kind: 'echo', value: 'after' }, roomy)).toEqual({
      ok: true,
      value: 'after'
    })
  })

  it('says what failed when the task throws', () => {
    expect(worker.run({ kind: 'nothing-like-it' }, roomy)).toEqual({
      ok: false,
      failed: 'TypeError: no task named nothing-like-it'
    })
  })
})
