import ts from 'typescript'
import {
  allNodes,
  at,
  constDeclaration,
  electronImports,
  eventListeners,
  isElectronExport,
  isFunctionBoundary,
  isInsideListener,
  lineOf,
  literalValue,
  mayFallThrough,
  methodCalls,
  parameterName,
  propertyName,
  references,
  resolveFunction,
  returnedExpressions,
  staticPrefix,
  staticString,
  unwrap,
  type ElectronImports,
  type FunctionLike,
  type Literal,
  type Source
} from './ast'
import { dedupe, resultOf, type CheckResult, type Finding } from './types'
import { checkIpcSender, checkLaunchGuard } from './wiring-checks'

/**
 * Static checks of the Electron shell against the Electron security checklist (numbers in the
 * titles). They read the syntax tree, so formatting, comments and aliases do not fool them, and
 * whatever they cannot prove from the source (a computed option, a handler passed in from
 * elsewhere) is a finding: the audit only passes what it can show.
 */
export interface ShellSources {
  /** Non-test sources under src/main. */
  main: Source[]
  /** Non-test sources under src/preload. */
  preload: Source[]
  /** Every non-test source under src. */
  all: Source[]
}

export function checkElectronShell(sources: ShellSources): CheckResult[] {
  return [
    checkWebPreferences(sources),
    checkSandboxSwitch(sources.main),
    checkPermissionHandlers(sources.main),
    checkNavigation(sources.main),
    checkWindowOpen(sources.main),
    checkNetworkBlock(sources.main),
    checkCustomProtocol(sources.main),
    checkNoOpenExternal(sources.all),
    checkNoDevTools(sources.all),
    checkCommandLineSwitches(sources.all),
    checkPreload(sources.preload),
    checkIpcSender(sources.main),
    checkLaunchGuard(sources.main)
  ]
}

// ---------------------------------------------------------------------------------------------
// webPreferences (checklist 2, 3, 4, 6, 8, 9, 10, 11)

interface PreferenceRule {
  key: string
  /** The only value allowed when the key is present (for `absent` rules, nothing is allowed). */
  required?: Literal
  /** The key must be written out, not left to Electron's default. */
  explicit?: boolean
  absent?: boolean
  why: string
}

/**
 * sandbox, contextIsolation and nodeIntegration must be written out: their defaults changed
 * between Electron versions, so an explicit value pins the intent and survives a default change.
 * The others are safe by default and only fail when switched the wrong way.
 */
export const PREFERENCE_RULES: PreferenceRule[] = [
  { key: 'sandbox', required: true, explicit: true, why: 'checklist 4' },
  { key: 'contextIsolation', required: true, explicit: true, why: 'checklist 3' },
  { key: 'nodeIntegration', required: false, explicit: true, why: 'checklist 2' },
  { key: 'nodeIntegrationInWorker', required: false, why: 'checklist 2' },
  { key: 'nodeIntegrationInSubFrames', required: false, why: 'checklist 2' },
  { key: 'webSecurity', required: true, why: 'checklist 6' },
  { key: 'allowRunningInsecureContent', required: false, why: 'checklist 8' },
  { key: 'experimentalFeatures', required: false, why: 'checklist 9' },
  { key: 'enableBlinkFeatures', absent: true, why: 'checklist 10' },
  { key: 'webviewTag', required: false, why: 'checklist 11' }
]

type ObjectShape =
  | { kind: 'known'; properties: Map<string, ts.Expression>; node: ts.ObjectLiteralExpression }
  | { kind: 'unknown'; reason: string }

/** The properties of an object literal (or of a const initialized with one in the same file). */
function objectShape(node: ts.Expression, source: Source): ObjectShape {
  let expr = unwrap(node)
  if (ts.isIdentifier(expr)) {
    const declaration = constDeclaration(source, expr.text)
    if (!declaration?.initializer) {
      return { kind: 'unknown', reason: `${expr.text} is not a const object in this file` }
    }
    expr = unwrap(declaration.initializer)
  }
  if (!ts.isObjectLiteralExpression(expr)) {
    return { kind: 'unknown', reason: 'it is not an object literal' }
  }
  const properties = new Map<string, ts.Expression>()
  for (const property of expr.properties) {
    if (ts.isSpreadAssignment(property)) {
      return { kind: 'unknown', reason: 'it spreads another object into itself' }
    }
    if (ts.isShorthandPropertyAssignment(property)) {
      properties.set(property.name.text, property.name)
      continue
    }
    if (!ts.isPropertyAssignment(property)) continue
    const name = propertyName(property.name)
    if (name === null) return { kind: 'unknown', reason: 'it has a computed property name' }
    // Later duplicates win, as in JavaScript.
    properties.set(name, property.initializer)
  }
  return { kind: 'known', properties, node: expr }
}

