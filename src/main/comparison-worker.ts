import { parentPort } from 'node:worker_threads'
import { compareWithNotes } from '../shared/compare/edition-comparison'
import type { ComparisonRequest } from './edition-comparer'

/**
 * The worker thread that compares two editions for "What changed" (see edition-comparer.ts):
 * one request in, one comparison out, so main's event loop, and the window, never wait for it.
 * No Electron here: the app bundles it as its own file beside main's.
 */
parentPort?.once('message', (request: ComparisonRequest) => {
  const { before, after, notes, since } = request
  parentPort?.postMessage(compareWithNotes(before, after, notes, since))
})
