import { describe, expect, it } from 'vitest'
import { parseSource } from './ast'
import { checkCsp, cspProblems } from './csp-check'
import { checkRendererHtml, htmlElements, inlineScriptProblems } from './html-check'

const STRICT = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'"
]

function protocolSource(policy: string, header = true): string {
  return `
    export const CONTENT_SECURITY_POLICY = ${policy}
    const SECURITY_HEADERS = { ${header ? "'Content-Security-Policy': CONTENT_SECURITY_POLICY" : "'X-Frame-Options': 'DENY'"} }
    export const headers = SECURITY_HEADERS
  `
}

describe('the CSP check', () => {
  it('passes a strict policy built with [...].join', () => {
    const source = parseSource(
      'src/main/app-protocol.ts',
      protocolSource(`${JSON.stringify(STRICT)}.join('; ')`)
    )
    const result = checkCsp([source])
    expect(result.findings).toEqual([])
    expect(result.notes.join()).toContain("default-src 'none'; script-src 'self'")
  })

  it.each([
    ["script-src 'self' 'unsafe-inline'", /script-src allows 'unsafe-inline'/],
    ["script-src 'self' 'unsafe-eval'", /script-src allows 'unsafe-eval'/],
    ["style-src 'unsafe-inline'", /style-src allows 'unsafe-inline'/],
    ['img-src *', /img-src has a wildcard/],
    ['connect-src https://*.example.com', /connect-src has a wildcard/],
    ['connect-src https:', /connect-src allows every https: URL/],
    ['script-src data:', /script-src allows data: URLs/]
  ])('catches %s', (directive, expected) => {
    const name = directive.split(' ')[0]
    const policy = [...STRICT.filter((d) => !d.startsWith(`${name} `)), directive].join('; ')
    const problems = cspProblems(policy)
    expect(problems.join('\n')).toMatch(expected)
    expect(problems.join('\n')).not.toMatch(/twice/)
  })

  it('catches a directive given twice, and reads both', () => {
    const problems = cspProblems([...STRICT, "script-src 'unsafe-eval'"].join('; ')).join('\n')
    expect(problems).toMatch(/script-src appears twice/)
    expect(problems).toMatch(/script-src allows 'unsafe-eval'/)
  })

  it('catches a policy with no default-src or a permissive object-src', () => {
    expect(cspProblems("script-src 'self'").join('\n')).toMatch(/no default-src/)
    expect(cspProblems("default-src 'self'").join('\n')).toMatch(/object-src is not 'none'/)
    const selfDefault = STRICT.map((d) => d.replace("default-src 'none'", "default-src 'self'"))
    expect(cspProblems(selfDefault.join('; '))).toEqual(["default-src is not 'none'"])
  })

  it.each(['base-uri', 'form-action', 'frame-ancestors', 'font-src', 'connect-src', 'object-src'])(
    'catches a policy without %s',
    (name) => {
      const policy = STRICT.filter((d) => !d.startsWith(`${name} `)).join('; ')
      expect(cspProblems(policy)).toEqual([expect.stringMatching(new RegExp(`^no ${name}: `))])
    }
  )

  it.each([
    ["script-src 'self' https://cdn.example.com", 'script-src allows https://cdn.example.com'],
    ["style-src 'self' cdn.example.com", 'style-src allows cdn.example.com'],
    ["connect-src 'self' http://127.0.0.1:9222", 'connect-src allows http://127.0.0.1:9222'],
    ["script-src 'self' 'nonce-abc'", "script-src allows 'nonce-abc'"],
    ["script-src 'self' 'strict-dynamic'", "script-src allows 'strict-dynamic'"],
    ['frame-ancestors https://example.org', 'frame-ancestors allows https://example.org'],
    ["base-uri 'self' https://example.org", 'base-uri allows https://example.org'],
    ["form-action 'self' https://example.org", 'form-action allows https://example.org']
  ])('catches a source outside the allowlist: %s', (directive, expected) => {
    const name = directive.split(' ')[0]
    const policy = [...STRICT.filter((d) => !d.startsWith(`${name} `)), directive].join('; ')
    expect(cspProblems(policy)).toEqual([
      `${expected}, which is outside the allowlist ('self', 'none', and data: for images, fonts and media)`
    ])
  })

  it('fails a policy it cannot read, or one that is never sent', () => {
    const computed = parseSource(
      'src/main/app-protocol.ts',
      protocolSource('process.env.CSP ?? ""')
    )
    expect(
      checkCsp([computed])
        .findings.map((f) => f.message)
        .join()
    ).toMatch(/not a string known statically/)
    const unsent = parseSource(
      'src/main/app-protocol.ts',
      protocolSource(`"default-src 'none'"`, false)
    )
    expect(
      checkCsp([unsent])
        .findings.map((f) => f.message)
        .join()
    ).toMatch(/never sent/)
    expect(checkCsp([]).status).toBe('fail')
  })
})

describe('the renderer HTML check', () => {
  const GOOD = `<!doctype html>
<html><head><title>x</title>
<!-- <script>alert(1)</script> in a comment is not a script -->
</head><body><div id="root"></div>
<script type="module" src="./src/main.tsx"></script></body></html>`

  it('passes a page that only loads scripts by src', () => {
    expect(inlineScriptProblems(GOOD)).toEqual([])
    expect(checkRendererHtml([{ path: 'index.html', text: GOOD }]).status).toBe('pass')
  })

  it.each([
    ['an inline script', '<script>window.x = 1</script>', /inline <script> body/],
    ['a script without src', '<script type="module"></script>', /<script> without src/],
    ['an import map', '<script type="importmap">{"imports":{}}</script>', /inline <script> body/],
    ['an event handler', '<img src=x onerror="alert(1)">', /inline onerror handler on <img>/],
    ['an upper-case handler', '<BODY ONLOAD=go()>', /inline onload handler on <body>/],
    ['a javascript: URL', '<a href=" javascript:alert(1)">x</a>', /javascript: URL in href/]
  ])('catches %s', (_name, html, expected) => {
    const page = GOOD.replace('<div id="root"></div>', html)
    const result = checkRendererHtml([{ path: 'index.html', text: page }])
    expect(result.status).toBe('fail')
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.message}`).join('\n')).toMatch(
      expected
    )
  })

  it('reads attributes quoted, unquoted and bare', () => {
    const [element] = htmlElements(`<input a="1 2" b='3' c=4 disabled>`)
    expect(Object.fromEntries(element?.attributes ?? [])).toEqual({
      a: '1 2',
      b: '3',
      c: '4',
      disabled: ''
    })
  })

  it('fails when there is no page to check', () => {
    expect(checkRendererHtml([{ path: 'index.html', text: null }]).status).toBe('fail')
  })
})