function show(value: Literal | undefined): string {
  return value === undefined ? 'a value only known at run time' : JSON.stringify(value)
}

function checkPreferenceObject(
  source: Source,
  where: ts.Node,
  shape: ObjectShape,
  label: string,
  requirePreload: boolean
): Finding[] {
  if (shape.kind === 'unknown') {
    return [at(source, where, `${label}: cannot verify webPreferences, ${shape.reason}`)]
  }
  const findings: Finding[] = []
  for (const rule of PREFERENCE_RULES) {
    const value = shape.properties.get(rule.key)
    if (value === undefined) {
      if (rule.explicit) {
        findings.push(
          at(
            source,
            shape.node,
            `${label}: ${rule.key} must be set to ${rule.required} (${rule.why})`
          )
        )
      }
      continue
    }
    if (rule.absent) {
      findings.push(at(source, value, `${label}: ${rule.key} must not be set (${rule.why})`))
      continue
    }
    const actual = literalValue(value)
    if (actual !== rule.required) {
      findings.push(
        at(
          source,
          value,
          `${label}: ${rule.key} must be ${rule.required}, found ${show(actual)} (${rule.why})`
        )
      )
    }
  }
  const devTools = shape.properties.get('devTools')
  if (devTools === undefined) {
    if (requirePreload) {
      findings.push(
        at(
          source,
          shape.node,
          `${label}: devTools must be set to !app.isPackaged (or false): an installed app has no developer tools`
        )
      )
    }
  } else if (literalValue(devTools) !== false && !isNotPackaged(devTools, source)) {
    findings.push(
      at(
        source,
        devTools,
        `${label}: devTools must be false in an installed app (write devTools: !app.isPackaged), found ${show(literalValue(devTools))}`
      )
    )
  }
  if (requirePreload) {
    const preload = shape.properties.get('preload')
    if (preload === undefined) {
      findings.push(at(source, shape.node, `${label}: preload must be set (checklist 20)`))
    } else if (literalValue(preload) === '' || literalValue(preload) === null) {
      findings.push(at(source, preload, `${label}: preload must name the preload script`))
    }
  }
  return findings
}

/** `!app.isPackaged`, with `app` imported from 'electron'. */
function isNotPackaged(node: ts.Expression, source: Source): boolean {
  const expr = unwrap(node)
  if (
    !ts.isPrefixUnaryExpression(expr) ||
    expr.operator !== ts.SyntaxKind.ExclamationToken ||
    !ts.isPropertyAccessExpression(unwrap(expr.operand))
  ) {
    return false
  }
  const member = unwrap(expr.operand) as ts.PropertyAccessExpression
  return (
    member.name.text === 'isPackaged' &&
    isElectronExport(member.expression, 'app', electronImports(source))
  )
}

function checkWebPreferences({ main, all }: ShellSources): CheckResult {
  const findings: Finding[] = []
  const notes: string[] = []
  const checked = new Set<ts.Node>()
  let windows = 0
  for (const source of main) {
    const imports = electronImports(source)
    for (const node of allNodes(source.file)) {
      if (!ts.isNewExpression(node) || !isElectronExport(node.expression, 'BrowserWindow', imports))
        continue
      windows++
      const label = `new BrowserWindow at ${source.path}:${lineOf(source, node)}`
      notes.push(label)
      const options = node.arguments?.[0]
      if (!options) {
        findings.push(at(source, node, `${label}: no options, so no explicit webPreferences`))
        continue
      }
      const shape = objectShape(options, source)
      if (shape.kind === 'unknown') {
        findings.push(at(source, options, `${label}: cannot verify its options, ${shape.reason}`))
        continue
      }
      const preferences = shape.properties.get('webPreferences')
      if (!preferences) {
        findings.push(at(source, options, `${label}: webPreferences must be set`))
        continue
      }
      const preferenceShape = objectShape(preferences, source)
      if (preferenceShape.kind === 'known') checked.add(preferenceShape.node)
      findings.push(...checkPreferenceObject(source, preferences, preferenceShape, label, true))
    }
  }
  if (windows === 0) {
    findings.push({ message: 'no `new BrowserWindow(…)` found in src/main: nothing to verify' })
  }
  // webPreferences written anywhere else (window-open overrides, views) obey the same rules.
  for (const source of all) {
    for (const node of allNodes(source.file)) {
      if (!ts.isPropertyAssignment(node) || propertyName(node.name) !== 'webPreferences') continue
      const shape = objectShape(node.initializer, source)
      if (shape.kind === 'known' && checked.has(shape.node)) continue
      const label = `webPreferences at ${source.path}:${lineOf(source, node)}`
      notes.push(label)
      findings.push(...checkPreferenceObject(source, node.initializer, shape, label, false))
    }
    // nodeIntegrationInSubFrames anywhere in src, inside webPreferences or not.
    for (const node of allNodes(source.file)) {
      if (
        ts.isPropertyAssignment(node) &&
        propertyName(node.name) === 'nodeIntegrationInSubFrames' &&
        literalValue(node.initializer) !== false
      ) {
        findings.push(
          at(source, node, 'nodeIntegrationInSubFrames must be false wherever it is written')
        )
      }
    }
  }
  return resultOf(
    'web-preferences',
    'BrowserWindow webPreferences (checklist 2, 3, 4, 6, 8, 9, 10, 11, 20; no devtools when installed)',
    dedupe(findings),
    notes.length ? [`checked: ${notes.join('; ')}`] : []
  )
}

