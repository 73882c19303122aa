import { useEffect, useState, type RefObject } from 'react'

export interface TextSelection {
  paragraphId: string
  start: number
  /** The paragraph the selection ends in, when it spans several (`end` counts in it). */
  endParagraphId?: string
  end: number
  /** Where to show the toolbar, in viewport coordinates. */
  rect: { top: number; left: number; bottom: number }
}

/**
 * The current text selection in the report's text, in one paragraph or over several, as offsets
 * into the first and last paragraphs' text (marks inside a paragraph do not change the offsets).
 * A selection that begins or ends outside the paragraphs (in a heading, in the margin) starts at
 * the first paragraph it covers and ends with the last.
 *
 * While the reader drags to select, nothing is published: the toolbar appears when the mouse is
 * released (as in Hypothesis), so it never jumps about or lands under the pointer mid-drag. A
 * selection equal to the one shown does not re-render the reader.
 */
export function useTextSelection(container: RefObject<HTMLElement | null>): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null)

  useEffect(() => {
    const pane = container.current
    let dragging = false
    const publish = (next: TextSelection | null) =>
      setSelection((shown) => (sameSelection(shown, next) ? shown : next))
    const update = () => {
      if (!dragging) publish(readSelection(container.current))
    }
    const onPointerDown = (event: PointerEvent) => {
      // Pressing a button (the toolbar's own, a section's "+ Note") is not a new selection.
      if (event.button !== 0 || (event.target as Element | null)?.closest?.('button')) return
      dragging = true
      publish(null)
    }
    const onPointerUp = () => {
      if (!dragging) return
      dragging = false
      update()
    }
    document.addEventListener('selectionchange', update)
    // The toolbar follows the selection as the text scrolls.
    pane?.addEventListener('scroll', update, { passive: true })
    pane?.addEventListener('pointerdown', onPointerDown)
    // Released anywhere, even outside the window's text.
    document.addEventListener('pointerup', onPointerUp)
    document.addEventListener('pointercancel', onPointerUp)
    return () => {
      document.removeEventListener('selectionchange', update)
      pane?.removeEventListener('scroll', update)
      pane?.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('pointerup', onPointerUp)
      document.removeEventListener('pointercancel', onPointerUp)
    }
  }, [container])

  return selection
}

function sameSelection(a: TextSelection | null, b: TextSelection | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.paragraphId === b.paragraphId &&
    a.endParagraphId === b.endParagraphId &&
    a.start === b.start &&
    a.end === b.end &&
    a.rect.top === b.rect.top &&
    a.rect.left === b.rect.left &&
    a.rect.bottom === b.rect.bottom
  )
}

export function readSelection(root: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const covered = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].filter((p) =>
    range.intersectsNode(p)
  )
  const first = covered[0]
  const last = covered[covered.length - 1]
  if (!first || !last) return null
  const offsetIn = (paragraph: HTMLElement, node: Node, offset: number) => {
    const before = document.createRange()
    before.setStart(paragraph, 0)
    before.setEnd(node, offset)
    return before.toString().length
  }
  const start = first.contains(range.startContainer)
    ? offsetIn(first, range.startContainer, range.startOffset)
    : 0
  const end = last.contains(range.endContainer)
    ? offsetIn(last, range.endContainer, range.endOffset)
    : (last.textContent ?? '').length
  if (first === last && end <= start) return null
  const box = range.getBoundingClientRect()
  return {
    paragraphId: first.id,
    start,
    ...(last !== first ? { endParagraphId: last.id } : {}),
    end,
    rect: { top: box.top, left: box.left, bottom: box.bottom }
  }
}
