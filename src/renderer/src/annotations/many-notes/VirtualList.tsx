import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

/** Rows laid out beyond the visible ones: Tab reaches the next row before it scrolls in. */
const OVERSCAN = 6

/**
 * A list that lays out only the rows in view (and a few around them), however many there are: 20,000
 * notes are some twenty rows in the page. Rows are measured as they are drawn (a long note, "Show
 * more"), and the list keeps its full height, so the scrollbar tells where the reader is. Each row
 * is a list item that says its place in the whole list to screen readers (aria-posinset/setsize).
 *
 * `scroller`: 'parent' scrolls with the nearest scrolling ancestor (the sidebar), 'own' in a box of
 * its own (a dialog).
 */
export function VirtualList<T>({
  items,
  itemKey,
  estimateSize,
  scroller,
  className,
  label,
  children
}: {
  items: readonly T[]
  /** Each item's key: keep it the same function between draws (not a new arrow each time). */
  itemKey: (item: T) => string
  /** A row's likely height in px, until it is measured. */
  estimateSize: number
  scroller: 'parent' | 'own'
  className: string
  label?: string
  children: (item: T, index: number) => ReactNode
}) {
  const listRef = useRef<HTMLUListElement>(null)
  const ownRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const ancestor = useRef<HTMLElement | null>(null)
  const scrollElement = useCallback(() => {
    if (scroller === 'own') return ownRef.current
    if (!ancestor.current?.isConnected) ancestor.current = scrollingAncestor(listRef.current)
    return ancestor.current
  }, [scroller])
  // Kept the same between draws while the items are: the virtualizer works out every row's
  // place again (20,000 of them) whenever these change, which at every scroll held the page.
  const getItemKey = useCallback((index: number) => itemKey(items[index] as T), [items, itemKey])
  const estimate = useCallback(() => estimateSize, [estimateSize])
  // The project does not use the React Compiler; the list draws again as it scrolls, by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: scrollElement,
    estimateSize: estimate,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey
  })
  // Where the list begins in what scrolls: measured again whenever what holds it changes size
  // (in the sidebar, what is above the list may grow: a message, the controls wrapping).
  useLayoutEffect(() => {
    const list = listRef.current
    const element = scrollElement()
    if (!list || !element) return
    const measure = () => {
      const margin =
        list.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
      setScrollMargin((before) => (Math.abs(margin - before) >= 1 ? margin : before))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(list.parentElement ?? list)
    return () => observer.disconnect()
  }, [scrollElement])

  const rows = virtualizer.getVirtualItems()
  const list = (
    <ul
      ref={listRef}
      className={`${className} virtual-list`}
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="virtual-row"
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
        >
          {children(items[row.index] as T, row.index)}
        </li>
      ))}
    </ul>
  )
  return scroller === 'own' ? (
    <div ref={ownRef} className="virtual-scroller">
      {list}
    </div>
  ) : (
    list
  )
}

/** The nearest ancestor that scrolls vertically (the sidebar), else the page. */
function scrollingAncestor(element: HTMLElement | null): HTMLElement | null {
  for (let at = element?.parentElement ?? null; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at)
    if (overflowY === 'auto' || overflowY === 'scroll') return at
  }
  return document.scrollingElement as HTMLElement | null
}