// ---------------------------------------------------------------------------------------------
// app.enableSandbox() (checklist 4)

function checkSandboxSwitch(main: Source[]): CheckResult {
  const findings: Finding[] = []
  let found = 0
  for (const source of main) {
    const imports = electronImports(source)
    for (const call of methodCalls(source, 'enableSandbox')) {
      const callee = call.expression as ts.PropertyAccessExpression
      if (!isElectronExport(callee.expression, 'app', imports)) continue
      found++
      if (enclosingFunction(call)) {
        findings.push(
          at(source, call, 'app.enableSandbox() must run at the top level, before the app is ready')
        )
      }
    }
  }
  if (!found) findings.push({ message: 'app.enableSandbox() is never called in src/main' })
  return resultOf(
    'enable-sandbox',
    'app.enableSandbox() for every renderer (checklist 4)',
    findings
  )
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionBoundary(current)) return current
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Permissions (checklist 5)

/**
 * The permissions a handler may grant, each reviewed: what needs it, and why it is safe. A
 * grant must be written `permission === '<one of these>' && …` (the rest narrows it further, to
 * the app's own origin; src/main/security.test.ts proves that part), so the audit can show that
 * nothing else is ever granted.
 */
export const REVIEWED_PERMISSIONS: Record<string, string> = {
  'clipboard-sanitized-write':
    'Copy with citation writes text to the clipboard; Chromium sanitizes what is written, and reading the clipboard stays refused'
}

function checkPermissionHandlers(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const granted = new Set<string>()
  const requestCalls = main.flatMap((source) =>
    methodCalls(source, 'setPermissionRequestHandler').map((call) => ({ source, call }))
  )
  const checkCalls = main.flatMap((source) =>
    methodCalls(source, 'setPermissionCheckHandler').map((call) => ({ source, call }))
  )
  if (!requestCalls.length) {
    findings.push({ message: 'setPermissionRequestHandler is never called: Electron grants all' })
  }
  if (!checkCalls.length) {
    findings.push({ message: 'setPermissionCheckHandler is never called: Electron grants all' })
  }
  for (const { source, call } of requestCalls) {
    const fn = handlerOf(source, call, 'setPermissionRequestHandler', findings)
    if (!fn) continue
    const callback = parameterName(fn, 2)
    if (!callback) {
      findings.push(at(source, fn, 'the permission request handler must answer its callback'))
      continue
    }
    const permission = parameterName(fn, 1)
    const uses = references(fn, callback)
    const answers = uses.filter((use) => {
      const parent = use.parent
      return (
        ts.isCallExpression(parent) &&
        parent.expression === use &&
        parent.arguments.length === 1 &&
        parent.arguments[0] !== undefined &&
        deniesOrGrantsReviewed(parent.arguments[0], permission, granted)
      )
    })
    if (!answers.length || answers.length !== uses.length) {
      findings.push(
        at(
          source,
          fn,
          `the permission request handler must only ever call ${callback}(false), or ${callback}(${permission ?? 'permission'} === '<reviewed permission>' && …)`
        )
      )
    }
  }
  for (const { source, call } of checkCalls) {
    const fn = handlerOf(source, call, 'setPermissionCheckHandler', findings)
    if (!fn) continue
    const permission = parameterName(fn, 1)
    const returns = returnedExpressions(fn)
    if (
      !returns.length ||
      mayFallThrough(fn) ||
      returns.some((expr) => !expr || !deniesOrGrantsReviewed(expr, permission, granted))
    ) {
      findings.push(
        at(
          source,
          fn,
          "the permission check handler must always return false, or permission === '<reviewed permission>' && …"
        )
      )
    }
  }
  return resultOf(
    'permissions',
    'every permission request and check denied, but for reviewed ones (checklist 5)',
    findings,
    [...granted].map((name) => `granted when narrowed: ${name} (${REVIEWED_PERMISSIONS[name]})`)
  )
}

