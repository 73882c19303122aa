/**
 * Adds the listeners and returns the one function that removes them all: a module that listens
 * to several targets during a drag cannot forget one when it is taken down.
 */
export function listenAll(
  listeners: readonly [EventTarget, string, EventListener, (boolean | AddEventListenerOptions)?][]
): () => void {
  for (const [target, type, listener, options] of listeners)
    target.addEventListener(type, listener, options)
  return () => {
    for (const [target, type, listener, options] of listeners)
      target.removeEventListener(type, listener, options)
  }
}
