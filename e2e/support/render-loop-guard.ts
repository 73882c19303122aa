/**
 * Catches render loops: React committing again and again without the page ever getting back to
 * its event loop. A drag that selected only a space once froze the reader that way (a render that
 * told the user something, which scheduled another render). A loop like that never yields, so the
 * page cannot be asked afterwards; the guard says so on the console the moment it sees one, and the
 * e2e fixture fails the spec on that message.
 *
 * It counts commits, not time, so a slow machine cannot trip it. It listens where React DevTools
 * does: production React reports every commit to `__REACT_DEVTOOLS_GLOBAL_HOOK__` when one exists.
 */

/** What the guard writes to the console when it sees a loop; the fixture looks for this. */
export const RENDER_LOOP_MESSAGE = 'Render loop:'

/**
 * More commits than this without returning to the event loop is a loop. A user action causes one
 * or two (an update, then what its effects set); initial loading a handful.
 */
export const COMMITS_PER_TASK_LIMIT = 50

/** Runs in the page before any of its scripts (Playwright's addInitScript). */
export function installRenderLoopGuard({
  limit,
  message
}: {
  limit: number
  message: string
}): void {
  let commits = 0
  let turnPending = false
  let reported = false
  // A message posted to ourselves arrives in a later task: only then has the event loop turned.
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    commits = 0
    turnPending = false
  }
  const noop = () => undefined
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: noop,
      onScheduleFiberRoot: noop,
      onCommitFiberUnmount: noop,
      onPostCommitFiberRoot: noop,
      onCommitFiberRoot: () => {
        commits += 1
        if (!turnPending) {
          turnPending = true
          channel.port2.postMessage(null)
        }
        if (commits > limit && !reported) {
          reported = true
          console.error(
            `${message} React committed ${commits} times without returning to the event loop. ` +
              'Something rendered sets state on every render.'
          )
        }
      }
    }
  })
}
