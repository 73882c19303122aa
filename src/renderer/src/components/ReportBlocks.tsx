import { Fragment, type ReactNode } from 'react'
import type { BlockGroup, ListNode, TableGroup } from '../../../shared/report-blocks'
import type { Paragraph } from '../../../shared/report-model'
import { Marked, marksInCell, type TextMarks } from './Marked'
import { useT } from '../i18n/useT'

/**
 * A section's blocks, drawn as what they are: paragraphs, nested lists with their numbers,
 * tables with a header row, quotes, footnotes and code blocks; the text of each set as its
 * source marked it (emphasis, strong, code, links: StyledText.tsx). Every block's text is in one element with the
 * block's id and `data-paragraph`, and that element's text is exactly the block's text (a table
 * row's cell separators are in it, not shown), so selections, highlights, search marks and the
 * reading position count in it as in any paragraph.
 */
export interface BlockContext {
  marksOf(paragraph: Paragraph): TextMarks
  activeHit: number
  /** The reader's notes on these blocks, printed after them (print.css shows them on paper). */
  printNotes(paragraphs: readonly Paragraph[]): ReactNode
  /** Where a footnote's "back" link leads: the id of its first reference, if any. */
  footnoteBack(label: string): string | undefined
  sectionHeading: string
}

export function BlockGroupView({ group, context }: { group: BlockGroup; context: BlockContext }) {
  switch (group.kind) {
    case 'paragraph':
      return (
        <>
          <p id={group.paragraph.id} data-paragraph="">
            <BlockText paragraph={group.paragraph} context={context} />
          </p>
          {context.printNotes([group.paragraph])}
        </>
      )
    case 'quote':
      return (
        <blockquote>
          {group.paragraphs.map((paragraph) => (
            <Fragment key={paragraph.id}>
              <p id={paragraph.id} data-paragraph="">
                <BlockText paragraph={paragraph} context={context} />
              </p>
              {context.printNotes([paragraph])}
            </Fragment>
          ))}
        </blockquote>
      )
    case 'list':
      return <ListView list={group.list} context={context} />
    case 'table':
      return <TableView table={group.table} context={context} />
    case 'footnotes':
      return <Footnotes paragraphs={group.paragraphs} context={context} />
    case 'code':
      return <CodeBlock paragraph={group.paragraph} context={context} />
  }
}

function BlockText({ paragraph, context }: { paragraph: Paragraph; context: BlockContext }) {
  const marks = context.marksOf(paragraph)
  return (
    <Marked
      text={paragraph.text}
      activeMark={context.activeHit}
      {...marks}
      styles={paragraph.marks}
    />
  )
}

/**
 * A code block: its text as written, line breaks and spaces kept, in a monospaced type, in a box
 * of its own that scrolls sideways when a line is wider than the text (and can be focused, so it
 * scrolls from the keyboard too); never reflowed.
 */
function CodeBlock({ paragraph, context }: { paragraph: Paragraph; context: BlockContext }) {
  const t = useT()
  return (
    <>
      <div
        className="code-scroll"
        role="region"
        aria-label={t('blocks.code', { section: context.sectionHeading })}
        tabIndex={0}
      >
        <pre id={paragraph.id} data-paragraph="" className="code-block">
          <BlockText paragraph={paragraph} context={context} />
        </pre>
      </div>
      {context.printNotes([paragraph])}
    </>
  )
}

function ListView({ list, context }: { list: ListNode; context: BlockContext }) {
  const items = list.items.map((item) => (
    <li key={item.paragraph.id} value={item.number}>
      <p id={item.paragraph.id} data-paragraph="" className="list-item-text">
        <BlockText paragraph={item.paragraph} context={context} />
      </p>
      {context.printNotes([item.paragraph])}
      {item.lists.map((nested, i) => (
        <ListView key={i} list={nested} context={context} />
      ))}
    </li>
  ))
  // A list cut off from its parent (by a quote, say) keeps its indent.
  const style = list.depth > 1 ? { marginInlineStart: `${(list.depth - 1) * 1.6}em` } : undefined
  return list.ordered ? (
    <ol start={list.items[0]?.number} style={style}>
      {items}
    </ol>
  ) : (
    <ul style={style}>{items}</ul>
  )
}

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the text (it
 * never widens the page); the box can be focused, so it scrolls from the keyboard too.
 */
