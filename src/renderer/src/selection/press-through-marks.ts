import { listenAll } from './listen'

/**
 * The marks in a report's text that take keyboard focus: an acronym that is a Tab stop (or can be
 * focused from the Glossary tab), a highlight's first piece, a footnote link.
 */
const FOCUSABLE_MARK = 'abbr[tabindex], mark[tabindex], a[href]'

/** What a mark was focusable by, set aside while the mouse is pressed on it. */
interface SetAside {
  element: HTMLElement
  attribute: 'tabindex' | 'href'
  value: string
}

/** The focusable marks around `target` in a report's text, innermost first. */
function marksAround(target: Element | null, pane: HTMLElement): HTMLElement[] {
  const root = target?.closest?.('.report-text')
  if (!target || !root || !pane.contains(root)) return []
  const marks: HTMLElement[] = []
  for (let mark = target.closest<HTMLElement>(FOCUSABLE_MARK); mark && root.contains(mark);) {
    marks.push(mark)
    mark = mark.parentElement?.closest<HTMLElement>(FOCUSABLE_MARK) ?? null
  }
  return marks
}

/**
 * Lets a drag that starts on a focusable mark select text, as it does on the words around it.
 *
 * Chromium starts no selection when the press itself moves focus to the element pressed (an
 * acronym pressed on its first letter selected nothing, 88 tries in 88), and it drags a link
 * instead of selecting over it. So while the mouse is down on such a mark, what makes it
 * focusable (its tabindex, or a link's href) is set aside: the press focuses the text pane and
 * starts a selection like any other. On release it is put back, before the click is handled, and
 * a click that selected nothing focuses the mark as a click would have (an acronym shows what it
 * stands for). Keyboard focus never passes through here and is unchanged.
 *
 * Returns a function that removes the listeners (and puts back anything still set aside).
 */
export function pressThroughMarks(pane: HTMLElement): () => void {
  // Marks nest (an acronym inside a highlight inside a footnote link): all of them, innermost first.
  let setAside: SetAside[] = []

  const putBack = (): SetAside[] => {
    const was = setAside
    setAside = []
    for (const { element, attribute, value } of was) element.setAttribute(attribute, value)
    return was
  }

  const onPointerDown = (event: PointerEvent) => {
    putBack()
    if (event.button !== 0) return
    setAside = marksAround(event.target as Element | null, pane).map((element) => {
      const attribute = element.localName === 'a' ? 'href' : 'tabindex'
      return { element, attribute, value: element.getAttribute(attribute) ?? '' }
    })
    for (const { element, attribute } of setAside) element.removeAttribute(attribute)
  }

  // A click focuses what it would have: the innermost mark pressed.
  const onRelease = () => {
    const pressed = putBack()[0]?.element
    if (pressed?.isConnected && window.getSelection()?.isCollapsed !== false)
      pressed.focus({ preventScroll: true })
  }

  const stopListening = listenAll([
    [pane, 'pointerdown', onPointerDown as EventListener, true],
    // Released anywhere, before the click it may make is dispatched.
    [document, 'pointerup', onRelease, true],
    [document, 'pointercancel', putBack, true],
    [window, 'blur', putBack]
  ])
  return () => {
    putBack()
    stopListening()
  }
}