/**
 * `false`, or `<permission> === '<reviewed>' && …` (either side of the ===): an answer that can
 * only be true for a reviewed permission. Records the permissions it grants.
 */
function deniesOrGrantsReviewed(
  node: ts.Expression,
  permission: string | null,
  granted: Set<string>
): boolean {
  const expr = unwrap(node)
  if (literalValue(expr) === false) return true
  if (!permission) return false
  let first: ts.Expression = expr
  while (
    ts.isBinaryExpression(first) &&
    first.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  ) {
    first = unwrap(first.left)
  }
  if (first === expr || !ts.isBinaryExpression(first)) return false
  if (first.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken) return false
  const [left, right] = [unwrap(first.left), unwrap(first.right)]
  const name = ts.isIdentifier(left) && left.text === permission ? literalValue(right) : null
  const flipped = ts.isIdentifier(right) && right.text === permission ? literalValue(left) : null
  const reviewed = [name, flipped].find(
    (value): value is string => typeof value === 'string' && value in REVIEWED_PERMISSIONS
  )
  if (reviewed === undefined) return false
  granted.add(reviewed)
  return true
}

/** The handler function passed as a call's first argument, or a finding saying why not. */
function handlerOf(
  source: Source,
  call: ts.CallExpression,
  what: string,
  findings: Finding[],
  index = 0
): FunctionLike | null {
  const argument = call.arguments[index]
  if (!argument) {
    findings.push(at(source, call, `${what} is called without a handler`))
    return null
  }
  if (literalValue(argument) === null) {
    findings.push(at(source, argument, `${what}(null) restores Electron's default, which allows`))
    return null
  }
  const fn = resolveFunction(argument, source)
  if (!fn) {
    findings.push(at(source, argument, `${what}: cannot verify a handler not defined in this file`))
  }
  return fn
}

// ---------------------------------------------------------------------------------------------
// Navigation and webviews (checklist 11, 12, 13)

function checkNavigation(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const notes: string[] = []
  for (const [eventName, unconditional] of [
    ['will-navigate', false],
    ['will-redirect', false],
    ['will-frame-navigate', false],
    ['will-attach-webview', true]
  ] as const) {
    const listeners = main.flatMap((source) =>
      eventListeners(source, eventName).map((call) => ({ source, call }))
    )
    if (!listeners.length) {
      findings.push({ message: `no '${eventName}' handler in src/main` })
      continue
    }
    for (const { source, call } of listeners) {
      notes.push(`${eventName} at ${source.path}:${lineOf(source, call)}`)
      if (!isInsideListener(call, 'web-contents-created', source)) {
        findings.push(
          at(
            source,
            call,
            `the '${eventName}' handler must be attached in app.on('web-contents-created'), so every web contents gets it`
          )
        )
      }
      const fn = handlerOf(source, call, `on('${eventName}')`, findings, 1)
      if (!fn) continue
      const event = parameterName(fn, 0)
      const prevents = event ? preventDefaultCalls(fn, event) : []
      if (!prevents.length) {
        findings.push(at(source, fn, `the '${eventName}' handler never calls preventDefault()`))
      } else if (unconditional && !prevents.some((call) => isUnconditional(fn, call))) {
        findings.push(
          at(source, fn, `the '${eventName}' handler must call preventDefault() unconditionally`)
        )
      }
    }
  }
  return resultOf(
    'navigation',
    'navigation away (main and sub-frames) and webviews prevented on every web contents (checklist 11, 12, 13)',
    findings,
    notes.length ? [`handlers: ${notes.join('; ')}`] : []
  )
}

function preventDefaultCalls(fn: FunctionLike, event: string): ts.CallExpression[] {
  return allNodes(fn).filter(
    (node): node is ts.CallExpression =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'preventDefault' &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === event
  )
}

/** The call is the function's expression body, or a top-level statement of its block body. */
function isUnconditional(fn: FunctionLike, call: ts.CallExpression): boolean {
  if (!fn.body) return false
  if (!ts.isBlock(fn.body)) return unwrap(fn.body) === call
  return fn.body.statements.some(
    (statement) => ts.isExpressionStatement(statement) && unwrap(statement.expression) === call
  )
}

