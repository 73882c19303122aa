import { useEffect, type ReactNode } from 'react'
import { useT } from '../i18n/useT'

/** A message that goes away by itself ("PDF saved: …"), announced when it appears. */
export interface Toast {
  id: number
  message: string
}

export const TOAST_MS = 6_000

/** Transient messages, bottom centre, each gone after a few seconds or when closed. */
export function Toasts({
  toasts,
  onDismiss
}: {
  toasts: Toast[]
  onDismiss: (id: number) => void
}) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
      ))}
    </div>
  )
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useT()
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), TOAST_MS)
    return () => clearTimeout(timer)
  }, [toast.id, onDismiss])
  return (
    <p className="toast">
      <span>{toast.message}</span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('messages.close')}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </p>
  )
}

/**
 * Problems the reader must see and act on (a file that could not be saved or read): one banner
 * above the text, however many there are, dismissed at once. It stands in the message area
 * (MessageArea), with the notes' save state.
 */
export function ProblemBanner({
  problems,
  onDismiss
}: {
  problems: string[]
  onDismiss: () => void
}) {
  const t = useT()
  if (problems.length === 0) return null
  return (
    <div className="message problem-banner" role="alert">
      {problems.length === 1 ? (
        <p>{problems[0]}</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>
        {t('messages.dismiss')}
      </button>
    </div>
  )
}

/**
 * Where what must be seen stands: one area between the toolbar and the text, its messages one
 * under the other (never drawn over each other or over the text), scrolled when they are many.
 */
export function MessageArea({ children }: { children: ReactNode }) {
  return <div className="message-area">{children}</div>
}
