import ts from 'typescript'
import { allNodes, at, lineOf, propertyName, staticString, unwrap, type Source } from './ast'
import { resultOf, type CheckResult, type Finding } from './types'

export const CSP_CONSTANT = 'CONTENT_SECURITY_POLICY'

/** Sources no directive may list: they let script or content in from outside the app. */
const UNSAFE_KEYWORD = /^'unsafe-|^'wasm-unsafe-eval'$/i
const BROAD_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'blob:', 'filesystem:'])
/** data: is fine for passive content only. */
const DATA_ALLOWED_IN = new Set(['img-src', 'font-src', 'media-src'])

/**
 * Problems with a CSP string: no default-src, 'unsafe-*' keywords, wildcards, whole-scheme
 * sources, data: for anything active, and object-src that is not 'none'.
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
  const defaultSrc = directives.get('default-src')
  if (!defaultSrc) problems.push('no default-src: anything not listed is allowed')
  // Every occurrence is read, ignored duplicates too: they show what someone meant to allow.
  for (const [name, sources] of all) {
    for (const source of sources) {
      const lower = source.toLowerCase()
      if (UNSAFE_KEYWORD.test(lower)) problems.push(`${name} allows ${source}`)
      if (lower.includes('*')) problems.push(`${name} has a wildcard source ${source}`)
      if (BROAD_SCHEMES.has(lower)) problems.push(`${name} allows every ${source} URL`)
      if (lower === 'data:' && !DATA_ALLOWED_IN.has(name)) {
        problems.push(`${name} allows data: URLs`)
      }
    }
  }
  const objectSrc = directives.get('object-src') ?? defaultSrc
  if (!objectSrc || objectSrc.join(' ') !== "'none'") problems.push("object-src is not 'none'")
  const scriptSrc = directives.get('script-src') ?? defaultSrc
  if (!scriptSrc) problems.push('no script-src or default-src')
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
