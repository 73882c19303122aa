import ts from 'typescript'
import {
  allNodes,
  at,
  constDeclaration,
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
/** child_process functions that run the program they are given (fork: its `execPath` option). */
const RUNS_PROGRAM = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork'])
/**
 * Programs that are shells: run with `-c` or `/c` (or a script) they read a string as commands,
 * so `spawnSync('/bin/sh', ['-c', line])` is `exec(line)` by another name. Matched on the file
 * name, any case, with or without `.exe`.
 */
const SHELL_PROGRAMS = new Set([
  'sh',
  'ash',
  'bash',
  'dash',
  'ksh',
  'mksh',
  'zsh',
  'csh',
  'tcsh',
  'fish',
  'busybox',
  'cmd',
  'command.com',
  'powershell',
  'pwsh',
  'wsl'
])
/** Environment variables that name the user's shell. */
const SHELL_VARIABLES = new Set(['shell', 'comspec'])
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
      const shell = name && RUNS_PROGRAM.has(name) ? shellProgram(node, name, source) : undefined
      if (shell) {
        findings.push(
          at(source, node, `child_process.${name} runs a shell (${shell}): ${SHELL_WHY}`)
        )
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

/**
 * The shell a spawn/execFile/fork call runs, if its program can be one: a literal or const such
 * as '/bin/sh' or 'cmd.exe' (either branch of a `?:`, `??` or `||`), or the environment's SHELL or
 * ComSpec. fork runs Node, unless its `execPath` option names another program.
 */
function shellProgram(call: ts.CallExpression, name: string, source: Source): string | undefined {
  let program: ts.Expression | undefined = call.arguments[0]
  if (name === 'fork') {
    program = undefined
    for (const argument of call.arguments.slice(1)) {
      const options = unwrap(argument)
      if (!ts.isObjectLiteralExpression(options)) continue
      for (const property of options.properties) {
        if (ts.isPropertyAssignment(property) && propertyName(property.name) === 'execPath') {
          program = property.initializer
        }
      }
    }
  }
  return program && possiblePrograms(program, source).find(isShell)
}

/** The values an expression can take, as far as the file shows them ('$SHELL' for the env). */
function possiblePrograms(node: ts.Expression, source: Source, depth = 0): string[] {
  if (depth > 10) return []
  const expr = unwrap(node)
  const next = (e: ts.Expression) => possiblePrograms(e, source, depth + 1)
  if (ts.isConditionalExpression(expr)) return [...next(expr.whenTrue), ...next(expr.whenFalse)]
  if (
    ts.isBinaryExpression(expr) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
      expr.operatorToken.kind
    )
  ) {
    return [...next(expr.left), ...next(expr.right)]
  }
  const variable = environmentVariable(expr, source)
  if (variable !== undefined) return SHELL_VARIABLES.has(variable.toLowerCase()) ? ['$SHELL'] : []
  if (ts.isIdentifier(expr)) {
    const declaration = constDeclaration(source, expr.text)
    if (declaration?.initializer) return next(declaration.initializer)
  }
  const value = staticString(expr, source)
  return value === undefined ? [] : [value]
}

/** `process.env.NAME` or `process.env['NAME']`: the variable's name. */
function environmentVariable(expr: ts.Expression, source: Source): string | undefined {
  if (!ts.isPropertyAccessExpression(expr) && !ts.isElementAccessExpression(expr)) return undefined
  const env = unwrap(expr.expression)
  const isEnv =
    ts.isPropertyAccessExpression(env) &&
    env.name.text === 'env' &&
    ts.isIdentifier(unwrap(env.expression)) &&
    (unwrap(env.expression) as ts.Identifier).text === 'process'
  if (!isEnv) return undefined
  return ts.isPropertyAccessExpression(expr)
    ? expr.name.text
    : staticString(expr.argumentExpression, source)
}

function isShell(program: string): boolean {
  if (program === '$SHELL') return true
  const file = program.trim().split(/[\\/]/).pop()?.toLowerCase() ?? ''
  return SHELL_PROGRAMS.has(file) || SHELL_PROGRAMS.has(file.replace(/\.exe$/, ''))
}
