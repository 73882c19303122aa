import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-protocol'
import { handleAppScheme, registerAppScheme } from './protocol'

// Electron's protocol module reduced to what protocol.ts calls: the fake keeps what it is given.
const fakeProtocol = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, unknown>()
}))

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fakeProtocol.privileged.push(...schemes),
    handle: (scheme: string, handler: unknown) => fakeProtocol.handlers.set(scheme, handler)
  }
}))

type Handler = (request: Request) => Promise<Response>

let root: string

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'reader-scheme-'))
  root = join(base, 'renderer')
  mkdirSync(root)
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(base, 'secret.json'), '{"token":"x"}')
})

beforeEach(() => {
  fakeProtocol.privileged.length = 0
  fakeProtocol.handlers.clear()
})

describe('the app:// scheme in Electron', () => {
  it('is privileged as a standard, secure origin, without bypassing the CSP', () => {
    registerAppScheme()
    expect(fakeProtocol.privileged).toEqual([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  it('serves the renderer through the guarded resolver, with the CSP', async () => {
    handleAppScheme(root)
    const handler = fakeProtocol.handlers.get(APP_SCHEME) as Handler
    const page = await handler(new Request(`${APP_ORIGIN}/index.html`))
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>app</title>')

    for (const url of [`${APP_ORIGIN}/%2e%2e/secret.json`, 'app://other/index.html']) {
      const refused = await handler(new Request(url))
      expect(refused.status, url).toBeGreaterThanOrEqual(400)
      expect(await refused.text(), url).not.toContain('token')
      expect(refused.headers.get('Content-Security-Policy'), url).toBe(CONTENT_SECURITY_POLICY)
    }
    const post = await handler(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST' }))
    expect(post.status).toBe(405)
  })
})
