import { readFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { DocxExtraction } from './docx-html'

/**
 * Converts a Word file to HTML with mammoth and writes it to stdout as JSON (a DocxExtraction).
 * Run by read-docx.ts in a process of its own — `node docx-html-reader.ts < file.docx` — because
 * mammoth only answers asynchronously and the build is synchronous; the separate process also
 * keeps a hostile file's memory and time out of the build's, and runs in the PDF reader's sandbox
 * (pdf-child/sandbox.ts). The file it reads is the one read-docx.ts rebuilt from the entries
 * it checked: no macros, pictures or embedded objects are in it.
 *
 * Written in the TypeScript Node runs as it is (types only), so it needs no build step.
 */

interface Mammoth {
  convertToHtml(
    input: { buffer: Buffer },
    options: Record<string, unknown>
  ): Promise<{ value: string; messages: { type: string; message: string }[] }>
  images: { imgElement(convert: () => Promise<{ src: string }>): unknown }
}

const mammoth = createRequire(import.meta.url)('mammoth') as Mammoth

/**
 * Word's styles as HTML, beyond mammoth's own map (headings, lists, footnotes): the title, quote
 * and code styles Word, pandoc and LibreOffice use. Paragraph styles not named here are
 * paragraphs, and numbered ones list items, as mammoth's own map has them.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Source Code'] => pre:separator('\\n')",
  "p[style-name='Preformatted Text'] => pre:separator('\\n')",
  "p[style-name='HTML Preformatted'] => pre:separator('\\n')",
  "r[style-name='Verbatim Char'] => code",
  "r[style-name='Source Text'] => code",
  "r[style-name='HTML Code'] => code"
]

async function convert(data: Buffer): Promise<DocxExtraction> {
  const result = await mammoth.convertToHtml(
    { buffer: data },
    {
      styleMap: STYLE_MAP,
      // Pictures leave nothing: the app holds only text (read-docx.ts took them out already).
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
      ignoreEmptyParagraphs: true
    }
  )
  return { html: result.value, messages: result.messages.map((m) => m.message) }
}

const input = readFileSync(0)
const result = await convert(input).catch((): DocxExtraction => ({
  problem:
    'the Word file could not be read (it may be damaged); save it again from Word or LibreOffice'
}))
// The sandbox takes process.stdout away (a pipe's stream is a socket): written to descriptor 1.
const bytes = Buffer.from(JSON.stringify(result))
for (let written = 0; written < bytes.length;) written += writeSync(1, bytes, written)
