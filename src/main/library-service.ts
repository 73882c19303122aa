import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { ContentProblem, LibraryOverview } from '../shared/ipc-contract'
import {
  GENERATED_FILES,
  LibrarySchema,
  summarizeReport,
  type Library,
  type ProcessedReport
} from '../shared/report-model'

export type LibraryLoad = { ok: true; library: Library } | { ok: false; problem: ContentProblem }

/**
 * Loads the generated content (processed reports and prebuilt index) from disk once, checking both
 * files, so a missing or corrupt build shows an error screen instead of a blank window.
 * No Electron imports: the e2e harness runs this same code in the test process.
 */
export function loadGeneratedLibrary(generatedDir: string): LibraryLoad {
  const libraryPath = join(generatedDir, GENERATED_FILES.library)
  const indexPath = join(generatedDir, GENERATED_FILES.searchIndex)

  const library = readJson(libraryPath)
  if (!library.ok) return library
  const parsed = v.safeParse(LibrarySchema, library.value)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'root'
    return corrupt(libraryPath, `it does not match the report format (${where}: ${issue?.message})`)
  }

  const index = readJson(indexPath)
  if (!index.ok) return index
  if (!isSerializedLunrIndex(index.value)) {
    return corrupt(indexPath, 'it is not a serialized lunr index')
  }
  return { ok: true, library: parsed.output }
}

function isSerializedLunrIndex(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.version === 'string' &&
    Array.isArray(record.invertedIndex) &&
    Array.isArray(record.fieldVectors)
  )
}

function readJson(
  path: string
): { ok: true; value: unknown } | { ok: false; problem: ContentProblem } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    return {
      ok: false,
      problem: {
        code: missing ? 'content-missing' : 'content-corrupt',
        message: missing
          ? 'The report content was not built into this copy of the app. Run `npm run build:content`, or reinstall the app.'
          : `The report content could not be read: ${(error as Error).message}`,
        path
      }
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return corrupt(path, 'it is not valid JSON')
  }
}

function corrupt(path: string, why: string): { ok: false; problem: ContentProblem } {
  return {
    ok: false,
    problem: {
      code: 'content-corrupt',
      message: `The report content is damaged: ${why}. Rebuild it with \`npm run build:content\`, or reinstall the app.`,
      path
    }
  }
}

export function libraryOverview(
  load: LibraryLoad,
  lastReportId: string | null,
  notices: string[]
): LibraryOverview {
  if (!load.ok) return { ok: false, problem: load.problem }
  const reports = load.library.reports.map(summarizeReport)
  const remembered = reports.some((r) => r.id === lastReportId) ? lastReportId : null
  return { ok: true, reports, lastReportId: remembered, notices }
}

export function findReport(load: LibraryLoad, reportId: string): ProcessedReport | undefined {
  return load.ok ? load.library.reports.find((r) => r.id === reportId) : undefined
}
