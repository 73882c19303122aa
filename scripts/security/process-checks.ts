import ts from 'typescript'
import {
  allNodes,
  at,
  exportNameOf,
  literalValue,
  moduleImports,
  propertyName,
  staticString,
  unwrap,
  type Source
} from './ast'
import { dedupe, resultOf, type CheckResult, type Finding } from './types'

const CHILD_PROCESS = ['child_process', 'node:child_process']
/** child_process functions that always run their command through a shell. */
const SHELL_ALWAYS = new Set(['exec', 'execSync'])
const SHELL_WHY =
  'a shell reads its arguments as commands (a name such as "R & calc.exe" would run calc.exe): run the program with its arguments as an array, without a shell'

/**
 * No command anywhere in src/ or scripts/ runs through a shell: no `shell` option that is not
 * literally false (an expression such as `process.platform === 'win32'` counts, since it is true
 * somewhere), and no exec/execSync, which always use one. Tests are read too.
 */
export function checkNoShell(sources: Source[]): CheckResult {
  const findings: Finding[] = []
  for (const source of sources) {
    for (const node of allNodes(source.file)) {
      const shellOption = shellOptionValue(node, source)
      if (shellOption !== undefined && literalValue(shellOption) !== false) {
        findings.push(at(source, node, `a shell option that can be true: ${SHELL_WHY}`))
      }
    }
    const imports = moduleImports(source, CHILD_PROCESS)
    for (const node of allNodes(source.file)) {
      if (!ts.isCallExpression(node)) continue
      const callee = unwrap(node.expression)
      const name =
        exportNameOf(callee, imports) ??
        // require('child_process').exec(…)
        (ts.isPropertyAccessExpression(callee) && isChildProcessRequire(callee.expression)
          ? callee.name.text
          : undefined)
      if (name && SHELL_ALWAYS.has(name)) {
        findings.push(at(source, node, `child_process.${name} always uses a shell: ${SHELL_WHY}`))
      }
    }
    // cp[name](…) with a name not known statically could be exec.
    for (const node of allNodes(source.file)) {
      if (
        ts.isElementAccessExpression(node) &&
        ts.isIdentifier(unwrap(node.expression)) &&
        imports.namespaces.has((unwrap(node.expression) as ts.Identifier).text) &&
        staticString(node.argumentExpression, source) === undefined
      ) {
        findings.push(at(source, node, 'cannot verify a computed child_process member'))
      }
    }
  }
  return resultOf(
    'no-shell',
    'no command run through a shell in src/ or scripts/',
    dedupe(findings),
    [`${sources.length} files read, tests included`]
  )
}

/** The value given to a `shell` option at this node: `{ shell: x }`, `{ shell }`, `o.shell = x`. */
function shellOptionValue(node: ts.Node, source: Source): ts.Expression | undefined {
  if (ts.isPropertyAssignment(node)) {
    const name = ts.isComputedPropertyName(node.name)
      ? staticString(node.name.expression, source)
      : propertyName(node.name)
    return name === 'shell' ? node.initializer : undefined
  }
  if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'shell') return node.name
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ((ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'shell') ||
      (ts.isElementAccessExpression(node.left) &&
        staticString(node.left.argumentExpression, source) === 'shell'))
  ) {
    return node.right
  }
  return undefined
}

function isChildProcessRequire(node: ts.Expression): boolean {
  const expr = unwrap(node)
  return (
    ts.isCallExpression(expr) &&
    ts.isIdentifier(expr.expression) &&
    expr.expression.text === 'require' &&
    expr.arguments.length === 1 &&
    ts.isStringLiteralLike(expr.arguments[0] as ts.Expression) &&
    CHILD_PROCESS.includes((expr.arguments[0] as ts.StringLiteralLike).text)
  )
}
