import type { ReactNode } from 'react'
import { useModalDialog } from './useModalDialog'

/**
 * A modal <dialog>: opened on mount (focus trapped inside), Esc asks the owner to close it, and
 * focus goes back where it was when it closes. Every dialog of the app is one of these.
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  onClose,
  children
}: {
  className: string
  /** Id of the heading that names the dialog. */
  labelledBy: string
  describedBy?: string
  onClose: () => void
  children: ReactNode
}) {
  const ref = useModalDialog()
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {children}
    </dialog>
  )
}