// ---------------------------------------------------------------------------------------------
// New windows (checklist 14)

function checkWindowOpen(main: Source[]): CheckResult {
  const findings: Finding[] = []
  const calls = main.flatMap((source) =>
    methodCalls(source, 'setWindowOpenHandler').map((call) => ({ source, call }))
  )
  if (!calls.length) findings.push({ message: 'setWindowOpenHandler is never called in src/main' })
  for (const { source, call } of calls) {
    if (!isInsideListener(call, 'web-contents-created', source)) {
      findings.push(
        at(
          source,
          call,
          "setWindowOpenHandler must be set in app.on('web-contents-created'), so every web contents gets it"
        )
      )
    }
    const fn = handlerOf(source, call, 'setWindowOpenHandler', findings)
    if (!fn) continue
    const returns = returnedExpressions(fn)
    const denies = (expr: ts.Expression | undefined) => {
      if (!expr) return false
      const shape = objectShape(expr, source)
      if (shape.kind !== 'known') return false
      const action = shape.properties.get('action')
      return action !== undefined && literalValue(action) === 'deny'
    }
    if (!returns.length || mayFallThrough(fn) || !returns.every(denies)) {
      findings.push(at(source, fn, "the window-open handler must always return { action: 'deny' }"))
    }
  }
  return resultOf('window-open', 'every new window denied (checklist 14)', findings)
}

// ---------------------------------------------------------------------------------------------
// Network (checklist 1)

function checkNetworkBlock(main: Source[]): CheckResult {
  const calls = main.flatMap((source) =>
    methodCalls(source, 'onBeforeRequest').filter((call) => {
      const receiver = (call.expression as ts.PropertyAccessExpression).expression
      return ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'webRequest'
    })
  )
  return resultOf(
    'network',
    'requests outside the app cancelled (checklist 1)',
    calls.length ? [] : [{ message: 'no webRequest.onBeforeRequest filter in src/main' }],
    ['what it lets through is proven by src/main/security.test.ts']
  )
}

// ---------------------------------------------------------------------------------------------
// Custom protocol instead of file:// (checklist 18)

function checkCustomProtocol(main: Source[]): CheckResult {
  const findings: Finding[] = []
  let handled = 0
  for (const source of main) {
    const imports = electronImports(source)
    for (const call of methodCalls(source, 'handle')) {
      const receiver = (call.expression as ts.PropertyAccessExpression).expression
      if (isElectronExport(receiver, 'protocol', imports)) handled++
    }
    for (const method of ['registerFileProtocol', 'interceptFileProtocol']) {
      for (const call of methodCalls(source, method)) {
        findings.push(at(source, call, `${method} serves file paths: use protocol.handle`))
      }
    }
    for (const call of methodCalls(source, 'loadFile')) {
      findings.push(at(source, call, 'loadFile loads from file://: load the app:// URL instead'))
    }
    for (const call of methodCalls(source, 'loadURL')) {
      const argument = call.arguments[0]
      if (!argument) continue
      const value = staticPrefix(argument, source)
      const usesFileUrl = allNodes(argument).some(
        (node) => ts.isIdentifier(node) && node.text === 'pathToFileURL'
      )
      if (value?.trim().toLowerCase().startsWith('file:') || usesFileUrl) {
        findings.push(at(source, call, 'loadURL with a file:// URL: load the app:// URL instead'))
      }
    }
    for (const node of allNodes(source.file)) {
      if (
        (ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isTemplateHead(node)) &&
        node.text.trim().toLowerCase().startsWith('file:')
      ) {
        findings.push(at(source, node, 'a file:// URL in the main process'))
      }
      if (
        ts.isPropertyAssignment(node) &&
        propertyName(node.name) === 'bypassCSP' &&
        literalValue(node.initializer) !== false
      ) {
        findings.push(at(source, node, 'a scheme privileged with bypassCSP skips the CSP'))
      }
    }
  }
  if (!handled) findings.push({ message: 'protocol.handle is never called in src/main' })
  return resultOf(
    'custom-protocol',
    'renderer served by protocol.handle, never file:// (checklist 18)',
    dedupe(findings)
  )
}

// ---------------------------------------------------------------------------------------------
// shell.openExternal (checklist 15) and developer tools, by any spelling

/** Objects whose members are reached by a computed name only to hide which one. */
const ELECTRON_OBJECTS = new Set(['shell', 'webContents', 'contents'])

/**
 * Every way a file can name one of these APIs: an identifier (`shell.openExternal`, a
 * destructured `openExternal`) or a string it can build statically (`shell['openExternal']`,
 * `` shell[`openExternal`] ``, `'open' + 'External'`, a const). A computed member of an
 * Electron object whose name is not known statically could be any of them, so it fails too.
 */
