import { MAX_LIST_DEPTH, type Block } from '../shared/report-model'
import { cleanText } from '../shared/text/clean-text'
import type { ParsedBlock } from './parsed-section'

/**
 * Lists in text without markup (plain text, a PDF's lines): a line that starts with a bullet
 * ("•", "◦", "▪", "‣", "●", "○", "■", "□", "-", "*") or a number ("1." or "1)") and a space starts an
 * item; the lines after it, up to the next item, continue it. Bullets run together on one line
 * ("… • one • two") are split. How deep an item is comes from its indentation when the items are
 * indented differently, else from the kind of bullet: each new kind is one level deeper, as a
 * browser draws "•", "◦", "▪" for nested lists, and a kind seen before goes back to its level.
 */

/** A line of a block, with how far it is indented (in spaces, or points in a PDF). */
export interface IndentedLine {
  text: string
  indent: number
}

export interface ListBlock {
  /** Lines before the first item: a paragraph that introduces the list, or nothing. */
  lead: IndentedLine[]
  /** The items, as blocks of the model. Empty when the block is not a list. */
  items: ListItem[]
}

export type ListItem = ParsedBlock & { block: Extract<Block, { kind: 'list-item' }> }

const BULLETS = '•◦▪‣●○■□'
const BULLET_ITEM = new RegExp(`^([${BULLETS}*-])\\s+(\\S.*)$`, 'su')
const NUMBERED_ITEM = /^(\d{1,3})([.)])\s+(\S.*)$/su
/** A bullet between two words: where items that were run together on one line are split. */
const INLINE_BULLET = new RegExp(`\\s(?=[${BULLETS}]\\s+\\S)`, 'u')

interface Item {
  kind: string
  indent: number
  number?: number
  parts: string[]
}

/** Splits a block's lines into the lines before a list and the list's items. */
export function splitListBlock(lines: readonly IndentedLine[]): ListBlock {
  const lead: IndentedLine[] = []
  const items: Item[] = []
  for (const line of lines.flatMap(splitInlineBullets)) {
    const text = line.text.trim()
    const bullet = BULLET_ITEM.exec(text)
    const numbered = NUMBERED_ITEM.exec(text)
    if (bullet) {
      items.push({ kind: bullet[1] ?? '', indent: line.indent, parts: [bullet[2] ?? ''] })
    } else if (numbered) {
      items.push({
        kind: `1${numbered[2] ?? '.'}`,
        indent: line.indent,
        number: Number(numbered[1]),
        parts: [numbered[3] ?? '']
      })
    } else if (items.length > 0) items[items.length - 1]?.parts.push(text)
    else lead.push(line)
  }
  const depths = itemDepths(items)
  return {
    lead,
    items: items
      .map((item, i): ListItem => ({
        text: cleanText(item.parts.join(' ')),
        block: {
          kind: 'list-item' as const,
          ordered: item.number !== undefined,
          depth: depths[i] ?? 1,
          ...(item.number !== undefined ? { number: item.number } : {})
        }
      }))
      .filter((item) => item.text !== '')
  }
}

/** "Lead: • one • two" on one line: the lead, then each bullet on a line of its own. */
function splitInlineBullets(line: IndentedLine): IndentedLine[] {
  const pieces = line.text.split(INLINE_BULLET).filter((piece) => piece.trim() !== '')
  // One bullet inside a sentence ("A • B") is not a list; two, or one after an item, are.
  const items = BULLET_ITEM.test(line.text.trim()) ? pieces.length : pieces.length - 1
  return items > 1 ? pieces.map((text) => ({ text, indent: line.indent })) : [line]
}

function itemDepths(items: readonly Item[]): number[] {
  const byIndent = new Set(items.map((item) => item.indent)).size > 1
  const open: (number | string)[] = []
  return items.map((item) => {
    if (byIndent) {
      while (open.length > 0 && (open[open.length - 1] as number) > item.indent) open.pop()
      if (open.length === 0 || (open[open.length - 1] as number) < item.indent)
        open.push(item.indent)
    } else {
      const seen = open.indexOf(item.kind)
      if (seen >= 0) open.length = seen + 1
      else open.push(item.kind)
    }
    return Math.min(open.length, MAX_LIST_DEPTH)
  })
}

/** How far a plain-text line is indented: spaces, a tab counting as four. */
export function indentOf(line: string): number {
  let width = 0
  for (const char of line) {
    if (char === ' ' || char === '\u00A0') width++
    else if (char === '\t') width += 4
    else break
  }
  return width
}
