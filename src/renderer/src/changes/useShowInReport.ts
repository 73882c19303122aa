import { useLayoutEffect, useRef, type RefObject } from 'react'

type Place = { paragraphId?: string; sectionId?: string }

/**
 * Where the reading pane goes as "What changed" opens and closes: to the view when it opens; back
 * to where the reader was when it is closed, or to a change's place in the report ("Show in the
 * report"), whose section heading then has the focus.
 */
export function useShowInReport(
  scrollRef: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  /** Closes the view, showing its changes in the text. */
  closeShowingInText: () => void
) {
  const before = useRef(0)
  const pending = useRef<Place | 'back' | null>(null)

  useLayoutEffect(() => {
    const pane = scrollRef.current
    if (!pane) return
    if (open) {
      before.current = pane.scrollTop
      const view = pane.querySelector<HTMLElement>('.what-changed')
      // Its bar sticks below the pane's padding: the view's top goes there too.
      const padding = Number.parseFloat(getComputedStyle(pane).paddingTop) || 0
      if (view) {
        pane.scrollTop +=
          view.getBoundingClientRect().top - pane.getBoundingClientRect().top - padding
      }
      return
    }
    const place = pending.current
    pending.current = null
    if (place === 'back') pane.scrollTop = before.current
    else if (place) {
      const target = document.getElementById(place.paragraphId ?? place.sectionId ?? '')
      if (!target) return
      pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16
      const section = target.closest('section')
      section?.querySelector<HTMLElement>('h2[tabindex]')?.focus({ preventScroll: true })
    }
  }, [open, scrollRef])

  return {
    back: () => {
      pending.current = 'back'
      close()
      // Focus goes back to the text, not to nowhere.
      scrollRef.current?.focus({ preventScroll: true })
    },
    goTo: (place: Place) => {
      pending.current = place
      closeShowingInText()
    }
  }
}
