import { useCallback, useSyncExternalStore } from 'react'

/**
 * One query per media text for the window's life, listened to and read alike. Chromium tells a
 * query's listeners of a change from what *that query* last answered, and only when it next looks
 * (at a frame). Reading through a fresh query let the app show dark from a fresh one while the
 * listened one still held light; when the system turned light again before that frame, the
 * listened one saw no change and said nothing, and the window stayed dark (seen once in CI).
 */
const queries = new Map<string, MediaQueryList>()
function queryFor(media: string): MediaQueryList {
  let query = queries.get(media)
  if (!query) {
    query = window.matchMedia(media)
    queries.set(media, query)
  }
  return query
}

/**
 * Whether a media query matches now, and a change told as it happens. Read through React's
 * external store, which reads it again once it listens: a change between the first read and the
 * listener (the system turning dark, the window narrowing while the app starts) is never missed,
 * as it was in 5 launches of 12.
 */
export function useMediaQuery(media: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const query = queryFor(media)
      query.addEventListener('change', onChange)
      return () => query.removeEventListener('change', onChange)
    },
    [media]
  )
  return useSyncExternalStore(subscribe, () => queryFor(media).matches)
}
