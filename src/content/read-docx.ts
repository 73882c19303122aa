import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocxExtraction } from './docx-html'
import type { BuildNotice } from './parsed-section'
import { listed, say } from './build-words'
import { ALL_LAYERS, sandboxCommand } from './pdf-child/sandbox'
import { entryText, readZip, storedZip } from './zip-archive'

/** The script that converts a Word file to HTML with mammoth, in a process of its own. */
const READER = fileURLToPath(new URL('./docx-html-reader.ts', import.meta.url))

/**
 * mammoth's package and those it needs, found as Node finds them: the only files, with the
 * script and the project's package.json, that the converting process may read.
 */
function packageFolders(name: string, from: string, seen = new Set<string>()): Set<string> {
  const require = createRequire(from)
  const manifest = require.resolve(`${name}/package.json`)
  const folder = dirname(manifest)
  if (seen.has(folder)) return seen
  seen.add(folder)
  const dependencies = Object.keys(
    (JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> })
      .dependencies ?? {}
  )
  for (const dependency of dependencies) packageFolders(dependency, manifest, seen)
  return seen
}

/** mammoth's folders, which the converting process may read (and nothing else of the disk). */
export const MAMMOTH_FOLDERS = [...packageFolders('mammoth', import.meta.url)].map(
  (folder) => `${folder}${sep}`
)

const TIME_LIMIT_MS = 120_000
const OUTPUT_LIMIT = 512 * 1024 * 1024

export type DocxRead = { text: string; notices: BuildNotice[] } | { problem: string }

/** The parts of a Word file mammoth reads: the document, its styles, lists, notes and links. */
const TEXT_PARTS =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/(?:_rels\/)?[^/]+\.xml(?:\.rels)?)$/i

/**
 * Reads a Word file (`.docx`) as HTML, for parse-html.ts. The zip is read within bounds
 * (zip-archive.ts) and checked first:
 * - a file with macros (`.docm`, or a vbaProject inside) is refused: a report needs no program;
 * - embedded objects (a spreadsheet or another file inside it, an imported piece of HTML),
 *   pictures, and pictures linked from the web are left out, never opened or fetched, and said;
 * then only its text parts go, rebuilt as a zip, to mammoth in the PDF reader's sandbox
 * (pdf-child/sandbox.ts: no files but mammoth's, no network, an empty environment).
 */
export function readDocx(bytes: Buffer): DocxRead {
  const zip = readZip(bytes, 'Word file')
  if ('problem' in zip) return zip
  const { entries } = zip
  const names = [...entries.keys()]
  const types = entryText(entries.get('[Content_Types].xml')) ?? ''
  if (!entries.has('word/document.xml')) {
    return {
      problem:
        'not a Word document (.docx): it has no document inside; save it from Word or LibreOffice as a Word Document'
    }
  }
  if (/macroEnabled/i.test(types) || names.some((name) => /vbaProject\.bin$/i.test(name))) {
    return {
      problem:
        'holds macros (programs that Word runs), which the build never opens; save it as a Word Document (.docx) without macros and build again'
    }
  }
  const notices = leftOut(entries)
  const text = new Map([...entries].filter(([name]) => TEXT_PARTS.test(name)))
  let output: string
  try {
    const sandbox = sandboxCommand(READER, ALL_LAYERS, MAMMOTH_FOLDERS)
    output = execFileSync(sandbox.command, sandbox.args, {
      env: sandbox.env,
      input: storedZip(text),
      encoding: 'utf8',
      maxBuffer: OUTPUT_LIMIT,
      timeout: TIME_LIMIT_MS,
      stdio: ['pipe', 'pipe', 'pipe']
    })
  } catch (error) {
    const timedOut = (error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
    return {
      problem: timedOut
        ? `reading the Word file took longer than ${TIME_LIMIT_MS / 60_000} minutes and was stopped; the file may be damaged`
        : 'the Word file could not be read (it may be damaged or too large); save it again from Word or LibreOffice'
    }
  }
  const result = JSON.parse(output) as DocxExtraction
  if ('problem' in result) return result
  return { text: result.html, notices }
}

/** What the Word file holds besides its text, left out: said once each. */
function leftOut(entries: ReadonlyMap<string, Uint8Array>): BuildNotice[] {
  const names = [...entries.keys()]
  const document = entryText(entries.get('word/document.xml')) ?? ''
  const relations = names
    .filter((name) => /^word\/_rels\/.*\.rels$/i.test(name))
    .map((name) => entryText(entries.get(name)) ?? '')
    .join('\n')
  const count = (pattern: RegExp, text: string) => (text.match(pattern) ?? []).length
  const embedded =
    names.filter((name) => /^word\/embeddings\//i.test(name)).length +
    count(/<w:altChunk\b/g, document)
  const webPictures = count(
    /<Relationship\b(?=[^>]*\/image")(?=[^>]*TargetMode="External")[^>]*>/g,
    relations
  )
  const pictures = names.filter((name) => /^word\/media\//i.test(name)).length
  const parts = (
    [
      ['build.dropped.word.embedded', embedded],
      ['build.dropped.word.pictures', pictures],
      ['build.dropped.word.webPictures', webPictures]
    ] as const
  ).flatMap(([counted, count]) => (count > 0 ? [say(counted, { count })] : []))
  if (parts.length === 0) return []
  return [{ kind: 'dropped', message: say('build.dropped.word', { counts: listed(parts) }) }]
}
