import type { Paragraph } from './report-model'

/**
 * A section's blocks as the reader sees them: consecutive list items make a list (nested by
 * depth), consecutive rows of one table make a table, consecutive quote paragraphs make one
 * quote, consecutive footnotes one list of footnotes; a code block, or any other block, stands
 * alone. The blocks
 * stay in their order, each once, so what is drawn is exactly the text, in reading order.
 */
export type BlockGroup =
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'quote'; paragraphs: Paragraph[] }
  | { kind: 'list'; list: ListNode }
  | { kind: 'table'; table: TableGroup }
  | { kind: 'footnotes'; paragraphs: Paragraph[] }
  | { kind: 'code'; paragraph: Paragraph }

export interface ListNode {
  ordered: boolean
  /** How deep the list is (1 = top level): a list cut off from its parent is indented as deep. */
  depth: number
  items: ListItemNode[]
}

export interface ListItemNode {
  paragraph: Paragraph
  /** The item's number, for an ordered list. */
  number?: number
  /** Lists nested in this item. */
  lists: ListNode[]
}

export interface TableGroup {
  /** Which table of its section, counting from 1. */
  table: number
  header: Paragraph[]
  body: Paragraph[]
  /** The most cells of any row: shorter rows are filled out with empty cells. */
  columns: number
}

export function groupBlocks(paragraphs: readonly Paragraph[]): BlockGroup[] {
  const groups: BlockGroup[] = []
  // The list being filled, by depth: its innermost open lists.
  let openLists: ListNode[] = []
  for (const paragraph of paragraphs) {
    const block = paragraph.block
    const last = groups[groups.length - 1]
    if (block?.kind !== 'list-item') openLists = []
    switch (block?.kind) {
      case 'list-item': {
        const item: ListItemNode = {
          paragraph,
          ...(block.number !== undefined ? { number: block.number } : {}),
          lists: []
        }
        openLists = addListItem(openLists, item, block.depth, block.ordered, (list) =>
          groups.push({ kind: 'list', list })
        )
        break
      }
      case 'table-row': {
        let table = last?.kind === 'table' && last.table.table === block.table ? last.table : null
        if (!table) {
          table = { table: block.table, header: [], body: [], columns: 0 }
          groups.push({ kind: 'table', table })
        }
        // A header row after body rows is drawn where it stands, as a row of the body.
        if (block.header && table.body.length === 0) table.header.push(paragraph)
        else table.body.push(paragraph)
        table.columns = Math.max(table.columns, block.cells.length)
        break
      }
      case 'quote':
        if (last?.kind === 'quote') last.paragraphs.push(paragraph)
        else groups.push({ kind: 'quote', paragraphs: [paragraph] })
        break
      case 'footnote':
        if (last?.kind === 'footnotes') last.paragraphs.push(paragraph)
        else groups.push({ kind: 'footnotes', paragraphs: [paragraph] })
        break
      case 'code':
        groups.push({ kind: 'code', paragraph })
        break
      default:
        groups.push({ kind: 'paragraph', paragraph })
    }
  }
  return groups
}

/**
 * Adds an item at `depth` to the open lists (outermost first) and returns them as they are
 * after it. An item deeper than the innermost list goes in a list nested in that list's last
 * item; a shallower one closes the lists below it; one of the other kind (ordered or not) at the
 * same depth starts a new list there. `newTopList` is told of each list that has no parent.
 */
function addListItem(
  open: ListNode[],
  item: ListItemNode,
  depth: number,
  ordered: boolean,
  newTopList: (list: ListNode) => void
): ListNode[] {
  const lists = open.filter((list) => list.depth <= depth)
  const innermost = lists[lists.length - 1]
  if (innermost && innermost.depth === depth && innermost.ordered === ordered) {
    innermost.items.push(item)
    return lists
  }
  const parents = innermost?.depth === depth ? lists.slice(0, -1) : lists
  const list: ListNode = { ordered, depth, items: [item] }
  const parent = parents[parents.length - 1]
  const parentItem = parent?.items[parent.items.length - 1]
  if (parentItem) parentItem.lists.push(list)
  else newTopList(list)
  return [...parents, list]
}
