// Notes as the store tests make them: a deterministic clock and ids, a new highlight, a stored one,
// and the paths of the notes folder.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Annotation, NewAnnotation } from '../../src/shared/annotations/annotation-model'
import { AnnotationStore, type AnnotationStoreOptions } from '../../src/main/annotation-store'

export const freshDir = (prefix = 'reader-notes-') => mkdtempSync(join(tmpdir(), prefix))
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** `notes/<report>/<n>.json` in a user-data folder. */
export const segmentIn = (dir: string, n = 1, reportId = 'alpha') =>
  join(dir, 'notes', reportId, `${n}.json`)

/** The notes a segment file holds, in its order. */
export const notesIn = (path: string) =>
  (readJson(path) as { annotations: Annotation[] }).annotations

export const OPENED_AT = new Date('2026-01-02T03:04:05.678Z')
export const STAMP = '2026-01-02T03-04-05-678Z'

/** A clock that ticks one second per call, and ids id-000001, id-000002… */
export function deterministic() {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5) + 1000 * tick++),
    newId: () => `id-${String(++id).padStart(6, '0')}`
  }
}

export function input(overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    reportId: 'alpha',
    editionHash: 'a'.repeat(64),
    target: {
      kind: 'text',
      paragraphId: 'overview-p1',
      position: { start: 0, end: 5 },
      quote: { exact: 'About', prefix: '', suffix: ' Alpha' }
    },
    color: 'yellow',
    note: 'A note',
    tags: ['one', 'two'],
    ...overrides
  }
}

export function stored(n: number, overrides: Partial<Annotation> = {}): Annotation {
  const at = new Date(Date.UTC(2025, 5, 1) + n * 60_000).toISOString()
  return {
    ...input(),
    id: `stored-${String(n).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    ...overrides
  }
}

/** Opens stores on the deterministic clock and ids; closeAll() after each test stops their timers. */
export function storeOpener() {
  const opened: AnnotationStore[] = []
  return {
    open: async (dir: string, options: AnnotationStoreOptions = {}) => {
      const store = await AnnotationStore.open(dir, { ...deterministic(), ...options })
      opened.push(store)
      return store
    },
    closeAll: () => {
      for (const store of opened.splice(0)) store.close()
    }
  }
}