function forbiddenApiUses(all: Source[], messages: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = []
  const names = [...messages.keys()]
  for (const source of all) {
    const imports = electronImports(source)
    for (const node of allNodes(source.file)) {
      const named =
        ts.isIdentifier(node) || ts.isPrivateIdentifier(node)
          ? messages.get(node.text)
          : isStringExpression(node)
            ? messages.get(staticString(node, source) ?? '')
            : undefined
      if (named !== undefined) {
        findings.push(at(source, node, named))
      } else if (
        ts.isElementAccessExpression(node) &&
        staticString(node.argumentExpression, source) === undefined &&
        isElectronObject(node.expression, imports)
      ) {
        findings.push(
          at(
            source,
            node,
            `cannot verify a computed member of an Electron object: it could be ${names.join(' or ')}`
          )
        )
      }
    }
  }
  return dedupe(findings)
}

function isStringExpression(node: ts.Node): node is ts.Expression {
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
    (ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'join')
  )
}

/** An Electron export (`shell`, `electron.shell`), or anything called shell or webContents. */
function isElectronObject(node: ts.Expression, imports: ElectronImports): boolean {
  const expr = unwrap(node)
  if (ts.isIdentifier(expr)) {
    return (
      imports.named.has(expr.text) ||
      imports.namespaces.has(expr.text) ||
      ELECTRON_OBJECTS.has(expr.text)
    )
  }
  if (ts.isPropertyAccessExpression(expr)) {
    return ELECTRON_OBJECTS.has(expr.name.text) || isElectronObject(expr.expression, imports)
  }
  return false
}

/**
 * What hands a path or URL to the system to open: openExternal (checklist 15) and openPath, which
 * opens whatever it is given with the program the system picks (an .exe, a .desktop file, a URL
 * through its handler), so `shell.openPath(url)` is openExternal by another name. The app opens
 * nothing outside itself, so neither is allowed on any input, constant or not.
 */
const OPENS_OUTSIDE = new Map([
  ['openExternal', 'shell.openExternal: the app never opens the web'],
  [
    'openPath',
    'shell.openPath: opens a file or URL with whatever program the system picks; the app never hands anything to the system to open'
  ],
  [
    'openItem',
    'shell.openItem (the old openPath): the app never hands anything to the system to open'
  ]
])

function checkNoOpenExternal(all: Source[]): CheckResult {
  return resultOf(
    'open-external',
    'no shell.openExternal or shell.openPath anywhere in src, by any spelling (checklist 15)',
    forbiddenApiUses(all, OPENS_OUTSIDE),
    [`${all.length} source files read`]
  )
}

function checkNoDevTools(all: Source[]): CheckResult {
  const what = 'developer tools opened from code: an installed app has none'
  return resultOf(
    'devtools',
    'no code opens the developer tools, by any spelling',
    forbiddenApiUses(
      all,
      new Map([
        ['openDevTools', what],
        ['toggleDevTools', what]
      ])
    )
  )
}

// ---------------------------------------------------------------------------------------------
// Chromium switches set from code

/**
 * Switches that open the running app to other programs (Chromium's remote debugging, Node's
 * inspector; the launch guard refuses them on the command line, and code must not add them back),
 * or that switch off a protection the checklist relies on. Matched on the switch's name, any
 * case, by prefix.
 */
export const REFUSED_SWITCHES = new Map([
  ['remote-debugging', 'remote debugging lets any program on the machine drive the app'],
  ['remote-allow-origins', 'it lets web pages reach the remote-debugging port'],
  ['inspect', "Node's inspector lets any program on the machine run code in main"],
  ['debug-port', "Node's inspector lets any program on the machine run code in main"],
  ['auto-open-devtools-for-tabs', 'an installed app has no developer tools'],
  ['no-sandbox', 'it turns off the renderer sandbox (checklist 4)'],
  ['disable-web-security', 'it turns off the same-origin policy (checklist 6)'],
  ['disable-site-isolation-trials', 'it turns off site isolation'],
  ['ignore-certificate-errors', 'it accepts any certificate'],
  ['allow-file-access-from-files', 'it lets file:// pages read other files'],
  ['allow-running-insecure-content', 'checklist 8']
])

/** `js-flags` values that hand V8 to a debugger or expose its internals. */
const REFUSED_JS_FLAGS = /inspect|allow-natives-syntax|expose-/i

