import ts from 'typescript'
import type { Finding } from './types'

/**
 * Syntax-level helpers over the TypeScript compiler API. The audit parses sources (it does not
 * type-check them), so it follows names only within a file: imports from 'electron' and local
 * function or constant declarations. Anything it cannot follow is reported as "cannot verify".
 */

export interface Source {
  /** Path relative to the project root, with forward slashes; used in findings. */
  path: string
  file: ts.SourceFile
}

export function parseSource(path: string, text: string): Source {
  const kind = path.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : /\.[cm]?js$/.test(path)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  return { path, file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind) }
}

export function at(source: Source, node: ts.Node, message: string): Finding {
  return { file: source.path, line: lineOf(source, node), message }
}

/** 1-based line where a node starts. */
export function lineOf(source: Source, node: ts.Node): number {
  return source.file.getLineAndCharacterOfPosition(node.getStart(source.file)).line + 1
}

/** Every node in the file, depth first. */
export function allNodes(root: ts.Node): ts.Node[] {
  const nodes: ts.Node[] = []
  const visit = (node: ts.Node) => {
    nodes.push(node)
    ts.forEachChild(node, visit)
  }
  visit(root)
  return nodes
}

/** Strips parentheses, `as`, `satisfies` and `!` around an expression. */
export function unwrap(node: ts.Expression): ts.Expression {
  let current = node
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression
    } else {
      return current
    }
  }
}

/** The text of a property name (identifier, string or numeric literal), or null if computed. */
export function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text
  }
  if (ts.isPrivateIdentifier(name)) return name.text
  return null
}

/** How a file refers to a module's exports. */
export interface ModuleImports {
  /** Local name → exported name (`import { BrowserWindow as BW }` gives BW → BrowserWindow). */
  named: Map<string, string>
  /** Names bound to the whole module (`import * as electron`, default import, `require`). */
  namespaces: Set<string>
}
export type ElectronImports = ModuleImports

export function electronImports(source: Source): ElectronImports {
  return moduleImports(source, ['electron'])
}

/** Imports and requires of any of these module names (e.g. 'child_process', 'node:child_process'). */
export function moduleImports(source: Source, modules: readonly string[]): ModuleImports {
  const named = new Map<string, string>()
  const namespaces = new Set<string>()
  for (const node of allNodes(source.file)) {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      modules.includes(node.moduleSpecifier.text) &&
      node.importClause
    ) {
      const clause = node.importClause
      if (clause.name) namespaces.add(clause.name.text)
      const bindings = clause.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text)
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          named.set(element.name.text, (element.propertyName ?? element.name).text)
        }
      }
    }
    // const { BrowserWindow } = require('electron') / const electron = require('electron')
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      modules.some((module) => isRequireOf(unwrap(node.initializer as ts.Expression), module))
    ) {
      if (ts.isIdentifier(node.name)) namespaces.add(node.name.text)
      if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue
          const exported =
            element.propertyName && ts.isIdentifier(element.propertyName)
              ? element.propertyName.text
              : element.name.text
          named.set(element.name.text, exported)
        }
      }
    }
  }
  return { named, namespaces }
}

function isRequireOf(node: ts.Expression, module: string): boolean {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return false
  const [argument] = node.arguments
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    argument !== undefined &&
    ts.isStringLiteral(argument) &&
    argument.text === module
  )
}

/** Whether `node` names the export `name` of 'electron' (`BrowserWindow`, `electron.BrowserWindow`). */
export function isElectronExport(
  node: ts.Expression,
  name: string,
  imports: ElectronImports
): boolean {
  return exportNameOf(node, imports) === name
}

/** The export of the module that `node` names (`spawn`, `cp.spawn`, `cp['spawn']`), if any. */
export function exportNameOf(node: ts.Expression, imports: ModuleImports): string | undefined {
  const expr = unwrap(node)
  if (ts.isIdentifier(expr)) return imports.named.get(expr.text)
  if (
    (ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) &&
    ts.isIdentifier(unwrap(expr.expression)) &&
    imports.namespaces.has((unwrap(expr.expression) as ts.Identifier).text)
  ) {
    return ts.isPropertyAccessExpression(expr)
      ? expr.name.text
      : ts.isStringLiteralLike(expr.argumentExpression)
        ? expr.argumentExpression.text
        : undefined
  }
  return undefined
}

/** Calls of a method with this name on any receiver: `x.setWindowOpenHandler(…)`. */
export function methodCalls(source: Source, method: string): ts.CallExpression[] {
  return allNodes(source.file).filter(
    (node): node is ts.CallExpression =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === method
  )
}

/** Calls of `x.on('event', handler)` (or once/addListener/prependListener) for this event name. */
export function eventListeners(source: Source, eventName: string): ts.CallExpression[] {
  return ['on', 'once', 'addListener', 'prependListener'].flatMap((method) =>
    methodCalls(source, method).filter((call) => {
      const first = call.arguments[0]
      return first !== undefined && staticString(first, source) === eventName
    })
  )
}

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration

/** The function an argument is: inline, or a function/const declared in the same file. */
export function resolveFunction(node: ts.Expression, source: Source): FunctionLike | null {
  const expr = unwrap(node)
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return expr
  if (!ts.isIdentifier(expr)) return null
  for (const candidate of allNodes(source.file)) {
    if (ts.isFunctionDeclaration(candidate) && candidate.name?.text === expr.text) return candidate
    if (
      ts.isVariableDeclaration(candidate) &&
      ts.isIdentifier(candidate.name) &&
      candidate.name.text === expr.text &&
      candidate.initializer
    ) {
      const init = unwrap(candidate.initializer)
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init
    }
  }
  return null
}

