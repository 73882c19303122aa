import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import type { WorkerScript } from '../../src/main/edition-comparer'

let bundled: WorkerScript | undefined

/**
 * The app's comparison worker (src/main/comparison-worker.ts) as a plain JavaScript file, bundled
 * for Node as electron-vite bundles it for the app: what tests and the browser harness give
 * createIpcHandlers, so "What changed" runs in a real worker thread there too. Bundled once per
 * process, into a fresh temporary folder.
 */
export function comparisonWorkerScript(): WorkerScript {
  if (bundled) return bundled
  const outfile = join(mkdtempSync(join(tmpdir(), 'reader-comparison-worker-')), 'worker.mjs')
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../src/main/comparison-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile,
    logLevel: 'error'
  })
  bundled = { file: outfile }
  return bundled
}