/**
 * Every `commandLine.appendSwitch(name, value)` and `appendArgument('--name=value')` in src: a
 * refused switch is a finding, and so is a switch (or a `js-flags` value) whose name is only known
 * at run time, or a commandLine member reached by a computed name.
 */
function checkCommandLineSwitches(all: Source[]): CheckResult {
  const findings: Finding[] = []
  let appended = 0
  for (const source of all) {
    for (const node of allNodes(source.file)) {
      if (
        ts.isElementAccessExpression(node) &&
        isCommandLine(node.expression) &&
        !['appendSwitch', 'appendArgument', 'hasSwitch', 'getSwitchValue'].includes(
          staticString(node.argumentExpression, source) ?? ''
        )
      ) {
        findings.push(at(source, node, 'cannot verify a computed member of app.commandLine'))
        continue
      }
      if (!ts.isCallExpression(node)) continue
      const callee = unwrap(node.expression)
      if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) continue
      const method = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : staticString(callee.argumentExpression, source)
      if (method !== 'appendSwitch' && method !== 'appendArgument') continue
      appended++
      const first = node.arguments[0]
      const text = first && staticString(first, source)
      if (text === undefined) {
        findings.push(
          at(source, node, `cannot verify a ${method} whose switch is only known at run time`)
        )
        continue
      }
      const [name = '', inlineValue] = text.replace(/^(--|-|\/)/, '').split('=', 2)
      const refused = [...REFUSED_SWITCHES].find(([prefix]) =>
        name.toLowerCase().startsWith(prefix)
      )
      if (refused) {
        findings.push(at(source, node, `${method}('${name}'): ${refused[1]}`))
        continue
      }
      if (name.toLowerCase() === 'js-flags') {
        const valueNode = method === 'appendSwitch' ? node.arguments[1] : undefined
        const value = valueNode ? staticString(valueNode, source) : inlineValue
        if (value === undefined || REFUSED_JS_FLAGS.test(value)) {
          findings.push(
            at(
              source,
              node,
              `${method}('js-flags'): ${value === undefined ? 'cannot verify flags only known at run time' : `${value} hands V8 to a debugger or exposes its internals`}`
            )
          )
        }
      }
    }
  }
  return resultOf(
    'command-line-switches',
    'no debugging or protection-removing Chromium switch appended from code',
    dedupe(findings),
    [`${appended} appendSwitch/appendArgument call(s) in src`]
  )
}

/** `app.commandLine`, `electron.app.commandLine`, or anything else's commandLine. */
function isCommandLine(node: ts.Expression): boolean {
  const expr = unwrap(node)
  return ts.isPropertyAccessExpression(expr) && expr.name.text === 'commandLine'
}

// ---------------------------------------------------------------------------------------------
// Preload (checklist 20)

const PAGE_GLOBALS = new Set(['window', 'globalThis', 'self', 'global', 'document'])

function checkPreload(preload: Source[]): CheckResult {
  const findings: Finding[] = []
  let exposed = 0
  if (!preload.length) findings.push({ message: 'no preload source in src/preload' })
  for (const source of preload) {
    const imports = electronImports(source)
    for (const call of methodCalls(source, 'exposeInMainWorld')) {
      const receiver = (call.expression as ts.PropertyAccessExpression).expression
      if (isElectronExport(receiver, 'contextBridge', imports)) exposed++
      else
        findings.push(at(source, call, 'exposeInMainWorld on something other than contextBridge'))
    }
    for (const node of allNodes(source.file)) {
      // window.x = …, globalThis['x'] = …: a way round contextBridge.
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
        ts.isIdentifier(unwrap(node.left.expression)) &&
        PAGE_GLOBALS.has((unwrap(node.left.expression) as ts.Identifier).text)
      ) {
        findings.push(at(source, node, 'the preload writes to a page global: use contextBridge'))
      }
      // Object.assign(window, …) / Object.defineProperty(globalThis, …)
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'Object' &&
        ['assign', 'defineProperty', 'defineProperties'].includes(node.expression.name.text)
      ) {
        const target = node.arguments[0]
        if (
          target &&
          ts.isIdentifier(unwrap(target)) &&
          PAGE_GLOBALS.has((unwrap(target) as ts.Identifier).text)
        )
          findings.push(at(source, node, 'the preload writes to a page global: use contextBridge'))
      }
    }
    findings.push(...ipcRendererLeaks(source, imports))
  }
  if (preload.length && !exposed) {
    findings.push({ message: 'the preload never calls contextBridge.exposeInMainWorld' })
  }
  return resultOf(
    'preload',
    'preload exposes a typed API through contextBridge only, never ipcRenderer (checklist 20)',
    dedupe(findings),
    [`${preload.length} preload file(s), ${exposed} exposeInMainWorld call(s)`]
  )
}

