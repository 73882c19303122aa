import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { getHeapStatistics } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { GENERATED_FILES, type Library } from '../../src/shared/report-model'
import { documentsOf, loadEngine, type Documents, type EngineName } from './bench-engines'
import { holdsWanted, type QualityCheck } from './bench-queries'

/**
 * One engine of the search benchmark in a worker thread of its own (its own heap and garbage
 * collector, so no engine pays for another's garbage). bench-search.ts sends it rounds of
 * keystrokes, one engine at a time, and gets each keystroke's time back.
 */

export interface WorkerStart {
  engine: EngineName
  generatedDir: string
}

export type WorkerRequest =
  | { kind: 'round'; keystrokes: string[] }
  | { kind: 'quality'; checks: QualityCheck[] }
  | { kind: 'stop' }

export type WorkerReply =
  | { kind: 'loaded'; indexBytes: number; memoryMB: number }
  | { kind: 'round'; wallMs: number[]; cpuMs: number[] }
  | { kind: 'quality'; passed: string[]; failed: string[] }
  | { kind: 'failed'; message: string }

const port = parentPort
if (!port) throw new Error('bench-worker runs as a worker thread')
const { engine, generatedDir } = workerData as WorkerStart
const send = (reply: WorkerReply) => port.postMessage(reply)

let documents: Documents | null = null
const documentsOnce = (): Documents =>
  (documents ??= documentsOf(
    JSON.parse(readFileSync(join(generatedDir, GENERATED_FILES.library), 'utf8')) as Library
  ))

/** Heap and external memory (array buffers the engine holds) of this worker, in MB. */
function memoryMB(): number {
  const heap = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & {
    external_memory?: number
  }
  return Math.round((heap.used_heap_size + (heap.external_memory ?? 0)) / 1e6)
}

let sink = 0
try {
  const loaded = await loadEngine(engine, generatedDir, documentsOnce)
  // The library's text for the quality checks, read now so it is not counted in the typing.
  const texts = documentsOnce()
  ;(globalThis as { gc?: () => void }).gc?.()
  send({ kind: 'loaded', indexBytes: loaded.indexBytes, memoryMB: memoryMB() })
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'stop') {
      if (sink === -1) console.log('') // keeps the results' work observable
      port.close()
      return
    }
    if (request.kind === 'round') {
      const wallMs: number[] = []
      const cpuMs: number[] = []
      for (const text of request.keystrokes) {
        const cpu = process.threadCpuUsage()
        const at = performance.now()
        sink += loaded.side.run(text, true)
        wallMs.push(performance.now() - at)
        const used = process.threadCpuUsage(cpu)
        cpuMs.push((used.user + used.system) / 1000)
      }
      send({ kind: 'round', wallMs, cpuMs })
      return
    }
    const passed: string[] = []
    const failed: string[] = []
    for (const { query, wanted } of request.checks) {
      const top = loaded.side.top(query, 3)
      const ok =
        top.length > 0 &&
        top.every((doc) =>
          holdsWanted(`${texts.headings[doc] ?? ''}\n${texts.texts[doc] ?? ''}`, wanted)
        )
      ;(ok ? passed : failed).push(query)
    }
    send({ kind: 'quality', passed, failed })
  })
} catch (error) {
  send({ kind: 'failed', message: (error as Error).message.split('\n')[0] ?? 'failed' })
}
