import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  resolveAppRequest,
  serveAppRequest
} from './app-protocol'

let root: string

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'reader-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  // A file next to the app folder that traversal would reach.
  writeFileSync(join(base, 'secret.json'), '{"token":"x"}')
})

describe('the app:// protocol', () => {
  it('serves the renderer entry and its assets with the right types and the CSP', async () => {
    const page = await serveAppRequest(root, `${APP_ORIGIN}/`)
    expect(page.status).toBe(200)
    expect(page.headers['Content-Type']).toMatch(/^text\/html/)
    expect(page.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    const script = await serveAppRequest(root, `${APP_ORIGIN}/assets/app.js`)
    expect(script.status).toBe(200)
    expect(script.headers['Content-Type']).toMatch(/^text\/javascript/)
  })

  it.each([
    ['encoded dot segments', `${APP_ORIGIN}/%2e%2e/secret.json`],
    ['an encoded slash', `${APP_ORIGIN}/assets%2f..%2f..%2fsecret.json`],
    ['a backslash', `${APP_ORIGIN}/..%5csecret.json`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.js`],
    ['an absolute path', `${APP_ORIGIN}/%2Fetc%2Fpasswd`]
  ])('refuses path traversal through %s', async (_, url) => {
    const answer = await serveAppRequest(root, url)
    // Refused outright, or normalized by the URL parser into a path inside the folder that does not exist.
    expect([400, 403, 404]).toContain(answer.status)
    expect(String(answer.body)).not.toContain('token')
  })

  it('refuses hosts and schemes other than the app origin', () => {
    expect(resolveAppRequest(root, 'app://other/index.html')).toMatchObject({
      kind: 'refused',
      status: 403
    })
    expect(resolveAppRequest(root, 'https://example.com/index.html')).toMatchObject({
      kind: 'refused',
      status: 403
    })
    expect(resolveAppRequest(root, 'not a url')).toMatchObject({ kind: 'refused', status: 400 })
  })

  it('refuses writes and unknown file types, and answers 404 for missing files', async () => {
    expect(resolveAppRequest(root, `${APP_ORIGIN}/index.html`, 'POST')).toMatchObject({
      status: 405
    })
    expect(resolveAppRequest(root, `${APP_ORIGIN}/tool.exe`)).toMatchObject({ status: 404 })
    expect((await serveAppRequest(root, `${APP_ORIGIN}/missing.js`)).status).toBe(404)
  })

  it('refuses file://, other ports and other schemes on the app host', () => {
    for (const url of [
      'file:///etc/passwd',
      'app://reader:8080/index.html',
      'http://reader/index.html',
      'app://reader.evil/index.html'
    ]) {
      expect(resolveAppRequest(root, url), url).toMatchObject({ kind: 'refused', status: 403 })
    }
  })

  it('sends the CSP and nosniff with every answer, refusals and misses included', async () => {
    for (const url of [
      `${APP_ORIGIN}/index.html`,
      `${APP_ORIGIN}/%2e%2e/secret.json`,
      'app://other/index.html',
      `${APP_ORIGIN}/missing.js`
    ]) {
      const answer = await serveAppRequest(root, url)
      expect(answer.headers['Content-Security-Policy'], url).toBe(CONTENT_SECURITY_POLICY)
      expect(answer.headers['X-Content-Type-Options'], url).toBe('nosniff')
    }
  })

  it('forbids inline script, eval and every outside origin in its CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})
