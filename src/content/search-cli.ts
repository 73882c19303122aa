import { isAbsolute, resolve } from 'node:path'
import type { SearchResponse } from '../shared/search/search-types'
import { libraryWithGlossary } from '../shared/glossary/glossary-search'
import { loadGeneratedContent, readGeneratedGlossary } from './load-generated'

/**
 * `npm run -s search -- "<query>" [--json] [--report <id>] [--limit <n>] [--generated <dir>]`
 *
 * Searches the built content with the app's own engine. Any query, however odd, exits 0 (the
 * message explains it); only a missing or unreadable index exits non-zero. Only the four options
 * above are options: anything else, "--help" included, is part of the query.
 */

export interface SearchCliIo {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  projectRoot: string
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Mark hits with terminal colours (when printing to a terminal). */
  color?: boolean
}

export const EXIT_OK = 0
export const EXIT_NO_INDEX = 2

interface Options {
  query: string
  json: boolean
  reportId: string | null
  limit: number
  generatedDir: string
}

function parseArgs(io: SearchCliIo): Options {
  const words: string[] = []
  let json = false
  let reportId: string | null = null
  let limit = 10
  let generatedDir =
    io.env.READER_GENERATED_DIR ?? resolve(io.projectRoot, 'resources', 'generated')
  const args = [...io.argv]
  while (args.length > 0) {
    const arg = args.shift() as string
    const value = () => args.shift() ?? ''
    if (arg === '--') {
      words.push(...args.splice(0))
    } else if (arg === '--json') json = true
    else if (arg === '--report') reportId = value() || null
    else if (arg === '--limit') {
      const n = Number.parseInt(value(), 10)
      if (Number.isFinite(n) && n > 0) limit = Math.min(n, 200)
    } else if (arg === '--generated') generatedDir = value()
    else words.push(arg)
  }
  return {
    query: words.join(' '),
    json,
    reportId,
    limit,
    generatedDir: isAbsolute(generatedDir) ? generatedDir : resolve(io.cwd, generatedDir)
  }
}

export function runSearchCli(io: SearchCliIo): number {
  const options = parseArgs(io)
  const load = loadGeneratedContent(options.generatedDir)
  if (!load.ok) {
    io.stderr(`search: ${load.problem.message}\n  file: ${load.problem.path}`)
    return EXIT_NO_INDEX
  }
  // As in the app: an acronym finds its expansion too, and the other way round.
  const engine = libraryWithGlossary(
    load.engine,
    load.library,
    readGeneratedGlossary(options.generatedDir)
  )
  const response = engine.search(options.query, {
    reportId: options.reportId,
    limit: options.limit
  })
  if (options.json) {
    io.stdout(JSON.stringify(response))
    return EXIT_OK
  }
  const titles = new Map(load.library.reports.map((r) => [r.id, r.metadata.title]))
  io.stdout(formatResponse(response, titles, io.color ?? false))
  return EXIT_OK
}

function formatResponse(
  response: SearchResponse,
  titles: Map<string, string>,
  color: boolean
): string {
  const lines: string[] = []
  const shown = response.results.length
  lines.push(
    `${response.total} ${response.total === 1 ? 'match' : 'matches'} for “${response.query}”` +
      (shown < response.total ? ` (showing ${shown})` : '')
  )
  if (response.corrected) lines.push(`Showing results for “${response.corrected}”.`)
  if (response.message) lines.push(response.message)
  response.results.forEach((hit, i) => {
    lines.push('')
    lines.push(
      `${i + 1}. ${titles.get(hit.reportId) ?? hit.reportId} › ${hit.heading}  (${hit.paragraphId}, score ${hit.score})`
    )
    lines.push(`   ${markHits(hit.snippet, hit.highlights, color)}`)
  })
  return lines.join('\n')
}

function markHits(snippet: string, highlights: [number, number][], color: boolean): string {
  const [open, close] = color ? ['\u001b[1;4m', '\u001b[0m'] : ['«', '»']
  let out = ''
  let at = 0
  for (const [start, end] of highlights) {
    out += snippet.slice(at, start) + open + snippet.slice(start, end) + close
    at = end
  }
  return out + snippet.slice(at)
}
