import { TABLE_CELL_SEPARATOR } from '../shared/report-model'
import { headingLevels } from './heading-levels'
import { FOOTNOTES_HEADING } from './parse-markdown'
import type { BuildNotice, ParsedBlock, ParsedSection } from './parsed-section'
import type { PdfBlock } from './pdf-blocks'
import type { PdfCodeBlock } from './pdf-code'
import { referencesIn, type PdfNote } from './pdf-footnotes'
import { joinLines, type Vocabulary } from './pdf-join'
import { plainText, type PdfLine } from './pdf-lines'
import { itemDepths, splitList, type PdfListItem } from './pdf-lists'
import { NoteNumbers, withoutMarks, withReferences } from './pdf-note-refs'
import { pagesNamed } from './pdf-pages-named'
import { joinRichText } from './rich-text'
import { splitRunInHeading } from './run-in-heading'
import { SectionsBuilder } from './sections-builder'

/**
 * A PDF's blocks (headings, text, tables) and footnotes made into sections of the document
 * model: headings at levels from their ranks (a paragraph that opens with a bold label and a
 * colon is a run-in heading, below all others), paragraphs and quotes with their lines joined,
 * list items with their numbers and depths (across the whole list, from where their text
 * starts), table rows with their cells, and the footnotes, numbered in order of first reference,
 * in a last section "Footnotes", as Markdown's are, and code blocks (pdf-code.ts). Footnotes a
 * web page gathers at its end (an ordered list "1. …↩" whose numbers the text refers to) are
 * footnotes too.
 */

/** Run-in headings rank below every other kind. */
const RUN_IN_RANK = Number.MAX_SAFE_INTEGER
/** Items whose text starts within this many points of each other are at one depth. */
const DEPTH_TOLERANCE = 4
/** The link back from a footnote to its reference, as pandoc and others print it. */
const BACK_LINK = /\s*\u21A9[\uFE0E\uFE0F]?\s*$/u

export function pdfSections(
  blocks: readonly (PdfBlock | PdfCodeBlock)[],
  pageNotes: readonly PdfNote[],
  vocabulary: Vocabulary
): { sections: ParsedSection[]; notices: BuildNotice[] } {
  const { body, notes } =
    pageNotes.length > 0 ? { body: blocks, notes: pageNotes } : endnotes(blocks)
  const numbers = new NoteNumbers(notes)
  const richText = (lines: readonly PdfLine[]) =>
    withReferences(
      joinLines(
        lines.map((line) => numbers.resolve(line.text, line.page)),
        vocabulary
      )
    )
  const plain = (lines: readonly PdfLine[]) =>
    joinLines(
      lines.map((line) => plainText(line.text)),
      vocabulary
    )

  const parts = body.map((block) => {
    if (block.kind !== 'text' || block.quote || block.listItem) return { block }
    const list = splitList(block.lines)
    const lead = list.lead.length > 0 ? plain(list.lead) : ''
    const runIn = block.lines[0]?.boldLead ? splitRunInHeading(lead) : null
    const heading =
      runIn && runIn.heading === block.lines[0]?.boldLead?.replace(/:$/, '').trim()
        ? runIn.heading
        : null
    return { block, list, heading }
  })
  const levelOf = headingLevels(
    parts.flatMap(({ block, heading }) =>
      block.kind === 'heading' ? [block.rank] : heading ? [RUN_IN_RANK] : []
    )
  )

  const report = new SectionsBuilder()
  let tables = 0
  let pendingItems: { block: ParsedBlock & { block: { depth: number } }; indent: number }[] = []
  const flushList = () => {
    const depths = itemDepths(
      pendingItems.map((item) => item.indent),
      DEPTH_TOLERANCE
    )
    pendingItems.forEach((item, i) => (item.block.block.depth = depths[i] ?? 1))
    pendingItems = []
  }
  const add = (block: ParsedBlock) => {
    if (block.text !== '') report.block(block)
  }
  const addItems = (items: readonly PdfListItem[]) => {
    for (const item of items) {
      const { text, refs } = richText(item.lines)
      if (text === '') continue
      const parsed = {
        text,
        block: {
          kind: 'list-item' as const,
          ordered: item.ordered,
          depth: 1,
          ...(item.number !== undefined ? { number: item.number } : {})
        },
        ...(refs.length > 0 ? { footnoteRefs: refs } : {}),
        page: item.lines[0]?.page ?? 1
      }
      report.block(parsed)
      pendingItems.push({ block: parsed, indent: item.indent })
    }
  }

  for (const part of parts) {
    const { block } = part
    const page = block.kind === 'table' ? block.page : (block.lines[0]?.page ?? 1)
    const isList = block.kind === 'text' && (block.listItem || (part.list?.items.length ?? 0) > 0)
    if (!isList || (part.list?.lead.length ?? 0) > 0) flushList()
    if (block.kind === 'heading') {
      report.heading(plain(block.lines), levelOf(block.rank))
      tables = 0
    } else if (block.kind === 'table') {
      const table = ++tables
      for (const row of block.rows) {
        const cells = row.cells.map((pieces) =>
          withReferences(
            joinLines(
              pieces.map((piece) => numbers.resolve(piece, page)),
              vocabulary
            )
          )
        )
        const joined = joinRichText(
          cells.map((cell) => ({ ...cell, marks: [] })),
          TABLE_CELL_SEPARATOR,
          { keepEmpty: true }
        )
        if (joined.text.replaceAll(TABLE_CELL_SEPARATOR.trim(), '').trim() === '') continue
        add({
          text: joined.text,
          block: { kind: 'table-row', table, header: row.header, cells: joined.spans },
          ...(joined.refs.length > 0 ? { footnoteRefs: joined.refs } : {}),
          page: row.lines[0]?.page ?? page
        })
      }
    } else if (block.kind === 'code') {
      add({ text: block.text, block: { kind: 'code' }, page })
    } else if (block.quote) {
      const { text, refs } = richText(block.lines)
      add({
        text,
        block: { kind: 'quote' },
        ...(refs.length > 0 ? { footnoteRefs: refs } : {}),
        page
      })
    } else if (block.listItem) {
      const list = splitList(block.lines)
      const items: PdfListItem[] =
        list.items.length > 0 && list.lead.length === 0
          ? list.items
          : [{ ordered: false, indent: block.lines[0]?.x ?? 0, lines: block.lines }]
      addItems(items)
    } else {
      const list = part.list ?? { lead: block.lines, items: [] }
      if (part.heading !== undefined && part.heading !== null) {
        report.heading(part.heading, levelOf(RUN_IN_RANK))
        tables = 0
      }
      if (list.lead.length > 0) {
        const lead = richText(list.lead)
        const rest = part.heading ? withoutRunIn(lead) : lead
        add({ text: rest.text, ...(rest.refs.length > 0 ? { footnoteRefs: rest.refs } : {}), page })
      }
      addItems(list.items)
    }
  }
  flushList()

  const numbered = numbers.finish()
  if (numbered.length > 0) {
    report.heading(FOOTNOTES_HEADING)
    numbered.forEach((note, i) => {
      const text = withoutMarks(plain(note.lines)).replace(BACK_LINK, '')
      add({ text, block: { kind: 'footnote', label: String(i + 1) }, page: note.page })
    })
  }
  const notices: BuildNotice[] = []
  const unresolved = numbers.unresolved
  const [first] = unresolved
  if (first) {
    const pages = pagesNamed(unresolved.map((ref) => ref.page))
    notices.push({
      kind: 'warning',
      message:
        unresolved.length === 1
          ? `a raised number (“${first.label}” on page ${first.page}) looks like a reference to a footnote, ` +
            `but no footnote ${first.label} was found near it; it is kept as text. Check ${pages} against the PDF`
          : `${unresolved.length} raised numbers (“${first.label}” on page ${first.page}, …) look like references to footnotes, ` +
            `but no footnotes with those numbers were found near them; they are kept as text. Check ${pages} against the PDF`
    })
  }
  const { sections } = report.finish([])
  return { sections, notices }
}

