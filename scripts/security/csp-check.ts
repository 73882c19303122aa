import ts from 'typescript'
import { allNodes, at, lineOf, propertyName, staticString, unwrap, type Source } from './ast'
import { resultOf, type CheckResult, type Finding } from './types'

export const CSP_CONSTANT = 'CONTENT_SECURITY_POLICY'

/** Sources no directive may list: they let script or content in from outside the app. */
const UNSAFE_KEYWORD = /^'unsafe-|^'wasm-unsafe-eval'$/i
const BROAD_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'blob:', 'filesystem:'])
/** data: is fine for passive content only. */
const DATA_ALLOWED_IN = new Set(['img-src', 'font-src', 'media-src'])
/** The only sources any directive may list (plus data: where passive): nothing from outside. */
const ALLOWED_SOURCES = new Set(["'self'", "'none'"])

/**
 * Directives the policy must write out, and why: a missing fetch directive falls back to
 * default-src, but base-uri, form-action and frame-ancestors do not fall back at all.
 */
export const REQUIRED_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': 'anything not listed is allowed',
  'script-src': 'write out where script may come from',
  'style-src': 'write out where styles may come from',
  'img-src': 'write out where images may come from',
  'font-src': 'write out where fonts may come from',
  'connect-src': 'write out where the page may connect',
  'object-src': 'plugins would fall back to default-src',
  'base-uri':
    'a <base> tag could send every relative URL elsewhere (it does not fall back to default-src)',
  'form-action':
    'a form could send what is typed into it anywhere (it does not fall back to default-src)',
  'frame-ancestors': 'another page could frame the app (it does not fall back to default-src)'
}
/** Directives whose only allowed source is 'none'. */
const NONE_ONLY = new Set(['default-src', 'object-src'])

/**
 * Problems with a CSP string: a required directive missing, 'unsafe-*' keywords, wildcards,
 * whole-scheme sources, data: for anything active, any source outside the allowlist ('self',
 * 'none'), and default-src or object-src that is not 'none'.
 */
export function cspProblems(policy: string): string[] {
  const problems: string[] = []
  const directives = new Map<string, string[]>()
  const all: [string, string[]][] = []
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean)
    if (!name) continue
    const key = name.toLowerCase()
    all.push([key, sources])
    if (directives.has(key)) problems.push(`${key} appears twice (browsers ignore the second)`)
    else directives.set(key, sources)
  }
  for (const [name, why] of Object.entries(REQUIRED_DIRECTIVES)) {
    if (!directives.has(name)) problems.push(`no ${name}: ${why}`)
  }
  // Every occurrence is read, ignored duplicates too: they show what someone meant to allow.
  for (const [name, sources] of all) {
    for (const source of sources) {
      const lower = source.toLowerCase()
      if (UNSAFE_KEYWORD.test(lower)) problems.push(`${name} allows ${source}`)
      else if (lower.includes('*')) problems.push(`${name} has a wildcard source ${source}`)
      else if (BROAD_SCHEMES.has(lower)) problems.push(`${name} allows every ${source} URL`)
      else if (lower === 'data:') {
        if (!DATA_ALLOWED_IN.has(name)) problems.push(`${name} allows data: URLs`)
      } else if (!ALLOWED_SOURCES.has(lower)) {
        problems.push(
          `${name} allows ${source}, which is outside the allowlist ('self', 'none', and data: for images, fonts and media)`
        )
      }
    }
  }
  for (const name of NONE_ONLY) {
    const sources =
      directives.get(name) ?? (name === 'default-src' ? undefined : directives.get('default-src'))
    if (sources && sources.join(' ') !== "'none'") problems.push(`${name} is not 'none'`)
  }
  return problems
}

/** The CSP constant in src/main: one declaration, statically known, strict, and sent as a header. */
export function checkCsp(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const notes: string[] = []
  const declarations = main.flatMap((source) =>
    allNodes(source.file)
      .filter(
        (node): node is ts.VariableDeclaration =>
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === CSP_CONSTANT
      )
      .map((declaration) => ({ source, declaration }))
  )
  if (declarations.length !== 1) {
    findings.push({
      message: `expected one ${CSP_CONSTANT} declaration in src/main, found ${declarations.length}`
    })
  }
  for (const { source, declaration } of declarations) {
    const policy = declaration.initializer && staticString(declaration.initializer, source)
    if (policy === undefined) {
      findings.push(at(source, declaration, `${CSP_CONSTANT} is not a string known statically`))
      continue
    }
    notes.push(`${source.path}:${lineOf(source, declaration)}: ${policy}`)
    for (const problem of cspProblems(policy)) findings.push(at(source, declaration, problem))
  }
  // The constant must be what the protocol handler sends.
  const sent = main.some((source) =>
    allNodes(source.file).some(
      (node) =>
        ts.isPropertyAssignment(node) &&
        propertyName(node.name)?.toLowerCase() === 'content-security-policy' &&
        ts.isIdentifier(unwrap(node.initializer)) &&
        (unwrap(node.initializer) as ts.Identifier).text === CSP_CONSTANT
    )
  )
  if (!sent) {
    findings.push({
      message: `no 'Content-Security-Policy': ${CSP_CONSTANT} header in src/main: the policy is never sent`
    })
  }
  return resultOf(
    'csp',
    'a strict Content-Security-Policy on every response (checklist 7)',
    findings,
    notes
  )
}
