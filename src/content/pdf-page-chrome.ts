import { findPageChrome, type ChromeContext } from './page-chrome'
import type { BuildNotice } from './parsed-section'
import type { PdfBlock } from './pdf-blocks'
import { plainText, type PdfLine } from './pdf-lines'

/**
 * The page chrome rules (page-chrome.ts) on a PDF's blocks, as plain text would meet them: each
 * line of a paragraph, a heading as one line, a table's row as one line (its cells one after
 * the other: "Publisher  U.S. Department of State" as the app prints a report's details), and a
 * blank line between blocks. A dropped line ends its paragraph; a dropped row leaves its table,
 * and a table without rows goes.
 */
export function dropPageChrome(
  blocks: readonly PdfBlock[],
  context: ChromeContext
): { kept: PdfBlock[]; notices: BuildNotice[] } {
  const lines: { text: string; block: number; line: number }[] = []
  blocks.forEach((block, b) => {
    const texts =
      block.kind === 'table'
        ? block.rows.map((row) => row.cells.flat().map(plainText).join(' '))
        : block.kind === 'heading'
          ? [block.lines.map((l) => plainText(l.text)).join(' ')]
          : block.lines.map((l) => plainText(l.text))
    texts.forEach((text, line) => lines.push({ text, block: b, line }))
    lines.push({ text: '', block: b, line: -1 })
  })
  const chrome = findPageChrome(
    lines.map((line) => line.text),
    context
  )
  const keep = new Map<string, boolean>()
  lines.forEach((line, i) => keep.set(`${line.block}:${line.line}`, chrome.keep[i] ?? true))
  const kept: PdfBlock[] = []
  blocks.forEach((block, b) => {
    if (block.kind === 'table') {
      const rows = block.rows.filter((_, r) => keep.get(`${b}:${r}`))
      if (rows.length > 0) kept.push({ ...block, rows })
    } else if (block.kind === 'heading') {
      if (keep.get(`${b}:0`)) kept.push(block)
    } else {
      let current: { lines: PdfLine[] } | null = null
      block.lines.forEach((line, l) => {
        if (!keep.get(`${b}:${l}`)) current = null
        else {
          if (!current) {
            current = { ...block, lines: [] }
            kept.push(current as PdfBlock)
          }
          current.lines.push(line)
        }
      })
    }
  })
  return { kept, notices: chrome.notices }
}
