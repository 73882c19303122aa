import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The app's own origin. The renderer is served from this privileged custom scheme instead of
 * file://, so it gets a real origin for the CSP and cannot read arbitrary files.
 * No Electron imports: the e2e harness serves the renderer through this same code.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'reader'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * No inline script, no eval, nothing from outside the app's own origin, no plugins, no framing.
 * `style-src 'self'` still lets React set `style` properties through the CSSOM.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

export type AppRequestTarget =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string }

/** Maps a request for the app origin to a file under `rootDir`, refusing anything outside it. */
export function resolveAppRequest(
  rootDir: string,
  requestUrl: string,
  method = 'GET',
  expectedOrigin = APP_ORIGIN
): AppRequestTarget {
  if (method !== 'GET' && method !== 'HEAD') {
    return { kind: 'refused', status: 405, reason: `method ${method} is not allowed` }
  }
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' }
  }
  // Built by hand: Node's URL reports origin 'null' for app://.
  const origin = `${url.protocol}//${url.host}`
  if (origin !== expectedOrigin) {
    return { kind: 'refused', status: 403, reason: `unknown origin ${origin}` }
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed path encoding' }
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { kind: 'refused', status: 400, reason: 'invalid characters in path' }
  }
  const root = resolve(rootDir)
  const target = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname))
  const inside = relative(root, target)
  if (
    inside === '' ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    inside.split(sep).includes('..')
  ) {
    return { kind: 'refused', status: 403, reason: 'path leaves the app folder' }
  }
  const contentType = CONTENT_TYPES[extname(target).toLowerCase()]
  if (!contentType) return { kind: 'refused', status: 404, reason: 'unknown file type' }
  return { kind: 'file', path: target, contentType }
}

export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array | string
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store'
}

/** Resolves and reads a request; every answer, errors included, carries the CSP. */
export async function serveAppRequest(
  rootDir: string,
  requestUrl: string,
  method = 'GET',
  expectedOrigin = APP_ORIGIN
): Promise<AppResponse> {
  const target = resolveAppRequest(rootDir, requestUrl, method, expectedOrigin)
  const textHeaders = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }
  if (target.kind === 'refused') {
    return { status: target.status, headers: textHeaders, body: `Refused: ${target.reason}` }
  }
  try {
    const body = await readFile(target.path)
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': target.contentType },
      body
    }
  } catch {
    return { status: 404, headers: textHeaders, body: 'Not found' }
  }
}
