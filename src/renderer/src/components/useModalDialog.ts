import { useEffect, useRef } from 'react'

/**
 * Opens a <dialog> as modal when it mounts, and when it unmounts gives focus back to whatever had
 * it before (React removes the element rather than calling close(), which would not restore it).
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true })
    }
  }, [])
  return ref
}