/**
 * ipcRenderer may only appear as `ipcRenderer.invoke(…)`, called inside a function, or as
 * `ipcRenderer.on/removeListener(channel, listener)` inside a function where the listener drops
 * Electron's event (its first parameter, which carries `sender`, the ipcRenderer itself, is never
 * read). Any other use (the object itself, a bound or unbound method, `.send`, a page callback
 * passed straight to `.on`) could hand it to the page.
 */
function ipcRendererLeaks(source: Source, imports: ReturnType<typeof electronImports>): Finding[] {
  const findings: Finding[] = []
  const locals = [...imports.named].filter(([, exported]) => exported === 'ipcRenderer')
  const uses: ts.Expression[] = locals.flatMap(([local]) => references(source.file, local))
  for (const node of allNodes(source.file)) {
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'ipcRenderer' &&
      isElectronExport(node, 'ipcRenderer', imports)
    ) {
      uses.push(node)
    }
  }
  for (const use of uses) {
    const member = use.parent
    const call =
      ts.isPropertyAccessExpression(member) &&
      member.expression === use &&
      ts.isCallExpression(member.parent) &&
      member.parent.expression === member &&
      enclosingFunction(member.parent) !== undefined
        ? member.parent
        : undefined
    const method = call ? (member as ts.PropertyAccessExpression).name.text : ''
    const allowed =
      call !== undefined &&
      (method === 'invoke' ||
        (['on', 'removeListener'].includes(method) && dropsEvent(call.arguments[1], source)))
    if (!allowed) {
      findings.push(
        at(
          source,
          use,
          'ipcRenderer is used other than as ipcRenderer.invoke(…) in a function, or .on/.removeListener with a listener that drops the event'
        )
      )
    } else if (!isContractChannel(call.arguments[0], source)) {
      findings.push(
        at(
          source,
          call,
          `ipcRenderer.${method} is given a channel the preload cannot show is one of the contract's: a generic invoke lets the page call any channel main listens on (build the API with createReaderApi from the IPC contract, or name the channel)`
        )
      )
    }
  }
  return findings
}

/** Where the IPC contract comes from: its createReaderApi hands the transport only its channels. */
const CONTRACT_MODULE = /(^|\/)ipc-contract(\.ts)?$/

/**
 * A channel named in the preload (a string it can build statically), or a parameter of a function
 * handed straight to a function imported from the IPC contract (createReaderApi calls it with the
 * contract's channels only; src/shared/ipc-contract's tests prove that). A channel that comes from
 * anywhere else, above all from an argument of a function the page can call, is the page's choice.
 */
function isContractChannel(channel: ts.Expression | undefined, source: Source): boolean {
  if (!channel) return false
  if (staticString(channel, source) !== undefined) return true
  const expr = unwrap(channel)
  if (!ts.isIdentifier(expr)) return false
  const fn = declaringFunction(expr)
  if (!fn) return false
  const call = fn.parent
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn)) return false
  const callee = unwrap(call.expression)
  return ts.isIdentifier(callee) && contractImports(source).has(callee.text)
}

/** The arrow or function expression one of whose parameters `name` is (the nearest that has it). */
function declaringFunction(name: ts.Identifier): ts.ArrowFunction | ts.FunctionExpression | null {
  for (let current: ts.Node | undefined = name.parent; current; current = current.parent) {
    if (!isFunctionBoundary(current)) continue
    const fn = current as FunctionLike
    const declares = fn.parameters.some(
      (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name.text
    )
    if (!declares) continue
    return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? fn : null
  }
  return null
}

/** Local names of what the file imports from the IPC contract. */
function contractImports(source: Source): Set<string> {
  const names = new Set<string>()
  for (const statement of source.file.statements) {
    if (
      !ts.isImportDeclaration(statement) ||
      !ts.isStringLiteral(statement.moduleSpecifier) ||
      !CONTRACT_MODULE.test(statement.moduleSpecifier.text)
    )
      continue
    const bindings = statement.importClause?.namedBindings
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.add(element.name.text)
    }
  }
  return names
}

/** A listener (inline, or a const/function in this file) that never reads its first parameter. */
function dropsEvent(listener: ts.Expression | undefined, source: Source): boolean {
  const fn = listener && resolveFunction(listener, source)
  if (!fn) return false
  const first = fn.parameters[0]
  if (!first) return true
  if (!ts.isIdentifier(first.name) || !fn.body) return false
  return references(fn.body, first.name.text).length === 0
}
