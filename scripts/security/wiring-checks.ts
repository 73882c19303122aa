import ts from 'typescript'
import {
  allNodes,
  at,
  electronImports,
  isElectronExport,
  lineOf,
  mayFallThrough,
  parameterName,
  propertyName,
  resolveFunction,
  returnedExpressions,
  unwrap,
  type Source
} from './ast'
import { resultOf, type CheckResult, type Finding } from './types'

/**
 * How src/main/index.ts wires the shell together: what the IPC layer trusts as "the app's
 * window", and the refusal of debugging switches in a packaged app. Unit tests prove what
 * registerIpc and launchRefusal do; these checks prove that index.ts really uses them.
 */

// ---------------------------------------------------------------------------------------------
// The IPC sender check (checklist 17)

export function checkIpcSender(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const calls = main.flatMap((source) =>
    allNodes(source.file)
      .filter(
        (node): node is ts.CallExpression =>
          ts.isCallExpression(node) && calleeName(node) === 'registerIpc'
      )
      .map((call) => ({ source, call }))
  )
  if (!calls.length) findings.push({ message: 'registerIpc is never called in src/main' })
  for (const { source, call } of calls) {
    const argument = call.arguments[2]
    if (!argument) {
      findings.push(at(source, call, 'registerIpc is called without the sender check'))
      continue
    }
    const fn = resolveFunction(argument, source)
    if (!fn) {
      findings.push(
        at(source, argument, 'registerIpc: cannot verify a sender check not defined in this file')
      )
      continue
    }
    const event = parameterName(fn, 0)
    const returns = returnedExpressions(fn)
    const compares = (expr: ts.Expression | undefined) =>
      expr !== undefined && event !== null && comparesSenderWithWindow(expr, event)
    if (!returns.length || mayFallThrough(fn) || !returns.every(compares)) {
      findings.push(
        at(
          source,
          fn,
          "registerIpc's sender check must return event.sender === <the app window>.webContents: a constant or any other test lets every web contents call the app"
        )
      )
    }
  }
  return resultOf(
    'ipc-sender',
    "IPC answered only for the app's own window: event.sender compared with its webContents (checklist 17)",
    findings
  )
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression)
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return undefined
}

/** `event.sender === x.webContents` (either way round, `x?.webContents` too). */
function comparesSenderWithWindow(expr: ts.Expression, event: string): boolean {
  const node = unwrap(expr)
  if (
    !ts.isBinaryExpression(node) ||
    node.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken
  ) {
    return false
  }
  const isSender = (side: ts.Expression) => {
    const e = unwrap(side)
    return (
      ts.isPropertyAccessExpression(e) &&
      e.name.text === 'sender' &&
      ts.isIdentifier(unwrap(e.expression)) &&
      (unwrap(e.expression) as ts.Identifier).text === event
    )
  }
  const isWebContents = (side: ts.Expression) => {
    const e = unwrap(side)
    return ts.isPropertyAccessExpression(e) && e.name.text === 'webContents'
  }
  return (
    (isSender(node.left) && isWebContents(node.right)) ||
    (isSender(node.right) && isWebContents(node.left))
  )
}

// ---------------------------------------------------------------------------------------------
// Debugging switches refused in a packaged app

export const LAUNCH_GUARD = 'launchRefusal'

/**
 * src/main/index.ts must, at its top level, ask launchRefusal about `process.argv` and
 * `app.isPackaged`, and call app.exit() when it refuses: remote debugging has no fuse.
 */
export function checkLaunchGuard(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const index = main.find((source) => source.path === 'src/main/index.ts')
  if (!index) {
    return resultOf('launch-guard', LAUNCH_TITLE, [{ message: 'src/main/index.ts not found' }])
  }
  const imports = electronImports(index)
  const guards = index.file.statements.flatMap((statement) =>
    ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.filter(
          (declaration) =>
            declaration.initializer !== undefined &&
            ts.isCallExpression(unwrap(declaration.initializer)) &&
            calleeName(unwrap(declaration.initializer) as ts.CallExpression) === LAUNCH_GUARD
        )
      : []
  )
  if (guards.length !== 1 || !guards[0] || !ts.isIdentifier(guards[0].name)) {
    findings.push({
      file: index.path,
      message: `expected one top-level \`const refusal = ${LAUNCH_GUARD}({ argv: process.argv, isPackaged: app.isPackaged })\``
    })
    return resultOf('launch-guard', LAUNCH_TITLE, findings)
  }
  const guard = guards[0]
  const name = (guard.name as ts.Identifier).text
  const options = (unwrap(guard.initializer as ts.Expression) as ts.CallExpression).arguments[0]
  const option = (key: string) =>
    options && ts.isObjectLiteralExpression(unwrap(options))
      ? (unwrap(options) as ts.ObjectLiteralExpression).properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && propertyName(p.name) === key
        )?.initializer
      : undefined
  const argv = option('argv')
  const isPackaged = option('isPackaged')
  if (!argv || !isMember(argv, 'process', 'argv')) {
    findings.push(at(index, guard, `${LAUNCH_GUARD} must read argv: process.argv`))
  }
  const packaged = isPackaged && unwrap(isPackaged)
  if (
    !packaged ||
    !ts.isPropertyAccessExpression(packaged) ||
    packaged.name.text !== 'isPackaged' ||
    !isElectronExport(packaged.expression, 'app', imports)
  ) {
    findings.push(at(index, guard, `${LAUNCH_GUARD} must be told isPackaged: app.isPackaged`))
  }
  const exits = index.file.statements.some(
    (statement) =>
      ts.isIfStatement(statement) &&
      ts.isIdentifier(unwrap(statement.expression)) &&
      (unwrap(statement.expression) as ts.Identifier).text === name &&
      allNodes(statement.thenStatement).some(
        (node) =>
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.name.text === 'exit' &&
          isElectronExport(node.expression.expression, 'app', imports)
      )
  )
  if (!exits) {
    findings.push(
      at(
        index,
        guard,
        `a top-level \`if (${name})\` must call app.exit() when the launch is refused`
      )
    )
  }
  return resultOf('launch-guard', LAUNCH_TITLE, findings, [`${index.path}:${lineOf(index, guard)}`])
}

const LAUNCH_TITLE =
  'a packaged app refuses --remote-debugging-*, --inspect* at start, before any window'

function isMember(node: ts.Expression, object: string, member: string): boolean {
  const e = unwrap(node)
  return (
    ts.isPropertyAccessExpression(e) &&
    e.name.text === member &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === object
  )
}
