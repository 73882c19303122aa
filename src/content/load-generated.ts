import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { ContentProblem } from '../shared/ipc-contract'
import { GENERATED_FILES, LibrarySchema, type Library } from '../shared/report-model'
import { createSearchEngine } from '../shared/search/search-engine'
import type { SearchEngine } from '../shared/search/search-types'

export type GeneratedLoad =
  { ok: true; library: Library; engine: SearchEngine } | { ok: false; problem: ContentProblem }

/**
 * Opens the generated content the way the app uses it: the processed reports and the packed
 * search index, both checked, so a missing or damaged build gives a message naming the file
 * instead of a blank window. Used by main, the e2e harness and the search CLI alike.
 */
export function loadGeneratedContent(generatedDir: string): GeneratedLoad {
  const libraryPath = join(generatedDir, GENERATED_FILES.library)
  const indexPath = join(generatedDir, GENERATED_FILES.packedIndex)

  const libraryText = readFile(libraryPath)
  if (!libraryText.ok) return libraryText
  let json: unknown
  try {
    json = JSON.parse(libraryText.value.toString('utf8'))
  } catch {
    return corrupt(libraryPath, 'it is not valid JSON')
  }
  const parsed = v.safeParse(LibrarySchema, json)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'root'
    return corrupt(libraryPath, `it does not match the report format (${where}: ${issue?.message})`)
  }

  const index = readFile(indexPath)
  if (!index.ok) return index
  try {
    return {
      ok: true,
      library: parsed.output,
      engine: createSearchEngine(parsed.output, index.value)
    }
  } catch (error) {
    return corrupt(indexPath, `the search index cannot be used (${(error as Error).message})`)
  }
}

function readFile(
  path: string
): { ok: true; value: Buffer } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, value: readFileSync(path) }
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
