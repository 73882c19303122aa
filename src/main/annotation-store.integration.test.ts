import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { AnnotationSchema } from '../shared/annotations/annotation-model'
import { AnnotationStore } from './annotation-store'
import { mulberry32 } from '../shared/seeded-random'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const LANES = 2
const ROUNDS = 16
const SEED = 0x5eed2026
/** Kill moments, after the child says it is ready: 0 to this many ms (it writes all the time). */
const MAX_KILL_DELAY_MS = 80

interface Round {
  acked: string[]
  unsaved: string[]
  notices: string[]
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs test/support/store-writer.ts on `dir` and kill -9s it `delayMs` after it is ready. */
function runAndKill(dir: string, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './test/support/register-electron-stub.mjs',
        'test/support/store-writer.ts',
        dir
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    let stderr = ''
    let killTimer: ReturnType<typeof setTimeout> | undefined
    const safety = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (!killTimer && out.includes('ready ')) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(safety)
      clearTimeout(killTimer)
      // Only whole lines count: an acknowledgement is a complete line.
      const lines = out.split('\n').slice(0, -1)
      const pick = (prefix: string) =>
        lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length))
      resolve({
        acked: pick('ack '),
        unsaved: pick('unsaved '),
        notices: pick('notice '),
        signal,
        stderr
      })
    })
  })
}

/**
 * One folder, killed `rounds` times in a row. After every kill the file must be complete JSON in
 * the current format with every record valid, holding every id acknowledged so far.
 */
async function killLoop(seed: number, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'reader-notes-kill-'))
  const random = mulberry32(seed)
  const acknowledged = new Set<string>()
  let interruptedWrites = 0
  for (let round = 0; round < rounds; round++) {
    const result = await runAndKill(dir, Math.floor(random() * MAX_KILL_DELAY_MS))
    expect(result.stderr).toBe('')
    expect(result.signal).toBe('SIGKILL')
    expect(result.notices).toEqual([])
    expect(result.unsaved).toEqual([])
    for (const id of result.acked) acknowledged.add(id)
    // A temp file left behind means the kill landed inside a write.
    if (readdirSync(dir).some((name) => name.includes('.tmp-'))) interruptedWrites++

    const file = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as {
      schemaVersion: number
      annotations: unknown[]
    }
    expect(file.schemaVersion).toBe(3)
    expect(file.annotations.filter((a) => !v.is(AnnotationSchema, a))).toEqual([])
    const ids = new Set(file.annotations.map((a) => (a as { id: string }).id))
    const lost = [...acknowledged].filter((id) => !ids.has(id))
    expect(lost, `seed ${seed}, round ${round}: acknowledged notes missing`).toEqual([])
  }

  // And the store opens it cleanly, with everything acknowledged, and tidies the temp files.
  const store = AnnotationStore.open(dir)
  store.close()
  expect(store.notices).toEqual([])
  const ids = new Set(store.list().map((a) => a.id))
  expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([])
  expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([])
  return { acknowledged: acknowledged.size, inFile: ids.size, interruptedWrites }
}

describe('the annotation store under kill -9', () => {
  it(`never leaves a half-written file and never loses an acknowledged note (${LANES} × ${ROUNDS} kills)`, async () => {
    // Two folders at once (each killed in its own loop) to keep the wall time down.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, lane) => killLoop(SEED + lane, ROUNDS))
    )
    const total = (key: keyof (typeof lanes)[number]) =>
      lanes.reduce((sum, lane) => sum + lane[key], 0)
    expect(total('acknowledged')).toBeGreaterThan(LANES * ROUNDS)
    // The kills did land inside writes (the writer spends nearly all its time writing).
    expect(total('interruptedWrites')).toBeGreaterThan(0)
    console.info(
      `kill loop: ${LANES * ROUNDS} kills, ${total('acknowledged')} notes acknowledged, ${total('inFile')} in the files, ${total('interruptedWrites')} kills inside a write`
    )
  }, 60_000)
})
