import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Index as FlexIndex } from 'flexsearch'
import lunr from 'lunr'
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch'
// eslint-disable-next-line no-restricted-imports -- measures main's own way of opening content
import { openLibrary } from '../../src/main/library-service'
import { GENERATED_FILES, paragraphRef, type Library } from '../../src/shared/report-model'
import { matchedPositions } from '../../src/shared/search/lunr-setup'
import {
  AS_YOU_TYPE_LIMIT,
  asYouTypeRequest,
  type Span
} from '../../src/shared/search/search-types'
import { openFloorEngine } from './floor-engine'

/**
 * The engines the search benchmark compares, each behind one interface: text in, the results the
 * search box asks for (AS_YOU_TYPE_LIMIT of them) with a highlighted snippet each out.
 *
 * - ours: exactly what main does per keystroke: the engine opened by main's own openLibrary and
 *   search.start(), behind the glossary wrapper main uses, asked the renderer's own request
 *   (asYouTypeRequest: limit 50, as you type, every report).
 * - floor: the least an engine over the same search-index.bin can do (floor-engine.ts).
 * - FlexSearch 0.8 (`tokenize: 'forward'`, so a word being typed matches by its start; `suggest`
 *   so that a query with one unknown word still finds the others) and MiniSearch 7 (prefix for
 *   the last word, fuzzy 0.2 for words over 3 letters, AND, heading boosted 2): the engines
 *   people pick instead. Each index is built once, saved to a file as its docs say, and loaded
 *   from it; heading and text are one field for FlexSearch's Index.
 * - plain lunr over search-index.json, with a trailing `*` on the word being typed.
 * The other engines keep no word positions, so their snippet is a window around the first
 * occurrence of a query word, with every occurrence in it marked.
 */

export type EngineName = 'ours' | 'FlexSearch' | 'MiniSearch' | 'floor' | 'plain lunr'
export const ENGINES: readonly EngineName[] = [
  'ours',
  'FlexSearch',
  'MiniSearch',
  'floor',
  'plain lunr'
]
/** Measured unless --engines says otherwise (plain lunr takes seconds a keystroke at 10 MB). */
export const DEFAULT_ENGINES: readonly EngineName[] = ['ours', 'FlexSearch', 'MiniSearch', 'floor']

const RESULT_LIMIT = AS_YOU_TYPE_LIMIT
const SNIPPET_LENGTH = 200
const SNIPPET_CONTEXT = 50
const FLEXSEARCH_FILE = 'flexsearch.lines'
const MINISEARCH_FILE = 'minisearch.lines'

/** Text in, a number out derived from the results (so the work cannot be optimized away). */
export interface Side {
  run(text: string, typing: boolean): number
  /** The first documents found (numbers in library order), for the quality checks. */
  top(text: string, n: number): number[]
}

/** Paragraph text and heading per document, in library order (the order of every index). */
export interface Documents {
  refs: string[]
  texts: string[]
  headings: string[]
}

export function documentsOf(library: Library): Documents {
  const documents: Documents = { refs: [], texts: [], headings: [] }
  for (const report of library.reports)
    for (const section of report.sections)
      for (const paragraph of section.paragraphs) {
        documents.refs.push(paragraphRef(report.id, paragraph.id))
        documents.texts.push(paragraph.text)
        documents.headings.push(section.heading)
      }
  return documents
}

const miniSearchOptions: MiniSearchOptions<{ id: number; text: string; heading: string }> = {
  fields: ['text', 'heading'],
  searchOptions: {
    boost: { heading: 2 },
    combineWith: 'AND',
    fuzzy: (term) => (term.length > 3 ? 0.2 : false),
    prefix: (_term, i, terms) => i === terms.length - 1
  }
}

const flexOptions = { tokenize: 'forward' } as const

