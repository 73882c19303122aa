import type { PdfBlock } from './pdf-blocks'
import { plainText, type PdfLine } from './pdf-lines'

/**
 * A document's own table of contents, as a word processor prints it: entries with dot leaders
 * and a page number ("2.1. Operating System........4"), under a heading such as "Contents". The
 * app makes its own contents, and the page numbers mean nothing in it: the entries are dropped,
 * with their heading, when there are a few of them.
 */
const ENTRY = /\S\s*(?:[.·…_]\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$/iu
const CONTENTS_HEADING = /^(?:table\s+of\s+)?contents$/iu
const MIN_ENTRIES = 3

export interface ContentsDropped {
  kept: PdfBlock[]
  /** The lines dropped, in order. */
  dropped: string[]
}

export function dropContents(blocks: readonly PdfBlock[]): ContentsDropped {
  const isEntry = (line: PdfLine) => ENTRY.test(plainText(line.text))
  const entries = blocks.flatMap((block) =>
    block.kind === 'table' ? [] : block.lines.filter(isEntry)
  )
  if (entries.length < MIN_ENTRIES) return { kept: [...blocks], dropped: [] }
  const dropped: string[] = []
  const kept: PdfBlock[] = []
  blocks.forEach((block, i) => {
    if (block.kind === 'table') return kept.push(block)
    const next = blocks[i + 1]
    const heading =
      block.kind === 'heading' &&
      CONTENTS_HEADING.test(block.lines.map((line) => plainText(line.text)).join(' ')) &&
      next !== undefined &&
      next.kind !== 'table' &&
      next.lines.some(isEntry)
    const lines = heading ? [] : block.lines.filter((line) => !isEntry(line))
    const staying = new Set(lines)
    dropped.push(
      ...block.lines.filter((line) => !staying.has(line)).map((line) => plainText(line.text))
    )
    if (lines.length > 0) kept.push({ ...block, lines })
  })
  return { kept, dropped }
}
