import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from './app-protocol'
import { isAllowedRequest, isTrustedSender, isTrustedUrl, trustedOrigins } from './trust'

const built = trustedOrigins(undefined)

describe('what the app trusts', () => {
  it('trusts only its own origin in a build, and the dev server only in dev', () => {
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`, built)).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/', built)).toBe(false)
    const dev = trustedOrigins('http://localhost:5173')
    expect(isTrustedUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedUrl('file:///etc/passwd', built)).toBe(false)
    expect(isTrustedUrl('app://evil/index.html', built)).toBe(false)
    expect(isTrustedUrl('garbage', built)).toBe(false)
  })

  it('lets no request leave the machine', () => {
    expect(isAllowedRequest(`${APP_ORIGIN}/assets/a.js`, built)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', built)).toBe(true)
    expect(isAllowedRequest('https://www.state.gov/', built)).toBe(false)
    expect(isAllowedRequest('http://127.0.0.1:8080/', built)).toBe(false)
  })

  it('answers IPC only from the main frame of an app window on the app origin', () => {
    const ok = { frameUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true, isAppWindow: true }
    expect(isTrustedSender(ok, built)).toBe(true)
    expect(isTrustedSender({ ...ok, isMainFrame: false }, built)).toBe(false)
    expect(isTrustedSender({ ...ok, isAppWindow: false }, built)).toBe(false)
    expect(isTrustedSender({ ...ok, frameUrl: 'https://example.com/' }, built)).toBe(false)
    expect(isTrustedSender({ ...ok, frameUrl: null }, built)).toBe(false)
  })
})
