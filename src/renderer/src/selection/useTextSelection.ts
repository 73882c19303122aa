import { useEffect, useState, type RefObject } from 'react'
import { keepSelectionInText } from './keep-in-text'
import { keepSelectionThroughRedraws } from './keep-through-redraw'
import { listenAll } from './listen'
import { pressThroughMarks } from './press-through-marks'
import type { Box, SelectionPlace } from './toolbar-place'

export interface TextSelection {
  paragraphId: string
  start: number
  /** The paragraph the selection ends in, when it spans several (`end` counts in it). */
  endParagraphId?: string
  end: number
  /** Where it is on screen (to place the toolbar), or null when none of it is in view. */
  place: SelectionPlace | null
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
    if (!pane) return
    const stopListening = listenAll([
      [document, 'selectionchange', update],
      // The toolbar follows the selection as the text scrolls.
      [pane, 'scroll', update, { passive: true }],
      [pane, 'pointerdown', onPointerDown as EventListener],
      // Released anywhere, even outside the window's text.
      [document, 'pointerup', onPointerUp],
      [document, 'pointercancel', onPointerUp]
    ])
    // A drag may start on an acronym, a highlight or a link, and stops at the text's edge.
    const stopPressThrough = pressThroughMarks(pane)
    const stopKeepingIn = keepSelectionInText(pane)
    // A highlight saved meanwhile redraws the paragraph the reader is selecting in.
    const stopKeepingThrough = keepSelectionThroughRedraws(pane)
    return () => {
      stopKeepingThrough()
      stopPressThrough()
      stopKeepingIn()
      stopListening()
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
    samePlace(a.place, b.place)
  )
}

function samePlace(a: SelectionPlace | null, b: SelectionPlace | null): boolean {
  if (a === null || b === null) return a === b
  const boxes = (p: SelectionPlace) => [p.first, p.last, p.pane, ...p.avoid]
  const [as, bs] = [boxes(a), boxes(b)]
  return (
    a.backwards === b.backwards &&
    as.length === bs.length &&
    as.every((box, i) => sameBox(box, bs[i] as Box))
  )
}

const sameBox = (a: Box, b: Box) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right

export function readSelection(root: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const covered = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].filter((p) =>
    range.intersectsNode(p)
  )
  // A drag that stops past the end of a line may begin at a paragraph's very end (or finish at the
  // very start of one): that paragraph has none of its words selected and is not part of it.
  while (covered.length > 1 && selectedLength(range, covered[0] as HTMLElement) === 0)
    covered.shift()
  while (
    covered.length > 1 &&
    selectedLength(range, covered[covered.length - 1] as HTMLElement) === 0
  )
    covered.pop()
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
  return {
    paragraphId: first.id,
    start,
    ...(last !== first ? { endParagraphId: last.id } : {}),
    end,
    place: placeOf(root, selection, range)
  }
}

/** How many characters of a paragraph's text a range takes. */
function selectedLength(range: Range, paragraph: HTMLElement): number {
  const part = document.createRange()
  part.selectNodeContents(paragraph)
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
    part.setStart(range.startContainer, range.startOffset)
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
    part.setEnd(range.endContainer, range.endOffset)
  return part.collapsed ? 0 : part.toString().length
}

/** Where a selection is on screen: its first and last lines in view, the pane and its headings. */
function placeOf(pane: HTMLElement, selection: Selection, range: Range): SelectionPlace | null {
  const view = pane.getBoundingClientRect()
  const inView = (box: DOMRect) => box.width > 0 && box.bottom > view.top && box.top < view.bottom
  const lines = [...range.getClientRects()].filter(inView)
  const first = lines[0]
  const last = lines[lines.length - 1]
  if (!first || !last) return null
  const backwards =
    selection.focusNode === range.startContainer && selection.focusOffset === range.startOffset
  const avoid = [...pane.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((heading) => heading.getBoundingClientRect())
    .filter(inView)
  return {
    first: boxOf(first),
    last: boxOf(last),
    backwards,
    pane: boxOf(view),
    avoid: avoid.map(boxOf)
  }
}

const boxOf = ({ top, left, bottom, right }: DOMRect): Box => ({ top, left, bottom, right })
