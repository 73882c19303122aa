import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { killLoop } from '../../test/support/kill-loop'

const LANES = 2
const ROUNDS = 16
const SEED = 0x5eed2026
/** Each round kills the writer after 1 to this many answered writes. */
const MAX_WRITES_PER_ROUND = 40

// The short kill loop; `npm run soak:store -- --rounds 200` runs the same loop for longer.
describe('the annotation store under kill -9', () => {
  it(`never leaves a half-written file and never loses an acknowledged note (${LANES} × ${ROUNDS} kills)`, async () => {
    // Two folders at once (each killed in its own loop) to keep the wall time down.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, lane) =>
        killLoop({
          dir: mkdtempSync(join(tmpdir(), 'reader-notes-kill-')),
          seed: SEED + lane,
          rounds: ROUNDS,
          maxWritesPerRound: MAX_WRITES_PER_ROUND
        })
      )
    )
    for (const lane of lanes) {
      expect(lane.problems).toEqual([])
      expect(lane.lost).toEqual([])
      expect(lane.rounds).toBe(ROUNDS)
      // Every round acknowledged at least one note, and the file holds them all.
      expect(lane.acknowledged).toBeGreaterThanOrEqual(ROUNDS)
      expect(lane.inFile).toBeGreaterThanOrEqual(lane.acknowledged)
    }
    const total = (key: 'acknowledged' | 'inFile' | 'interruptedWrites') =>
      lanes.reduce((sum, lane) => sum + lane[key], 0)
    // The kills did land inside writes (the writer spends most of its time writing).
    expect(total('interruptedWrites')).toBeGreaterThan(0)
    console.info(
      `kill loop: ${LANES * ROUNDS} kills, ${total('acknowledged')} notes acknowledged, ${total('inFile')} in the files, ${total('interruptedWrites')} kills inside a write`
    )
  })
})
