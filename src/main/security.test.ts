import { EventEmitter } from 'node:events'
import type { App, Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol'
import { lockDownWebContents } from './security'
import { trustedOrigins } from './trust'

// Electron's session and web contents, reduced to what lockDownWebContents touches: each fake
// records the handler it is given, so the test can call it the way Electron would.
type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type Permission = Parameters<RequestHandler>[1]
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void
) => void
type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0]

const fakeSession = vi.hoisted(() => ({
  requestHandler: null as unknown,
  checkHandler: null as unknown,
  beforeRequest: null as unknown
}))

vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: unknown) => (fakeSession.requestHandler = handler),
      setPermissionCheckHandler: (handler: unknown) => (fakeSession.checkHandler = handler),
      webRequest: {
        onBeforeRequest: (listener: unknown) => (fakeSession.beforeRequest = listener)
      }
    }
  }
}))

/** Every permission Electron 45 can ask about; the Record makes typecheck fail when one is added. */
const EVERY_PERMISSION: Record<Permission, true> = {
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true
}
const permissions = Object.keys(EVERY_PERMISSION) as Permission[]

/** A web contents as far as the lockdown sees it: events, and the window-open handler. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
}

function fakeEvent() {
  return { preventDefault: vi.fn() }
}

let app: EventEmitter

beforeEach(() => {
  fakeSession.requestHandler = null
  fakeSession.checkHandler = null
  fakeSession.beforeRequest = null
  app = new EventEmitter()
  lockDownWebContents(app as unknown as App, trustedOrigins(undefined))
})

/** A web contents created after the lockdown, as Electron announces it. */
function createdContents(): FakeWebContents {
  const contents = new FakeWebContents()
  app.emit('web-contents-created', fakeEvent(), contents)
  return contents
}

function cancelled(url: string): boolean | undefined {
  const listener = fakeSession.beforeRequest as BeforeRequestListener
  let answer: { cancel?: boolean } | undefined
  listener({ url }, (response) => (answer = response))
  expect(answer, `onBeforeRequest answered for ${url}`).toBeDefined()
  return answer?.cancel
}

describe('lockDownWebContents: permissions', () => {
  const CLIPBOARD_WRITE: Permission = 'clipboard-sanitized-write'
  const refused = permissions.filter((p) => p !== CLIPBOARD_WRITE)
  const request = (permission: Permission, requestingUrl: string, isMainFrame = true) => {
    const handler = fakeSession.requestHandler as RequestHandler
    expect(handler).toBeTypeOf('function')
    const callback = vi.fn()
    handler({} as WebContents, permission, callback, {
      requestingUrl,
      isMainFrame
    } as Parameters<RequestHandler>[3])
    expect(callback).toHaveBeenCalledTimes(1)
    return callback.mock.calls[0]?.[0] as boolean
  }
  const check = (permission: Permission, origin: string, isMainFrame = true) => {
    const handler = fakeSession.checkHandler as CheckHandler
    expect(handler).toBeTypeOf('function')
    const details = { requestingUrl: origin, isMainFrame } as Parameters<CheckHandler>[3]
    const answer = handler({} as WebContents, permission, origin, details)
    // Electron may ask without a web contents: the answer must not depend on it.
    expect(handler(null, permission, origin, details)).toBe(answer)
    return answer
  }

  it.each(refused)('denies a request for %s, from the app and from anywhere else', (name) => {
    for (const origin of [APP_ENTRY_URL, 'https://example.com/']) {
      expect(request(name, origin)).toBe(false)
    }
  })

  it.each(refused)('answers a check for %s with false', (name) => {
    for (const origin of [APP_ORIGIN, 'https://example.com']) {
      expect(check(name, origin)).toBe(false)
    }
  })

  it('lets the app’s own page write text to the clipboard (Copy with citation), and no one else', () => {
    expect(request(CLIPBOARD_WRITE, APP_ENTRY_URL)).toBe(true)
    expect(check(CLIPBOARD_WRITE, APP_ORIGIN)).toBe(true)
    for (const origin of ['https://example.com/', 'app://evil/index.html', 'file:///tmp/x.html']) {
      expect(request(CLIPBOARD_WRITE, origin), origin).toBe(false)
      expect(check(CLIPBOARD_WRITE, origin), origin).toBe(false)
    }
    // Not from a frame inside the page, nor to read what is on the clipboard.
    expect(request(CLIPBOARD_WRITE, APP_ENTRY_URL, false)).toBe(false)
    expect(check(CLIPBOARD_WRITE, APP_ORIGIN, false)).toBe(false)
    expect(request('clipboard-read', APP_ENTRY_URL)).toBe(false)
    expect(check('clipboard-read', APP_ORIGIN)).toBe(false)
  })
})

