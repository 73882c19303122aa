import { useEffect } from 'react'
import { useT } from '../i18n/useT'

const UNDO_MS = 10_000

/** "Deleted. Undo" for a few seconds after a highlight or note is deleted. */
export function UndoToast({
  message,
  onUndo,
  onDone
}: {
  message: string
  onUndo: () => void
  onDone: () => void
}) {
  const t = useT()
  useEffect(() => {
    const timer = setTimeout(onDone, UNDO_MS)
    return () => clearTimeout(timer)
  }, [onDone])
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        {t('undo.button')}
      </button>
    </div>
  )
}