function TableView({ table, context }: { table: TableGroup; context: BlockContext }) {
  const t = useT()
  const rows = [...table.header, ...table.body]
  return (
    <>
      <div
        className="table-scroll"
        role="region"
        aria-label={t('blocks.table', { number: table.table, section: context.sectionHeading })}
        tabIndex={0}
      >
        <table>
          {table.header.length > 0 && (
            <thead>
              {table.header.map((row) => (
                <TableRow key={row.id} row={row} header columns={table.columns} context={context} />
              ))}
            </thead>
          )}
          <tbody>
            {table.body.map((row) => (
              <TableRow key={row.id} row={row} columns={table.columns} context={context} />
            ))}
          </tbody>
        </table>
      </div>
      {context.printNotes(rows)}
    </>
  )
}

/**
 * A row: each cell's text, marked; the separator after it (" | ", part of the row's text) is in
 * the cell too, hidden from sight and from screen readers, so that the row's text content, and
 * every offset counted in it, is the block's text. A row shorter than the table is filled out.
 */
function TableRow({
  row,
  header = false,
  columns,
  context
}: {
  row: Paragraph
  header?: boolean
  columns: number
  context: BlockContext
}) {
  const cells = row.block?.kind === 'table-row' ? row.block.cells : [[0, row.text.length] as const]
  const marks = { ...context.marksOf(row), styles: row.marks }
  const Cell = header ? 'th' : 'td'
  const hidden = (from: number, to: number) =>
    to > from ? (
      <span className="cell-separator" aria-hidden="true">
        {row.text.slice(from, to)}
      </span>
    ) : null
  return (
    <tr id={row.id} data-paragraph="">
      {Array.from({ length: Math.max(columns, cells.length) }, (_, i) => {
        const cell = cells[i]
        if (!cell) return <Cell key={i} {...(header ? { scope: 'col' } : {})} />
        const regionStart = i === 0 ? 0 : (cells[i - 1]?.[1] ?? 0)
        const regionEnd = cells[i + 1]?.[0] ?? row.text.length
        const inCell = marksInCell(marks, cell, [regionStart, regionEnd])
        return (
          <Cell key={i} {...(header ? { scope: 'col' } : {})}>
            {i === 0 && hidden(0, cell[0])}
            <Marked
              text={row.text.slice(cell[0], cell[1])}
              activeMark={context.activeHit}
              {...inCell}
            />
            {hidden(cell[1], regionEnd)}
          </Cell>
        )
      })}
    </tr>
  )
}

function Footnotes({
  paragraphs,
  context
}: {
  paragraphs: readonly Paragraph[]
  context: BlockContext
}) {
  const t = useT()
  return (
    <div className="footnotes">
      {paragraphs.map((paragraph) => {
        const label = paragraph.block?.kind === 'footnote' ? paragraph.block.label : ''
        const back = context.footnoteBack(label)
        return (
          <div key={paragraph.id} className="footnote">
            <span className="footnote-label">{label}.</span>
            <p id={paragraph.id} data-paragraph="" tabIndex={-1}>
              <BlockText paragraph={paragraph} context={context} />
            </p>
            {back && (
              <a
                className="footnote-back"
                href={`#${back}`}
                aria-label={t('blocks.footnoteBack.label', { label })}
                title={t('blocks.footnoteBack')}
              />
            )}
            {context.printNotes([paragraph])}
          </div>
        )
      })}
    </div>
  )
}