/** Builds the FlexSearch and MiniSearch indexes and saves them to `dir`; returns build times. */
export function buildPeerIndexes(
  documents: Documents,
  dir: string
): Record<'FlexSearch' | 'MiniSearch', number> {
  let started = performance.now()
  const flex = new FlexIndex(flexOptions)
  documents.texts.forEach((text, i) => flex.add(i, `${documents.headings[i]}\n${text}`))
  writeLines(join(dir, FLEXSEARCH_FILE), (write) =>
    flex.export((key, data) => write(`${JSON.stringify(String(key))}\t${data}`))
  )
  const flexMs = performance.now() - started

  started = performance.now()
  const mini = new MiniSearch(miniSearchOptions)
  documents.texts.forEach((text, id) =>
    mini.add({ id, text, heading: documents.headings[id] ?? '' })
  )
  // The index is written one entry a line: as one JSON string it would be too long at 30 MB.
  const { index, ...rest } = mini.toJSON()
  writeLines(join(dir, MINISEARCH_FILE), (write) => {
    write(JSON.stringify(rest))
    for (const entry of index) write(JSON.stringify(entry))
  })
  return { FlexSearch: flexMs, MiniSearch: performance.now() - started }
}

function writeLines(path: string, produce: (write: (line: string) => void) => void): void {
  const fd = openSync(path, 'w')
  try {
    produce((line) => writeSync(fd, `${line}\n`))
  } finally {
    closeSync(fd)
  }
}

function readLines(path: string): string[] {
  const bytes = readFileSync(path)
  const lines: string[] = []
  for (let at = 0; at < bytes.length;) {
    const end = bytes.indexOf(10, at)
    lines.push(bytes.toString('utf8', at, end === -1 ? bytes.length : end))
    at = end === -1 ? bytes.length : end + 1
  }
  return lines
}

export interface Loaded {
  side: Side
  indexBytes: number
}

/**
 * Loads one engine from its files, as an app would at launch, and returns it ready to search.
 * `documents` is the library's text, which the other engines need in memory for snippets;
 * ours reads the reports it shows itself.
 */
export async function loadEngine(
  name: EngineName,
  generatedDir: string,
  documents: () => Documents
): Promise<Loaded> {
  switch (name) {
    case 'ours': {
      // As main opens it: its table of contents, then the index (search.start()), glossary and all.
      const load = openLibrary(generatedDir)
      if (!load.ok) throw new Error(load.problem.message)
      load.search.start()
      const engine = await load.search.ready
      const { refs } = documents()
      const docOf = new Map(refs.map((ref, i) => [ref, i]))
      return {
        indexBytes: statSync(join(generatedDir, GENERATED_FILES.packedIndex)).size,
        side: {
          run(text) {
            const response = engine.search(text, asYouTypeRequest(null))
            let sink = response.total
            for (const hit of response.results) sink += hit.snippet.length + hit.highlights.length
            return sink
          },
          top(text, n) {
            return engine
              .search(text, asYouTypeRequest(null))
              .results.slice(0, n)
              .map((hit) => docOf.get(paragraphRef(hit.reportId, hit.paragraphId)) ?? -1)
          }
        }
      }
    }
    case 'floor': {
      const floor = await openFloorEngine(generatedDir)
      return {
        indexBytes: statSync(join(generatedDir, GENERATED_FILES.packedIndex)).size,
        side: {
          run(text) {
            const { docs, windows } = floor.search(text, RESULT_LIMIT)
            return windows.reduce((n, w) => n + w.length, docs.length)
          },
          top: (text, n) => floor.search(text, RESULT_LIMIT).docs.slice(0, n)
        }
      }
    }
    case 'FlexSearch': {
      const path = join(generatedDir, FLEXSEARCH_FILE)
      const flex = new FlexIndex(flexOptions)
      for (const line of readLines(path)) {
        const tab = line.indexOf('\t')
        if (tab > 0) flex.import(JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1))
      }
      const { texts } = documents()
      return {
        indexBytes: statSync(path).size,
        side: {
          run(text) {
            const ids = flex.search(text, { limit: RESULT_LIMIT, suggest: true }) as number[]
            return snippetsSink(ids, texts, text)
          },
          top: (text, n) =>
            (flex.search(text, { limit: RESULT_LIMIT, suggest: true }) as number[]).slice(0, n)
        }
      }
    }
    case 'MiniSearch': {
      const path = join(generatedDir, MINISEARCH_FILE)
      const [head, ...entries] = readLines(path).filter((line) => line !== '')
      const js = {
        ...(JSON.parse(head ?? '{}') as object),
        index: entries.map((e) => JSON.parse(e) as unknown)
      }
      const mini = MiniSearch.loadJS(
        js as Parameters<typeof MiniSearch.loadJS>[0],
        miniSearchOptions
      )
      const { texts } = documents()
      return {
        indexBytes: statSync(path).size,
        side: {
          run(text) {
            const results = mini.search(text).slice(0, RESULT_LIMIT)
            return snippetsSink(
              results.map((r) => r.id as number),
              texts,
              text
            )
          },
          top: (text, n) =>
            mini
              .search(text)
              .slice(0, n)
              .map((r) => r.id as number)
        }
      }
    }
    case 'plain lunr': {
      const path = join(generatedDir, GENERATED_FILES.searchIndex)
      const index = lunr.Index.load(JSON.parse(readFileSync(path, 'utf8')) as object)
      const { refs, texts } = documents()
      const byRef = new Map(refs.map((ref, i) => [ref, texts[i] as string]))
      const docOf = new Map(refs.map((ref, i) => [ref, i]))
      const searchFor = (text: string, typing: boolean): lunr.Index.Result[] => {
        try {
          // Search-as-you-type with plain lunr: the word being typed gets a trailing wildcard.
          return index.search(typing && /\w$/.test(text) ? `${text}*` : text)
        } catch {
          return [] // lunr throws on some input ("Overview:", "*", unbalanced syntax)
        }
      }
      return {
        indexBytes: statSync(path).size,
        side: {
          top: (text, n) =>
            searchFor(text, true)
              .slice(0, n)
              .map((r) => docOf.get(r.ref) ?? -1),
          run(text, typing) {
            const results = searchFor(text, typing)
            let sink = results.length
            for (const result of results.slice(0, RESULT_LIMIT)) {
              const { snippet, highlights } = lunrSnippet(byRef.get(result.ref) ?? '', result)
              sink += snippet.length + highlights.length
            }
            return sink
          }
        }
      }
    }
  }
}

