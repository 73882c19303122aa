import { useSyncExternalStore } from 'react'
import type { TransferMessage } from '../../../shared/annotations/transfer-messages'

/**
 * The notes panel's export/import message line, owned by the transfer itself: an import of
 * 20,000 notes says how far it got some 40 times, and each of those redraws only this line,
 * not the reader around it (the report's text, the sidebar, the toolbar).
 */
export interface TransferStatus {
  get: () => TransferMessage | null
  set: (message: TransferMessage | null) => void
  subscribe: (listener: () => void) => () => void
}

export function createTransferStatus(): TransferStatus {
  let current: TransferMessage | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set: (message) => {
      current = message
      for (const listener of listeners) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** The message on screen now; the component that calls this redraws when it changes. */
export function useTransferMessage(status: TransferStatus): TransferMessage | null {
  return useSyncExternalStore(status.subscribe, status.get)
}
