import { session, type App, type WebContents } from 'electron'
import { isAllowedRequest, isTrustedUrl } from './trust'

/**
 * Electron security checklist items 5, 13, 14 and the "no webview" rule, applied to every web
 * contents the app ever creates, plus a network block so nothing leaves the machine.
 */
export function lockDownWebContents(app: App, origins: Set<string>): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
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
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
