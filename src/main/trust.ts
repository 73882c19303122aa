import { APP_ORIGIN } from './app-protocol'

/**
 * Who and what the app trusts, as pure functions (no Electron) so they are unit-tested directly.
 * Origins the app's windows may show: only the app's own scheme in a build; electron-vite's dev
 * server is added when running `npm run dev`.
 */
export function trustedOrigins(devServerUrl: string | undefined): Set<string> {
  const origins = new Set([APP_ORIGIN])
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null
  if (devOrigin) {
    origins.add(devOrigin)
    // Vite's hot reload talks to the dev server over a WebSocket.
    origins.add(devOrigin.replace(/^http/, 'ws'))
  }
  return origins
}

/**
 * `scheme://host[:port]` of a URL, or null. Node's URL gives `origin === 'null'` for schemes it
 * does not know (like app://), though Chromium treats app:// as a standard origin; so build it.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

export function isTrustedUrl(url: string, origins: Set<string>): boolean {
  const origin = originOf(url)
  return origin !== null && origins.has(origin)
}

/** Devtools and the app's own origins are all any request may reach: the app is offline. */
export function isAllowedRequest(url: string, origins: Set<string>): boolean {
  return url.startsWith('devtools://') || isTrustedUrl(url, origins)
}

export interface IpcSender {
  /** URL of the frame that sent the call; null when the frame is gone. */
  frameUrl: string | null
  isMainFrame: boolean
  /** The web contents belongs to a window the app created. */
  isAppWindow: boolean
}

/** Checklist item 17: answer only the main frame of an app window showing the app's origin. */
export function isTrustedSender(sender: IpcSender, origins: Set<string>): boolean {
  return (
    sender.frameUrl !== null &&
    sender.isMainFrame &&
    sender.isAppWindow &&
    isTrustedUrl(sender.frameUrl, origins)
  )
}