/** What a function can return: its expression body, or the operand of each of its own returns. */
export function returnedExpressions(fn: FunctionLike): (ts.Expression | undefined)[] {
  if (!fn.body) return []
  if (!ts.isBlock(fn.body)) return [fn.body]
  const results: (ts.Expression | undefined)[] = []
  const visit = (node: ts.Node) => {
    if (node !== fn.body && isFunctionBoundary(node)) return
    if (ts.isReturnStatement(node)) results.push(node.expression)
    ts.forEachChild(node, visit)
  }
  visit(fn.body)
  return results
}

/** Whether the function body can finish without a return statement (a block without one). */
export function mayFallThrough(fn: FunctionLike): boolean {
  if (!fn.body || !ts.isBlock(fn.body)) return false
  const last = fn.body.statements[fn.body.statements.length - 1]
  return !last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))
}

export function isFunctionBoundary(node: ts.Node): boolean {
  return (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node) ||
    ts.isConstructorDeclaration(node)
  )
}

/** The name of a function's n-th parameter when it is a plain identifier. */
export function parameterName(fn: FunctionLike, index: number): string | null {
  const parameter = fn.parameters[index]
  return parameter && ts.isIdentifier(parameter.name) ? parameter.name.text : null
}

/** Identifiers in `root` that refer to `name` (not property names, not declarations). */
export function references(root: ts.Node, name: string): ts.Identifier[] {
  return allNodes(root).filter((node): node is ts.Identifier => {
    if (!ts.isIdentifier(node) || node.text !== name) return false
    const parent = node.parent
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
    if (ts.isPropertyAssignment(parent) && parent.name === node) return false
    if (ts.isParameter(parent) && parent.name === node) return false
    if (ts.isImportSpecifier(parent) || ts.isImportClause(parent)) return false
    if (ts.isBindingElement(parent) && parent.propertyName === node) return false
    return true
  })
}

export type Literal = boolean | string | number | null

/** The value of a literal expression, or undefined when it is not a literal. */
export function literalValue(node: ts.Expression): Literal | undefined {
  const expr = unwrap(node)
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false
  if (expr.kind === ts.SyntaxKind.NullKeyword) return null
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text
  if (ts.isNumericLiteral(expr)) return Number(expr.text)
  return undefined
}

/**
 * Evaluates a string built from literals: concatenation, templates, `[…].join(sep)` and consts
 * declared in the same file. Undefined when any part is not known statically.
 */
export function staticString(node: ts.Expression, source: Source, depth = 0): string | undefined {
  if (depth > 20) return undefined
  const expr = unwrap(node)
  const next = (e: ts.Expression) => staticString(e, source, depth + 1)
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text
    for (const span of expr.templateSpans) {
      const value = next(span.expression)
      if (value === undefined) return undefined
      text += value + span.literal.text
    }
    return text
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = next(expr.left)
    const right = next(expr.right)
    return left === undefined || right === undefined ? undefined : left + right
  }
  if (
    ts.isCallExpression(expr) &&
    ts.isPropertyAccessExpression(expr.expression) &&
    expr.expression.name.text === 'join'
  ) {
    const array = unwrap(expr.expression.expression)
    if (!ts.isArrayLiteralExpression(array)) return undefined
    const separatorNode = expr.arguments[0]
    const separator = separatorNode ? next(separatorNode) : ','
    if (separator === undefined) return undefined
    const parts = array.elements.map((element) =>
      ts.isSpreadElement(element) ? undefined : next(element)
    )
    if (parts.some((part) => part === undefined)) return undefined
    return parts.join(separator)
  }
  if (ts.isIdentifier(expr)) {
    const declaration = constDeclaration(source, expr.text)
    return declaration?.initializer ? next(declaration.initializer) : undefined
  }
  return undefined
}

/** The known start of a string expression (a template's head, a concatenation's left side). */
export function staticPrefix(node: ts.Expression, source: Source): string | undefined {
  const whole = staticString(node, source)
  if (whole !== undefined) return whole
  const expr = unwrap(node)
  if (ts.isTemplateExpression(expr)) return expr.head.text
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return staticPrefix(expr.left, source)
  }
  return undefined
}

/** The `const` declaration of a name at any level of the file, if there is exactly one. */
export function constDeclaration(source: Source, name: string): ts.VariableDeclaration | undefined {
  const found = allNodes(source.file).filter(
    (node): node is ts.VariableDeclaration =>
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0
  )
  return found.length === 1 ? found[0] : undefined
}

/** Whether `node` lies inside the handler of an `x.on('<eventName>', handler)` call. */
export function isInsideListener(node: ts.Node, eventName: string, source: Source): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!ts.isCallExpression(current)) continue
    const [first, handler] = current.arguments
    if (
      first &&
      handler &&
      ts.isPropertyAccessExpression(current.expression) &&
      ['on', 'once', 'addListener', 'prependListener'].includes(current.expression.name.text) &&
      staticString(first, source) === eventName &&
      node.pos >= handler.pos &&
      node.end <= handler.end
    ) {
      return true
    }
  }
  return false
}
