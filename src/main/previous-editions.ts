import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import {
  PREVIOUS_EDITIONS_FILE,
  PreviousEditionsSchema,
  type KeptEdition
} from '../shared/compare/kept-edition'
import { say } from './words'

/**
 * The previous editions the app's content bundles (generated `previous-editions.json`), read the
 * first time one is asked for. An edition without any has no such file: that is not a problem.
 */
export type PreviousEditionsLoad =
  { ok: true; byReport: Map<string, KeptEdition> } | { ok: false; problem: string }

export type PreviousEditionsAccess = () => PreviousEditionsLoad

export const NO_PREVIOUS_EDITIONS: PreviousEditionsAccess = () => ({
  ok: true,
  byReport: new Map()
})

export function openPreviousEditions(generatedDir: string): PreviousEditionsAccess {
  let load: PreviousEditionsLoad | null = null
  return () => (load ??= readPreviousEditions(join(generatedDir, PREVIOUS_EDITIONS_FILE)))
}

function readPreviousEditions(path: string): PreviousEditionsLoad {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, byReport: new Map() }
    return damaged(path)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return damaged(path)
  }
  const parsed = v.safeParse(PreviousEditionsSchema, json)
  if (!parsed.success) return damaged(path)
  return { ok: true, byReport: new Map(parsed.output.reports.map((r) => [r.reportId, r])) }
}

const damaged = (path: string): PreviousEditionsLoad => ({
  ok: false,
  problem: say('editions.previousDamaged', { path })
})
