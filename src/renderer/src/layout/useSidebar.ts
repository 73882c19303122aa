import { useCallback, useRef, useState } from 'react'
import { SIDEBAR_WIDTH, type Layout, type ReaderApi } from '../../../shared/ipc-contract'
import { useMediaQuery } from '../hooks/useMediaQuery'

/** Below this width the sidebar lays over the text instead of taking a column from it. */
export const NARROW_QUERY = '(max-width: 900px)'

const clampWidth = (width: number) =>
  Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)))

const withOverlayOpen =
  (open: boolean) =>
  <T extends { open: boolean }>(overlay: T): T => ({ ...overlay, open })

/**
 * The sidebar (contents, notes, results): open or collapsed and its width, remembered across
 * launches. In a narrow window it lays over the text when opened and closes again when the reader
 * picks something; that opening is not remembered, so a small laptop always starts on the text.
 * There, Escape or a click beside it puts it away (`dismiss`) and gives focus back to what had it
 * when it opened (the toolbar's button, mostly), never to the page.
 */
export function useSidebar(api: ReaderApi, initial: Layout, onProblem: (message: string) => void) {
  const [layout, setLayout] = useState(initial)
  const narrow = useMediaQuery(NARROW_QUERY)
  // The overlay is put away whenever the window crosses the width (React's "state from the
  // previous render": no effect, no extra frame with the overlay still open).
  const [overlay, setOverlay] = useState({ open: false, narrow })
  if (overlay.narrow !== narrow) setOverlay({ open: false, narrow })
  const overlayOpen = overlay.open && overlay.narrow === narrow
  const opener = useRef<HTMLElement | null>(null)

  const save = useCallback(
    (next: Layout) => {
      setLayout(next)
      api.setLayout(next).catch((error: Error) => onProblem(error.message))
    },
    [api, onProblem]
  )

  const setOpen = useCallback(
    (open: boolean) => {
      if (narrow) {
        // What had focus when it opened gets it back when it is dismissed.
        if (!open) opener.current = null
        else if (!opener.current && document.activeElement instanceof HTMLElement)
          opener.current = document.activeElement
        setOverlay(withOverlayOpen(open))
      } else if (open !== layout.sidebarOpen) save({ ...layout, sidebarOpen: open })
    },
    [narrow, layout, save]
  )

  const dismiss = useCallback(() => {
    if (!narrow) return
    setOverlay(withOverlayOpen(false))
    const back = opener.current
    opener.current = null
    if (back?.isConnected) back.focus({ preventScroll: true })
  }, [narrow])

  return {
    open: narrow ? overlayOpen : layout.sidebarOpen,
    narrow,
    width: layout.sidebarWidth,
    setOpen,
    /** While dragging: shown at once, saved when the drag ends (commitWidth). */
    previewWidth: (width: number) => setLayout((l) => ({ ...l, sidebarWidth: clampWidth(width) })),
    commitWidth: (width: number) => save({ ...layout, sidebarWidth: clampWidth(width) }),
    /** In a narrow window, after the reader picked something in the sidebar: back to the text. */
    closeIfOverlay: useCallback(() => {
      opener.current = null
      setOverlay(withOverlayOpen(false))
    }, []),
    /** In a narrow window, Escape or a click beside it: closed, focus back to what opened it. */
    dismiss
  }
}
