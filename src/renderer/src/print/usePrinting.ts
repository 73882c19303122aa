import { useCallback, useRef, useState } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import { useT } from '../i18n/useT'

export type PrintAction = 'print' | 'export-pdf'

/** On <html> while main prints or makes a PDF; print.css lays the page out from them. */
export const PRINTING_CLASS = 'printing'
export const WITH_NOTES_CLASS = 'print-with-notes'

/**
 * Print and PDF export: a dialog to choose whether the reader's highlights and notes print, then
 * the html classes for print.css, the call to main, and the classes off again. One at a time:
 * Ctrl/Cmd+P and the menu may both ask.
 */
export function usePrinting(
  api: ReaderApi,
  onProblem: (message: string) => void,
  onToast: (message: string) => void
) {
  const t = useT()
  const [dialog, setDialog] = useState<PrintAction | null>(null)
  const [withNotes, setWithNotes] = useState(false)
  const busy = useRef(false)

  const open = useCallback((action: PrintAction) => {
    if (!busy.current) setDialog(action)
  }, [])

  const run = useCallback(
    async (action: PrintAction) => {
      if (busy.current) return
      busy.current = true
      setDialog(null)
      const root = document.documentElement
      root.classList.add(PRINTING_CLASS)
      root.classList.toggle(WITH_NOTES_CLASS, withNotes)
      // Let the dialog close and the page settle before it is printed.
      await new Promise((resolve) => requestAnimationFrame(resolve))
      try {
        if (action === 'print') {
          await api.printReport({ withNotes })
        } else {
          const result = await api.exportPdf({ withNotes })
          if (result.status === 'saved') onToast(t('print.saved', { path: result.path }))
        }
      } catch (error) {
        onProblem((error as Error).message)
      } finally {
        root.classList.remove(PRINTING_CLASS, WITH_NOTES_CLASS)
        busy.current = false
      }
    },
    [api, onProblem, onToast, withNotes, t]
  )

  return {
    dialog,
    withNotes,
    setWithNotes,
    open,
    run: (action: PrintAction) => void run(action),
    close: () => setDialog(null)
  }
}
