import { MAX_LIST_DEPTH } from '../shared/report-model'
import { plainText, type PdfLine } from './pdf-lines'

/**
 * Lists in a PDF's text: a line that starts with a bullet (written, or drawn and read as "•" or
 * "◦") or a number or letter and a stop ("1.", "2)", "(a)") starts an item; the lines after it,
 * up to the next item, continue it. How deep an item is comes from where its text starts (the
 * marker's width aside, so "9." and "10." stand at one depth), across a whole list.
 */

/** Bullets, among them those symbol fonts map to private-use characters. */
const BULLET = /^([•◦▪‣●○■□*–\-\uF0B7\uF0A7\uF0D8\uF0FC\uF06E\uF076])\s+(?=\S)/u
const NUMBER = /^\(?(\d{1,3})[.)]\)?\s+(?=\S)/u
const LETTER = /^\(?([a-z])[.)]\)?\s+(?=\S)/u

export interface PdfListItem {
  ordered: boolean
  number?: number
  /** Where the item's text starts, in points from the page's left edge. */
  indent: number
  /** Its lines, the first without its marker. */
  lines: PdfLine[]
}

export interface PdfList {
  /** Lines before the first item. */
  lead: PdfLine[]
  items: PdfListItem[]
}

/** The marker a line's text starts with, and whether it is numbered. */
export function itemMarker(text: string): { marker: string; number?: number } | null {
  const plain = plainText(text)
  const bullet = BULLET.exec(plain)
  if (bullet) return { marker: bullet[0] }
  const numbered = NUMBER.exec(plain)
  if (numbered) return { marker: numbered[0], number: Number(numbered[1]) }
  const letter = LETTER.exec(plain)
  if (letter) return { marker: letter[0], number: (letter[1] ?? 'a').charCodeAt(0) - 96 }
  return null
}

export function splitList(lines: readonly PdfLine[]): PdfList {
  const lead: PdfLine[] = []
  const items: PdfListItem[] = []
  for (const line of lines) {
    const marker = itemMarker(line.text)
    if (marker) {
      items.push({
        ordered: marker.number !== undefined,
        ...(marker.number !== undefined ? { number: marker.number } : {}),
        indent: textStart(line, marker.marker),
        lines: [{ ...line, text: withoutMarker(line.text, marker.marker) }]
      })
    } else if (items.length > 0) items[items.length - 1]?.lines.push(line)
    else lead.push(line)
  }
  return { lead, items }
}

/** Removes a marker of `length` plain characters from the start of a line's text. */
function withoutMarker(text: string, marker: string): string {
  let index = 0
  let count = 0
  while (index < text.length && count < marker.length) {
    if (plainText(text[index] ?? '') !== '') count++
    index++
  }
  return text.slice(index).trimStart()
}

/** Where a line's text starts after its marker, from its runs. */
function textStart(line: PdfLine, marker: string): number {
  // A bullet drawn as a shape stands before the runs: their text starts at the first run.
  const first = line.runs[0]
  if (!first || first.x > line.x + 0.5) return first?.x ?? line.x
  let skip = marker.replace(/\s/gu, '').length
  for (const run of line.runs) {
    for (let i = 0; i < run.text.length; i++) {
      if (/\s/u.test(run.text[i] ?? '')) continue
      if (skip-- > 0) continue
      return run.x + ((run.right - run.x) * i) / Math.max(1, run.text.length)
    }
  }
  return line.x
}

/**
 * The depth of each item of a list (its items in order, from one or several blocks): each place
 * where items' text starts further in is one level deeper; going back out closes levels.
 */
export function itemDepths(indents: readonly number[], tolerance: number): number[] {
  const open: number[] = []
  return indents.map((indent) => {
    while (open.length > 0 && (open[open.length - 1] as number) > indent + tolerance) open.pop()
    const top = open[open.length - 1]
    if (top === undefined || indent > top + tolerance) open.push(indent)
    return Math.min(open.length, MAX_LIST_DEPTH)
  })
}
