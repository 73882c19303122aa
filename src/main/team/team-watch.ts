import { watch, type FSWatcher } from 'node:fs'

/** How often the folder is looked at when no change is reported (network drives report none). */
export const DEFAULT_POLL_MS = 5000

/**
 * Calls `onChange` when the folder may have changed: at once (debounced) when the system reports a
 * change (fs.watch), and every `pollMs` in any case, because fs.watch says nothing on many network
 * drives and stops when the folder goes away. A watch that fails is tried again at the next poll,
 * so a folder that comes back (a USB stick put back in) is watched again.
 */
export function watchTeamFolder(
  folder: string,
  onChange: () => void,
  { pollMs = DEFAULT_POLL_MS, debounceMs = 150 }: { pollMs?: number; debounceMs?: number } = {}
): { close: () => void; rewatch: () => void } {
  let watcher: FSWatcher | null = null
  let pending: NodeJS.Timeout | null = null
  let closed = false
  const soon = () => {
    if (pending || closed) return
    pending = setTimeout(() => {
      pending = null
      if (!closed) onChange()
    }, debounceMs)
  }
  const startWatch = () => {
    if (watcher || closed) return
    try {
      watcher = watch(folder, { persistent: false }, soon)
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
      })
    } catch {
      watcher = null // not there now: the poll goes on, and tries again
    }
  }
  startWatch()
  const poll = setInterval(() => {
    startWatch()
    onChange()
  }, pollMs)
  poll.unref()
  return {
    /** Watches afresh: the folder came back (a watch on the old one sees nothing more). */
    rewatch: () => {
      watcher?.close()
      watcher = null
      startWatch()
    },
    close: () => {
      closed = true
      clearInterval(poll)
      if (pending) clearTimeout(pending)
      watcher?.close()
    }
  }
}
