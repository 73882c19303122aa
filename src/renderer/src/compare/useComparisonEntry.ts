import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { SectionComparisonState } from './useSectionComparison'

/**
 * Going into the comparison and out of it. Going in remembers where the reader was (how far the
 * report was scrolled, and what had focus); leaving puts both back, so the reader continues where
 * they left off. "Read in the report" leaves for a column's report, at its section.
 */
export function useComparisonEntry({
  comparison,
  scrollRef,
  reportId,
  onSwitchReport,
  goToSection
}: {
  comparison: SectionComparisonState
  /** The report's own pane, hidden (not scrolled) while the comparison is on screen. */
  scrollRef: RefObject<HTMLElement | null>
  reportId: string
  onSwitchReport: (reportId: string) => Promise<void>
  goToSection: (sectionId: string) => void
}) {
  const { open, close, active } = comparison
  const before = useRef<{ scrollTop: number; focus: HTMLElement | null } | null>(null)
  const restoring = useRef(false)
  const [readAt, setReadAt] = useState<{ reportId: string; sectionId: string } | null>(null)

  const enter = useCallback(
    (sectionId: string) => {
      if (!active) {
        const focused = document.activeElement
        before.current = {
          scrollTop: scrollRef.current?.scrollTop ?? 0,
          focus: focused instanceof HTMLElement ? focused : null
        }
      }
      open(sectionId)
    },
    [active, open, scrollRef]
  )

  const leave = useCallback(() => {
    if (!active) return
    restoring.current = true
    close()
  }, [active, close])

  // Once the report's pane is shown again: where it was scrolled to, and focus where it was.
  useLayoutEffect(() => {
    if (!restoring.current || active) return
    restoring.current = false
    const saved = before.current
    before.current = null
    if (!saved || readAt) return
    if (scrollRef.current) scrollRef.current.scrollTop = saved.scrollTop
    // The button it was opened from, or the text when that is out of sight (a closed sidebar).
    const focus = saved.focus?.checkVisibility() ? saved.focus : scrollRef.current
    focus?.focus({ preventScroll: true })
  }, [active, readAt, scrollRef])

  const read = useCallback(
    (target: string, sectionId: string) => {
      setReadAt({ reportId: target, sectionId })
      leave()
      if (target !== reportId) void onSwitchReport(target)
    },
    [leave, reportId, onSwitchReport]
  )

  // Once that report is on screen: its section, with focus on the heading.
  useEffect(() => {
    if (!readAt || active || readAt.reportId !== reportId) return
    const frame = requestAnimationFrame(() => {
      goToSection(readAt.sectionId)
      setReadAt(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [readAt, active, reportId, goToSection])

  return { enter, leave, read }
}
