// The kill loop: the real annotation store in a child process (test/support/store-writer.ts)
// creates notes as fast as it can and is killed with SIGKILL, over and over, on the same folder.
// After every kill every notes file must be complete JSON in the current format, with every record
// valid, and together they must hold every note the child acknowledged. The short loop in
// src/main/annotation-store.integration.test.ts and the soak (`npm run soak:store`) both run it.
//
// When to kill is counted, not timed: each round lets the writer answer a seeded number of writes,
// then kills it a seeded fraction of one write later (a fraction of the round's own average time
// per write, so the kill lands anywhere inside a write, on a slow machine as on a fast one).
import { performance } from 'node:perf_hooks'
import { mulberry32 } from '../../src/shared/seeded-random'
import { AnnotationStore } from '../../src/main/annotation-store'
import { readNotesOnDisk, tempFilesIn } from './notes-on-disk'
import { spawnScript } from './run-script'

export interface KillLoopOptions {
  /** The user-data folder the writer opens, every round. */
  dir: string
  seed: number
  rounds: number
  /** Each round kills the writer after it has answered 1 to this many writes (seeded). */
  maxWritesPerRound: number
  /** Called after every round, with the figures so far. */
  onRound?: (report: KillLoopReport) => void
}

export interface KillLoopReport {
  /** Rounds run (the loop stops at the first problem or lost note). */
  rounds: number
  /** Notes the writer acknowledged as saved, over all rounds. */
  acknowledged: number
  /** Notes in the files after the last round. */
  inFile: number
  /** Acknowledged notes that a check after a kill, or the final open, did not find. */
  lost: string[]
  /** Kills that left a temp file behind: they landed inside a write. */
  interruptedWrites: number
  /** Anything else that went wrong, one line each, naming the seed and the round. */
  problems: string[]
}

interface Round {
  acked: string[]
  unsaved: string[]
  notices: string[]
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

/**
 * Runs the writer on `dir`; once it has answered `writes` writes, waits `phase` (0 to 1) of its
 * average time per write so far, and kill -9s it.
 */
function runWriterUntil(dir: string, writes: number, phase: number): Promise<Round> {
  const child = spawnScript('test/support/store-writer.ts', [dir], {
    imports: ['./test/support/register-electron-stub.mjs']
  })
  // Only whole lines count: an acknowledgement is a complete line.
  const lines: string[] = []
  let partial = ''
  let answered = 0
  let readyAt = 0
  let killTimer: ReturnType<typeof setTimeout> | undefined
  let stderr = ''
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      if (line.startsWith('ready ')) readyAt = performance.now()
      if (line.startsWith('ack ') || line.startsWith('unsaved ')) answered++
    }
    if (answered >= writes && !killTimer) {
      const perWrite = (performance.now() - readyAt) / answered
      killTimer = setTimeout(() => child.kill('SIGKILL'), phase * perWrite)
    }
  })
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(killTimer)
      const pick = (prefix: string) =>
        lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length))
      resolve({
        acked: pick('ack '),
        unsaved: pick('unsaved '),
        notices: pick('notice '),
        signal,
        code,
        stderr
      })
    })
  })
}

const hasTempFile = (dir: string) => tempFilesIn(dir).length > 0

/** Kills the writer `rounds` times in a row on one folder, checking the file after every kill. */
export async function killLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const { dir, seed } = options
  const random = mulberry32(seed)
  const acknowledged = new Set<string>()
  const lost = new Set<string>()
  const problems: string[] = []
  let rounds = 0
  let inFile = 0
  let interruptedWrites = 0
  const report = (): KillLoopReport => ({
    rounds,
    acknowledged: acknowledged.size,
    inFile,
    lost: [...lost],
    interruptedWrites,
    problems
  })
  while (rounds < options.rounds && problems.length === 0 && lost.size === 0) {
    const where = `seed ${seed}, round ${rounds + 1}`
    const writes = 1 + Math.floor(random() * options.maxWritesPerRound)
    const result = await runWriterUntil(dir, writes, random())
    rounds++
    if (result.stderr !== '') problems.push(`${where}: the writer printed ${result.stderr.trim()}`)
    if (result.signal !== 'SIGKILL') {
      problems.push(`${where}: the writer stopped by itself (exit code ${result.code})`)
    }
    for (const notice of result.notices) problems.push(`${where}: the store said ${notice}`)
    if (result.unsaved.length > 0) {
      problems.push(`${where}: ${result.unsaved.length} notes were not saved`)
    }
    for (const id of result.acked) acknowledged.add(id)
    if (hasTempFile(dir)) interruptedWrites++
    const file = readNotesOnDisk(dir)
    if ('problem' in file) {
      problems.push(`${where}: ${file.problem}`)
    } else {
      inFile = file.ids.size
      for (const id of acknowledged) if (!file.ids.has(id)) lost.add(id)
    }
    options.onRound?.(report())
  }

  // And the store opens what is left cleanly, with every acknowledged note, and tidies temp files.
  const store = await AnnotationStore.open(dir)
  store.close()
  for (const notice of store.notices) problems.push(`on opening after the last kill: ${notice}`)
  const ids = new Set(store.list().map((a) => a.id))
  for (const id of acknowledged) if (!ids.has(id)) lost.add(id)
  if (hasTempFile(dir)) problems.push('opening after the last kill left temp files behind')
  inFile = ids.size
  return report()
}
