import { useEffect, useRef, useState, type RefObject } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport } from '../../../shared/report-model'

const SAVE_AFTER_MS = 800

/**
 * Remembers where the reader is in each report (the first paragraph at the top of the view),
 * reopens there, and reports progress through the report as a percentage.
 */
export function useReadingPosition(
  api: ReaderApi,
  report: ProcessedReport,
  scrollRef: RefObject<HTMLElement | null>,
  saved: Record<string, string>,
  onNotice: (message: string) => void
): number {
  const [progress, setProgress] = useState(0)
  const positions = useRef(saved)
  const failureTold = useRef(false)

  // Reopen at the remembered paragraph of this report.
  useEffect(() => {
    const pane = scrollRef.current
    if (!pane) return
    const paragraphId = positions.current[report.id]
    const paragraph = paragraphId ? document.getElementById(paragraphId) : null
    if (paragraph) {
      pane.scrollTop += paragraph.getBoundingClientRect().top - pane.getBoundingClientRect().top
    } else {
      pane.scrollTo({ top: 0 })
    }
  }, [report, scrollRef])

  useEffect(() => {
    const pane = scrollRef.current
    if (!pane) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onScroll = () => {
      const max = pane.scrollHeight - pane.clientHeight
      setProgress(max <= 0 ? 100 : Math.round((pane.scrollTop / max) * 100))
      clearTimeout(timer)
      timer = setTimeout(() => {
        const top = pane.getBoundingClientRect().top
        const paragraphs = pane.querySelectorAll<HTMLElement>('[data-paragraph]')
        const first = [...paragraphs].find((p) => p.getBoundingClientRect().bottom > top + 8)
        if (!first || positions.current[report.id] === first.id) return
        positions.current = { ...positions.current, [report.id]: first.id }
        // Told once per session: the next scroll saves again anyway.
        api.setReadingPosition(report.id, first.id).catch((error: Error) => {
          if (!failureTold.current) onNotice(error.message)
          failureTold.current = true
        })
      }, SAVE_AFTER_MS)
    }
    onScroll()
    pane.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      pane.removeEventListener('scroll', onScroll)
      clearTimeout(timer)
    }
  }, [api, report, scrollRef, onNotice])

  return progress
}
