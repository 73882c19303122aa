import { listenAll } from './listen'

/** A place in the DOM a selection can end at. */
interface Caret {
  node: Node
  offset: number
}

/** A report's text, where a reader's drag may select (a comparison has one per column). */
export const TEXT_ROOT = '.report-text'

/**
 * Keeps a drag that began in a report's text inside that text, as a text field keeps its own:
 * when the pointer leaves it (up into the app's toolbar, aside into the sidebar, over the report's
 * title), the selection stops at the text's edge nearest the pointer instead of running through
 * the app's words to the start of the report. While the pane scrolls by itself under a pointer
 * held past its edge, the selection follows the text coming into view.
 *
 * Checked on every selection change and once a frame while the button is down (a change made by
 * Chromium is put right before it is painted). Returns a function that removes the listeners.
 */
export function keepSelectionInText(pane: HTMLElement): () => void {
  let drag: { root: HTMLElement; x: number; y: number; frame: number } | null = null

  const keepIn = () => {
    if (!drag) return
    const selection = window.getSelection()
    const { anchorNode, anchorOffset, focusNode } = selection ?? {}
    if (!selection || !anchorNode || !focusNode || !drag.root.contains(anchorNode)) return
    if (drag.root.contains(focusNode)) return
    const edge = edgeNear(drag.root, pane, drag.x, drag.y)
    if (edge) selection.setBaseAndExtent(anchorNode, anchorOffset ?? 0, edge.node, edge.offset)
  }
  const everyFrame = () => {
    keepIn()
    if (drag) drag.frame = requestAnimationFrame(everyFrame)
  }
  const onPointerDown = (event: PointerEvent) => {
    stop()
    const root = (event.target as Element | null)?.closest?.<HTMLElement>(TEXT_ROOT)
    if (event.button !== 0 || !root || !pane.contains(root)) return
    drag = { root, x: event.clientX, y: event.clientY, frame: requestAnimationFrame(everyFrame) }
  }
  const onPointerMove = (event: PointerEvent) => {
    if (!drag) return
    drag.x = event.clientX
    drag.y = event.clientY
  }
  const stop = () => {
    if (!drag) return
    keepIn()
    cancelAnimationFrame(drag.frame)
    drag = null
  }

  const stopListening = listenAll([
    [pane, 'pointerdown', onPointerDown as EventListener, true],
    [document, 'pointermove', onPointerMove as EventListener, true],
    [document, 'selectionchange', keepIn],
    [document, 'pointerup', stop, true],
    [document, 'pointercancel', stop, true],
    [window, 'blur', stop]
  ])
  return () => {
    stop()
    stopListening()
  }
}

/**
 * The place in `root` nearest to a pointer outside it: its start or end when the pointer is past
 * the text's top or end and that edge is in view; otherwise the text under the pointer moved
 * inside the part of the text that is in view (the pane may be scrolled).
 */
function edgeNear(root: HTMLElement, pane: HTMLElement, x: number, y: number): Caret | null {
  const text = root.getBoundingClientRect()
  const view = pane.getBoundingClientRect()
  if (y < text.top && text.top >= view.top) return textEdge(root, 'start')
  if (y > text.bottom && text.bottom <= view.bottom) return textEdge(root, 'end')
  const top = Math.max(text.top, view.top)
  const bottom = Math.min(text.bottom, view.bottom)
  const left = Math.max(text.left, view.left)
  const right = Math.min(text.right, view.right)
  if (bottom <= top || right <= left) return null
  const atX = Math.min(Math.max(x, left + 2), right - 2)
  const atY = Math.min(Math.max(y, top + 2), bottom - 2)
  // The point may fall between blocks or on something that is not text: look a little further
  // into the text, a few pixels at a time, for up to about two lines.
  const inward = atY < (top + bottom) / 2 ? 1 : -1
  for (let step = 0; step <= 48; step += 4) {
    const caret = caretAt(atX, atY + inward * step)
    if (caret && root.contains(caret.node)) return caret
  }
  return null
}

function caretAt(x: number, y: number): Caret | null {
  const position = document.caretPositionFromPoint?.(x, y)
  return position ? { node: position.offsetNode, offset: position.offset } : null
}

/** The first or last place in the text's own words (not in a button or a note shown in it). */
function textEdge(root: HTMLElement, edge: 'start' | 'end'): Caret | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && getComputedStyle(node.parentElement).userSelect === 'none'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT
  })
  const node = edge === 'start' ? walker.nextNode() : walker.lastChild()
  if (!node) return null
  return { node, offset: edge === 'start' ? 0 : (node.textContent ?? '').length }
}
