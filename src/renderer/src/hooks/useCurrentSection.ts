import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/** How far below the top of the pane a heading may sit and still count as "being read". */
const READING_LINE_PX = 96

/**
 * The section the reader is in: the last one whose top has passed the reading line, recomputed
 * on scroll (once per frame) so the table of contents follows the reader. A section chosen in the
 * table of contents stays current until the reader scrolls away from it, also near the end of the
 * report where its heading cannot reach the top.
 */
export function useCurrentSection(
  scrollRef: RefObject<HTMLElement | null>,
  sectionIds: string[]
): { currentSectionId: string | null; goToSection: (id: string) => void } {
  const [current, setCurrent] = useState<string | null>(sectionIds[0] ?? null)
  const pinned = useRef<{ id: string; scrollTop: number } | null>(null)
  const key = sectionIds.join('\n')

  useEffect(() => {
    const pane = scrollRef.current
    if (!pane) return
    const ids = key.split('\n')
    pinned.current = null
    let frame = 0
    const update = () => {
      frame = 0
      if (pinned.current && Math.abs(pane.scrollTop - pinned.current.scrollTop) < 4) return
      pinned.current = null
      const paneTop = pane.getBoundingClientRect().top
      let found = ids[0] ?? null
      for (const id of ids) {
        const element = document.getElementById(id)
        if (!element) continue
        if (element.getBoundingClientRect().top - paneTop <= READING_LINE_PX) found = id
        else break
      }
      // At the very bottom the last sections may never reach the reading line.
      const atBottom =
        pane.scrollTop > 0 && pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2
      setCurrent(atBottom ? (ids[ids.length - 1] ?? found) : found)
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
    pane.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      pane.removeEventListener('scroll', onScroll)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [scrollRef, key])

  const goToSection = useCallback(
    (id: string) => {
      const pane = scrollRef.current
      const heading = document.getElementById(`${id}-heading`)
      if (!pane || !heading) return
      heading.scrollIntoView({ block: 'start' })
      // Move focus with the view so keyboard and screen-reader users continue from the section.
      heading.focus({ preventScroll: true })
      pinned.current = { id, scrollTop: pane.scrollTop }
      setCurrent(id)
    },
    [scrollRef]
  )

  return { currentSectionId: current, goToSection }
}
