import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ReportMetadata } from '../../src/shared/report-model'

/**
 * A content folder of real documentation Markdown, whole files as their authors wrote them
 * (headings, lists, tables, code blocks, links), for measuring the content build on prose that
 * is not the search benchmark's (scripts/support/prose-corpus.ts keeps only the prose
 * paragraphs of pinned npm packages). The files come from folders given on the command line,
 * such as checkouts of documentation repositories; nothing is downloaded. Each `.md` file with a
 * heading is one report, in the order of its path, until the reports' Markdown adds up to the
 * target size. Deterministic for the same folders.
 */

export interface DocsCorpusFile {
  id: string
  text: string
  metadata: ReportMetadata
}

/** Every Markdown file under `root` that has a heading, by path (code-unit order). */
function markdownFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue
      const path = join(dir, name)
      const stats = statSync(path)
      if (stats.isDirectory()) walk(path)
      else if (/\.(?:md|markdown)$/i.test(name) && stats.size > 0) found.push(path)
    }
  }
  walk(root)
  return found
}

export function docsCorpus(roots: readonly string[], targetBytes: number): DocsCorpusFile[] {
  const files: DocsCorpusFile[] = []
  const used = new Set<string>()
  let total = 0
  for (const root of roots) {
    for (const path of markdownFiles(root)) {
      if (total >= targetBytes) return files
      const text = readFileSync(path, 'utf8')
      if (!/^#{1,6}\s+\S/m.test(text)) continue
      const source = relative(join(root, '..'), path)
      let id = `doc-${source
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')}`.slice(0, 110)
      id = id.replace(/-+$/, '')
      for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`
      used.add(id)
      files.push({
        id,
        text,
        metadata: {
          title: source,
          publisher: 'Documentation from a public repository',
          sourceUrl: source,
          edition: 'corpus'
        }
      })
      total += Buffer.byteLength(text, 'utf8')
    }
  }
  return files
}

/** `tsx scripts/support/docs-corpus.ts <MB> <out> <folder>…`: writes the content folder. */
if (process.argv[1]?.endsWith('docs-corpus.ts')) {
  const [mb, out, ...roots] = process.argv.slice(2)
  if (!mb || !out || roots.length === 0) {
    process.stderr.write('usage: tsx scripts/support/docs-corpus.ts <MB> <out folder> <folder>…\n')
    process.exit(2)
  }
  mkdirSync(out, { recursive: true })
  const files = docsCorpus(roots, Number(mb) * 1e6)
  for (const file of files) {
    writeFileSync(join(out, `${file.id}.md`), file.text)
    writeFileSync(join(out, `${file.id}.meta.json`), JSON.stringify(file.metadata))
  }
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0)
  process.stdout.write(
    `${files.length} reports, ${(bytes / 1e6).toFixed(1)} MB of Markdown → ${out}\n`
  )
}
