import { session, type App, type WebContents } from 'electron'
import { isAllowedRequest, isTrustedUrl } from './trust'

/**
 * Electron security checklist items 5, 13 (main and sub-frames), 14 and the "no webview" rule,
 * applied to every web contents the app ever creates, plus a network block so nothing leaves the
 * machine. Item 5 with one reviewed exception, checked by `npm run audit:security`:
 * clipboard-sanitized-write, for the app's own main frame only.
 */
export function lockDownWebContents(app: App, origins: Set<string>): void {
  const ses = session.defaultSession
  // Every permission is refused but one: the app's own page may write text to the clipboard
  // (Copy with citation uses navigator.clipboard.writeText). Reading it stays refused.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      permission === 'clipboard-sanitized-write' &&
        details.isMainFrame &&
        isTrustedUrl(details.requestingUrl, origins)
    )
  )
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      permission === 'clipboard-sanitized-write' &&
      details.isMainFrame &&
      isTrustedUrl(requestingOrigin, origins)
  )
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origins) })
  })

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url, origins)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url, origins)) event.preventDefault()
    })
    // Every frame's navigation, sub-frames included: the app has no frames of its own (its CSP
    // loads none), so a sub-frame may not navigate at all, and the main frame only within the app.
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame || !isTrustedUrl(event.url, origins)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