describe('lockDownWebContents: requests', () => {
  it.each([
    'https://example.com/',
    'https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/',
    'http://example.com/tracker.gif',
    'http://127.0.0.1:8080/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'ws://127.0.0.1:9222/devtools/browser',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'app://evil/index.html',
    'app://reader.example.com/index.html',
    'chrome://settings/',
    'not a url'
  ])('cancels a request to %s', (url) => {
    expect(cancelled(url)).toBe(true)
  })

  it.each([
    APP_ENTRY_URL,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/assets/index.js`,
    'devtools://devtools/bundled/devtools_app.html'
  ])('lets %s through', (url) => {
    expect(cancelled(url)).toBe(false)
  })
})

describe('lockDownWebContents: every web contents created later', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'about:blank'
  ])('prevents will-navigate and will-redirect to %s', (url) => {
    const contents = createdContents()
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent()
      contents.emit(eventName, event, url)
      expect(event.preventDefault, `${eventName} ${url}`).toHaveBeenCalled()
    }
  })

  it.each([APP_ENTRY_URL, `${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html#overview`])(
    'lets will-navigate and will-redirect to %s go ahead',
    (url) => {
      const contents = createdContents()
      for (const eventName of ['will-navigate', 'will-redirect']) {
        const event = fakeEvent()
        contents.emit(eventName, event, url)
        expect(event.preventDefault, `${eventName} ${url}`).not.toHaveBeenCalled()
      }
    }
  )

  /** Electron's will-frame-navigate: one event object with the URL, the frame kind and preventDefault. */
  function frameNavigation(contents: FakeWebContents, url: string, isMainFrame: boolean) {
    const event = { url, isMainFrame, isSameDocument: false, frame: null, preventDefault: vi.fn() }
    contents.emit('will-frame-navigate', event)
    return event.preventDefault
  }

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'about:blank',
    APP_ENTRY_URL,
    `${APP_ORIGIN}/index.html#overview`
  ])('prevents every sub-frame navigation, to the app or not: %s', (url) => {
    expect(frameNavigation(createdContents(), url, false)).toHaveBeenCalled()
  })

  it('prevents will-frame-navigate of the main frame away from the app, as will-navigate does', () => {
    const contents = createdContents()
    expect(frameNavigation(contents, 'https://example.com/', true)).toHaveBeenCalled()
    expect(frameNavigation(contents, 'about:blank', true)).toHaveBeenCalled()
    expect(frameNavigation(contents, APP_ENTRY_URL, true)).not.toHaveBeenCalled()
  })

  it('prevents attaching a webview', () => {
    const contents = createdContents()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, {}, { src: APP_ENTRY_URL })
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    APP_ENTRY_URL,
    `${APP_ORIGIN}/other.html`,
    'about:blank',
    ''
  ])('denies opening a window for %j', (url) => {
    const contents = createdContents()
    const handler = contents.windowOpenHandler
    expect(handler).toBeTypeOf('function')
    const details = {
      url,
      frameName: '_blank',
      features: '',
      disposition: 'new-window',
      referrer: { url: APP_ENTRY_URL, policy: 'strict-origin-when-cross-origin' }
    } as unknown as Parameters<WindowOpenHandler>[0]
    expect(handler?.(details)).toEqual({ action: 'deny' })
  })

  it('locks down each web contents, not only the first one', () => {
    const first = createdContents()
    const second = createdContents()
    for (const contents of [first, second]) {
      const event = fakeEvent()
      contents.emit('will-navigate', event, 'https://example.com/')
      expect(event.preventDefault).toHaveBeenCalled()
      expect(contents.windowOpenHandler).toBeTypeOf('function')
      expect(contents.listenerCount('will-attach-webview')).toBe(1)
      expect(contents.listenerCount('will-frame-navigate')).toBe(1)
    }
  })
})
