// Times the annotation store (the real electron-store, real files in a temp folder) at realistic
// sizes. Run with the electron stub: `npm run bench:store`, which runs
// `tsx --import ./test/support/register-electron-stub.mjs scripts/bench-store.ts`.
// Prints JSON: per N, file bytes, open (load + migrate + validate) ms, one create ms, p50/p95 of
// 50 creates. Each create writes the whole file (atomically), as the app does.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  COLOR_IDS,
  type Annotation,
  type ColorId,
  type NewAnnotation
} from '../src/shared/annotations/annotation-model'
// eslint-disable-next-line no-restricted-imports -- this benchmark drives main's store on purpose
import { AnnotationStore } from '../src/main/annotation-store'

const SIZES = [1_000, 10_000, 50_000]
/** 50,000 runs only if the earlier sizes suggest it finishes within this budget. */
const BUDGET_MS = 60_000
const CREATES = 50

const WORDS =
  'border security financing terrorism ministry report government counterterrorism cooperation regional law enforcement prosecution extremist returnees repatriation program'.split(
    ' '
  )

function note(seed: number): string {
  let text = ''
  for (let i = 0; text.length < 200; i++) text += `${WORDS[(seed * 7 + i * 3) % WORDS.length]} `
  return text.trim()
}

function newAnnotation(i: number): NewAnnotation {
  return {
    reportId: 'crt2021-kazakhstan',
    editionHash: 'a'.repeat(64),
    target: {
      kind: 'text',
      paragraphId: `overview-p${(i % 40) + 1}`,
      position: { start: i % 300, end: (i % 300) + 42 },
      quote: {
        exact: 'Kazakhstan continued its counterterrorism cooperation',
        prefix: 'In 2021, the Government of ',
        suffix: ' with the United States and'
      }
    },
    color: COLOR_IDS[i % COLOR_IDS.length] as ColorId,
    note: note(i),
    tags: [`tag-${i % 17}`, WORDS[i % WORDS.length] as string]
  }
}

function stored(i: number): Annotation {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
  return {
    ...newAnnotation(i),
    id: `bench-${String(i).padStart(8, '0')}`,
    createdAt: at,
    updatedAt: at
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
const round = (ms: number) => Math.round(ms * 10) / 10

async function bench(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-store-'))
  try {
    // The file as the app writes it.
    const seed = await AnnotationStore.open(dir)
    await seed.importMany(
      Array.from({ length: n }, (_, i) => stored(i)),
      (a) => a.id
    )
    seed.close()
    const file = join(dir, 'annotations.json')
    const fileBytes = statSync(file).size

    let t = performance.now()
    const store = await AnnotationStore.open(dir)
    const openMs = performance.now() - t
    if (store.list().length !== n || store.notices.length > 0) throw new Error('bad open')

    t = performance.now()
    await store.create(newAnnotation(n))
    const firstCreateMs = performance.now() - t

    const times: number[] = []
    for (let i = 0; i < CREATES; i++) {
      t = performance.now()
      await store.create(newAnnotation(n + 1 + i))
      times.push(performance.now() - t)
    }
    if (store.saveState().state !== 'saved') throw new Error('a write failed')
    store.close()
    times.sort((a, b) => a - b)

    // The same records in the version-1 format, to time a migration on open.
    const v1 = {
      schemaVersion: 1,
      highlights: Array.from({ length: n }, (_, i) => {
        const record: Partial<Annotation> = stored(i)
        delete record.tags
        return { ...record, color: `highlight-${record.color}` }
      }),
      labels: { 'highlight-yellow': 'Key' }
    }
    const v1Dir = mkdtempSync(join(tmpdir(), 'reader-bench-store-v1-'))
    writeFileSync(join(v1Dir, 'annotations.json'), JSON.stringify(v1, null, '\t'))
    t = performance.now()
    const migratedStore = await AnnotationStore.open(v1Dir)
    const openV1Ms = performance.now() - t
    if (migratedStore.list().length !== n || migratedStore.saveState().state !== 'saved') {
      throw new Error('bad migration')
    }
    migratedStore.close()
    rmSync(v1Dir, { recursive: true, force: true })

    return {
      annotations: n,
      fileBytes,
      openMs: round(openMs),
      openAndMigrateFromV1Ms: round(openV1Ms),
      oneCreateMs: round(firstCreateMs),
      createP50Ms: round(percentile(times, 50)),
      createP95Ms: round(percentile(times, 95)),
      createMaxMs: round(times[times.length - 1] as number)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const results: (Awaited<ReturnType<typeof bench>> | { annotations: number; skipped: string })[] = []
const started = performance.now()
let last: { n: number; ms: number } | null = null
for (const n of SIZES) {
  // Every step is about linear in n: estimate from the size before.
  const estimate = last ? (last.ms * n) / last.n : 0
  if (n > 10_000 && estimate > BUDGET_MS) {
    results.push({ annotations: n, skipped: `estimated ${Math.round(estimate / 1000)} s` })
    continue
  }
  const t = performance.now()
  results.push(await bench(n))
  last = { n, ms: performance.now() - t }
}
console.log(
  JSON.stringify(
    {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      createsTimed: CREATES,
      results,
      totalMs: Math.round(performance.now() - started)
    },
    null,
    2
  )
)