/** A paragraph's text after its run-in heading's label, its references moved with it. */
function withoutRunIn({
  text,
  refs
}: ReturnType<typeof withReferences>): ReturnType<typeof withReferences> {
  const shift = (/^[^:]*:\s*/u.exec(text)?.[0] ?? '').length
  return {
    text: text.slice(shift),
    refs: refs.flatMap((ref) =>
      ref.start >= shift ? [{ ...ref, start: ref.start - shift, end: ref.end - shift }] : []
    )
  }
}

/**
 * Footnotes a web page's print gathers at its end: the last blocks of the text end in an ordered
 * list numbered from 1 (the list before it, say of questions, may be numbered too), and the text
 * refers to those numbers with raised labels. They are taken out of the text as footnotes.
 */
function endnotes<Block extends PdfBlock | PdfCodeBlock>(
  blocks: readonly Block[]
): { body: readonly Block[]; notes: PdfNote[] } {
  const referred = new Set(
    blocks.flatMap((block) => (block.kind === 'table' ? [] : block.lines.flatMap(referencesIn)))
  )
  const none = { body: blocks, notes: [] }
  if (referred.size === 0) return none
  const trailing: { block: number; line: number; item: PdfListItem }[] = []
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b] as Block
    if (block.kind !== 'text' || block.quote) break
    const list = splitList(block.lines)
    if (list.lead.length > 0 || list.items.length === 0 || list.items.some((item) => !item.ordered))
      break
    const items = list.items.map((item) => ({
      block: b,
      line: block.lines.findIndex(
        (line) => line.y === item.lines[0]?.y && line.page === item.lines[0]?.page
      ),
      item
    }))
    trailing.unshift(...items)
  }
  // The notes are the last items, numbered 1, 2 … k.
  let first = trailing.length - 1
  const numberAt = (i: number) => trailing[i]?.item.number ?? 0
  while (first > 0 && numberAt(first) > 1 && numberAt(first - 1) === numberAt(first) - 1) first--
  const notes = trailing.slice(Math.max(0, first))
  const start = notes[0]
  if (!start || start.item.number !== 1) return none
  if (!notes.some(({ item }) => referred.has(String(item.number)))) return none
  const body = blocks.slice(0, start.block)
  const cut = blocks[start.block] as Block
  if (cut.kind === 'text' && start.line > 0)
    body.push({ ...cut, lines: cut.lines.slice(0, start.line) })
  return {
    body,
    notes: notes.map(({ item }) => ({
      label: String(item.number),
      page: item.lines[0]?.page ?? 1,
      lines: item.lines
    }))
  }
}
