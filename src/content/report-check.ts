import {
  INLINE_MARK_KINDS,
  MAX_LIST_DEPTH,
  MAX_SECTION_LEVEL,
  type Block,
  type FootnoteRef,
  type InlineMark,
  type Paragraph,
  type ProcessedReport,
  type Section
} from '../shared/report-model'
import { checkReportHead, isCount, isObject, isSlug, isText } from './json-fields'

/**
 * The check of a report read from `library.json` when the window first shows it: the same rules
 * as ProcessedReportSchema (report-model.ts), written out as plain loops, because the schema's
 * general machinery took most of the time from launch to a readable report at 10 MB (tens of
 * thousands of paragraphs, each object checked by closures and copied through issue-tracking
 * datasets), and the window waits for it. Like the schema, it returns a copy with only the known
 * fields, or null for anything else; report-check.test.ts holds the two to the same verdicts.
 */

const MARK_KINDS: readonly string[] = INLINE_MARK_KINDS
const MAX_LABEL = 40
const MAX_HREF = 2000

const isLabel = (value: unknown): value is string => isText(value) && value.length <= MAX_LABEL
const isBetween = (value: unknown, low: number, high: number): value is number =>
  isCount(value) && value >= low && value <= high

export function checkProcessedReport(json: unknown): ProcessedReport | null {
  if (!isObject(json)) return null
  const head = checkReportHead(json)
  const { sections } = json
  if (!head || !Array.isArray(sections) || sections.length === 0) return null
  const checked: Section[] = []
  for (const section of sections) {
    const copy = checkSection(section)
    if (!copy) return null
    checked.push(copy)
  }
  return { ...head, sections: checked }
}

function checkSection(section: unknown): Section | null {
  if (!isObject(section)) return null
  const { id, heading, level, paragraphs } = section
  if (!isSlug(id) || !isText(heading) || !Array.isArray(paragraphs)) return null
  if (level !== undefined && !isBetween(level, 2, MAX_SECTION_LEVEL)) return null
  const checked: Paragraph[] = []
  for (const paragraph of paragraphs) {
    const copy = checkParagraph(paragraph)
    if (!copy) return null
    checked.push(copy)
  }
  return level === undefined
    ? { id, heading, paragraphs: checked }
    : { id, heading, level, paragraphs: checked }
}

function checkParagraph(paragraph: unknown): Paragraph | null {
  if (!isObject(paragraph)) return null
  const { id, text, block, footnoteRefs, marks, page } = paragraph
  if (!isSlug(id) || !isText(text)) return null
  const copy: Paragraph = { id, text }
  if (block !== undefined) {
    const checked = checkBlock(block)
    if (!checked) return null
    copy.block = checked
  }
  if (footnoteRefs !== undefined) {
    const checked = checkFootnoteRefs(footnoteRefs)
    if (!checked) return null
    copy.footnoteRefs = checked
  }
  if (marks !== undefined) {
    const checked = checkMarks(marks)
    if (!checked) return null
    copy.marks = checked
  }
  if (page !== undefined) {
    if (!isCount(page) || page < 1) return null
    copy.page = page
  }
  return copy
}

function checkBlock(block: unknown): Block | null {
  if (!isObject(block)) return null
  switch (block['kind']) {
    case 'list-item': {
      const { ordered, depth, number } = block
      if (typeof ordered !== 'boolean' || !isBetween(depth, 1, MAX_LIST_DEPTH)) return null
      if (number === undefined) return { kind: 'list-item', ordered, depth }
      return isCount(number) ? { kind: 'list-item', ordered, depth, number } : null
    }
    case 'table-row': {
      const { table, header, cells } = block
      if (
        !isCount(table) ||
        table < 1 ||
        typeof header !== 'boolean' ||
        !Array.isArray(cells) ||
        cells.length === 0
      )
        return null
      const checked: [number, number][] = []
      for (const cell of cells) {
        // A tuple: its first two items are checked and kept, as the schema's v.tuple does.
        if (!Array.isArray(cell)) return null
        const [start, end] = cell as unknown[]
        if (!isCount(start) || !isCount(end)) return null
        checked.push([start, end])
      }
      return { kind: 'table-row', table, header, cells: checked }
    }
    case 'quote':
      return { kind: 'quote' }
    case 'code':
      return { kind: 'code' }
    case 'footnote': {
      const { label } = block
      return isLabel(label) ? { kind: 'footnote', label } : null
    }
    default:
      return null
  }
}

function checkFootnoteRefs(refs: unknown): FootnoteRef[] | null {
  if (!Array.isArray(refs)) return null
  const checked: FootnoteRef[] = []
  for (const ref of refs) {
    if (!isObject(ref)) return null
    const { start, end, label } = ref
    if (!isCount(start) || !isCount(end) || !isLabel(label)) return null
    checked.push({ start, end, label })
  }
  return checked
}

function checkMarks(marks: unknown): InlineMark[] | null {
  if (!Array.isArray(marks)) return null
  const checked: InlineMark[] = []
  for (const mark of marks) {
    if (!isObject(mark)) return null
    const { start, end, kind, href } = mark
    if (!isCount(start) || !isCount(end) || typeof kind !== 'string' || !MARK_KINDS.includes(kind))
      return null
    const markKind = kind as InlineMark['kind']
    if (href === undefined) checked.push({ start, end, kind: markKind })
    else if (typeof href === 'string' && href.length <= MAX_HREF)
      checked.push({ start, end, kind: markKind, href })
    else return null
  }
  return checked
}
