import { listenAll } from './listen'

/** One end of a selection, as a paragraph and a count of characters into its text. */
interface TextPoint {
  paragraph: HTMLElement
  offset: number
}

/** The reader's selection, by its anchor (where the drag began) and its focus (where it ended). */
interface KeptSelection {
  anchor: TextPoint
  focus: TextPoint
}

const PARAGRAPH = '[data-paragraph]'

/**
 * Keeps the reader's selection where it is in the text while the page redraws the paragraphs
 * under it. A highlight saved a moment ago draws its mark when the disk answers: if the reader
 * has meanwhile selected other words of the same paragraph, the paragraph's text is split into
 * new pieces and the browser drops (or shifts) a selection whose pieces were replaced. The
 * selection is remembered as paragraph offsets, which marks do not change, and put back.
 *
 * A press or a key may change the selection on purpose (and the browser tells us only in a later
 * task), so nothing is kept while a button is down, and a selection the app cleared stays cleared.
 * Returns a function that stops it.
 */
export function keepSelectionThroughRedraws(pane: HTMLElement): () => void {
  let kept: KeptSelection | null = null
  // While the button is down the reader is making the selection: nothing is kept or put back.
  let pressed = false

  const remember = () => {
    kept = pressed ? null : readKept(pane)
  }
  const putBack = () => {
    if (!kept) return
    const selection = window.getSelection()
    // Cleared on purpose (a highlight made of it was saved), not by a redraw.
    if (!selection || selection.rangeCount === 0) {
      kept = null
      return
    }
    const now = readKept(pane)
    if (now && samePoint(now.anchor, kept.anchor) && samePoint(now.focus, kept.focus)) return
    const anchor = domPoint(pane, kept.anchor)
    const focus = domPoint(pane, kept.focus)
    if (anchor && focus)
      selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset)
    remember()
  }
  const press = () => {
    pressed = true
    kept = null
  }
  const release = () => {
    pressed = false
    remember()
  }
  const observer = new MutationObserver(putBack)
  observer.observe(pane, { childList: true, characterData: true, subtree: true })
  const stopListening = listenAll([
    [document, 'selectionchange', remember],
    [document, 'pointerdown', press, { capture: true }],
    [document, 'pointerup', release, { capture: true }],
    [document, 'pointercancel', release, { capture: true }],
    [document, 'keydown', remember, { capture: true }]
  ])
  return () => {
    observer.disconnect()
    stopListening()
  }
}

function readKept(pane: HTMLElement): KeptSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode)
    return null
  const anchor = textPoint(pane, selection.anchorNode, selection.anchorOffset)
  const focus = textPoint(pane, selection.focusNode, selection.focusOffset)
  return anchor && focus ? { anchor, focus } : null
}

function textPoint(pane: HTMLElement, node: Node, offset: number): TextPoint | null {
  const element = node instanceof Element ? node : node.parentElement
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH)
  if (!paragraph || !pane.contains(paragraph)) return null
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(node, offset)
  return { paragraph, offset: before.toString().length }
}

const samePoint = (a: TextPoint, b: TextPoint) =>
  a.paragraph === b.paragraph && a.offset === b.offset

/** The text node and offset `point.offset` characters into its paragraph's text. */
function domPoint(pane: HTMLElement, point: TextPoint): { node: Node; offset: number } | null {
  // The paragraph element itself may have been drawn anew: find it again by its id.
  const paragraph = point.paragraph.isConnected
    ? point.paragraph
    : pane.querySelector<HTMLElement>(`[id="${CSS.escape(point.paragraph.id)}"]${PARAGRAPH}`)
  if (!paragraph) return null
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let left = point.offset
  let last: Text | null = null
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (left <= text.data.length) return { node: text, offset: left }
    left -= text.data.length
    last = text
  }
  return last ? { node: last, offset: last.data.length } : null
}
