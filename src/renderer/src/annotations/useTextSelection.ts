import { useEffect, useState, type RefObject } from 'react'

export interface TextSelection {
  paragraphId: string
  start: number
  end: number
  /** Where to show the toolbar, in viewport coordinates. */
  rect: { top: number; left: number; bottom: number }
}

/**
 * The current text selection, when it lies inside one paragraph of the report, as offsets into
 * that paragraph's text (marks inside the paragraph do not change the offsets).
 */
export function useTextSelection(container: RefObject<HTMLElement | null>): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null)

  useEffect(() => {
    const update = () => setSelection(readSelection(container.current))
    // The toolbar follows the selection as the text scrolls.
    const pane = container.current
    document.addEventListener('selectionchange', update)
    pane?.addEventListener('scroll', update, { passive: true })
    return () => {
      document.removeEventListener('selectionchange', update)
      pane?.removeEventListener('scroll', update)
    }
  }, [container])

  return selection
}

export function readSelection(root: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const paragraph = closestParagraph(range.startContainer)
  if (
    !paragraph ||
    paragraph !== closestParagraph(range.endContainer) ||
    !root.contains(paragraph)
  ) {
    return null
  }
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(range.startContainer, range.startOffset)
  const start = before.toString().length
  const end = start + range.toString().length
  if (end <= start) return null
  const box = range.getBoundingClientRect()
  return {
    paragraphId: paragraph.id,
    start,
    end,
    rect: { top: box.top, left: box.left, bottom: box.bottom }
  }
}

function closestParagraph(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement
  return element?.closest<HTMLElement>('p[data-paragraph]') ?? null
}