function snippetsSink(ids: readonly number[], texts: readonly string[], query: string): number {
  let sink = ids.length
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
  for (const id of ids) {
    const { snippet, highlights } = windowSnippet(texts[id] ?? '', words)
    sink += snippet.length + highlights.length
  }
  return sink
}

/** A window around the first occurrence of a query word, with every occurrence in it marked. */
function windowSnippet(
  text: string,
  words: readonly string[]
): { snippet: string; highlights: Span[] } {
  const lower = text.toLowerCase()
  let first = -1
  for (const word of words) {
    const at = lower.indexOf(word)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  const start = Math.max(0, Math.min(first - SNIPPET_CONTEXT, text.length - SNIPPET_LENGTH))
  const end = Math.min(text.length, start + SNIPPET_LENGTH)
  const window = lower.slice(start, end)
  const highlights: Span[] = []
  for (const word of words) {
    for (let at = window.indexOf(word); at !== -1; at = window.indexOf(word, at + word.length))
      highlights.push([at, at + word.length])
  }
  return { snippet: text.slice(start, end), highlights }
}

/** A simple window around the first matched position, with every matched position in it marked. */
function lunrSnippet(
  text: string,
  result: lunr.Index.Result
): { snippet: string; highlights: Span[] } {
  const positions = matchedPositions(result)
    .filter((match) => match.field === 'text')
    .flatMap((match) => match.positions)
    .sort((a, b) => a[0] - b[0])
  const first = positions[0]?.[0] ?? 0
  const start = Math.max(0, Math.min(first - SNIPPET_CONTEXT, text.length - SNIPPET_LENGTH))
  const end = Math.min(text.length, start + SNIPPET_LENGTH)
  const highlights = positions
    .filter(([s, length]) => s >= start && s + length <= end)
    .map(([s, length]): Span => [s - start, s - start + length])
  return { snippet: text.slice(start, end), highlights }
}
