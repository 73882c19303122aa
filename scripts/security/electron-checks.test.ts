import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSource } from './ast'
import { checkElectronShell, type ShellSources } from './electron-checks'
import type { CheckResult } from './types'

// Small stand-ins for src/main and src/preload: a good shell, and variants that each break one rule.

const GOOD_WINDOW = `
import { app, BrowserWindow } from 'electron'
export function createWindow(preloadFile: string, url: string) {
  const window = new BrowserWindow({
    width: 800,
    webPreferences: {
      preload: preloadFile,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: !app.isPackaged
    }
  })
  void window.loadURL(url)
  return window
}
`

const GOOD_SECURITY = `
import { session, type App } from 'electron'
export function lockDown(app: App) {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('app://') }))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith('app://reader/')) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith('app://reader/')) event.preventDefault()
    })
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame || !event.url.startsWith('app://reader/')) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
`

const GOOD_INDEX = `
import { app, dialog, protocol, type BrowserWindow } from 'electron'
import { registerIpc } from './ipc'
import { launchRefusal } from './launch-flags'
app.enableSandbox()
const refusal = launchRefusal({ argv: process.argv, isPackaged: app.isPackaged })
if (refusal) {
  dialog.showErrorBox(refusal.title, refusal.message)
  app.exit(1)
} else {
  let mainWindow: BrowserWindow | null = null
void app.whenReady().then(() => {
  protocol.handle('app', async () => new Response('ok'))
  registerIpc({}, new Set(), (event) => event.sender === mainWindow?.webContents)
})
}
`

const GOOD_PRELOAD = `
import { contextBridge, ipcRenderer } from 'electron'
contextBridge.exposeInMainWorld('reader', {
  search: (query: string) => ipcRenderer.invoke('search:query', query)
})
`

interface Files {
  window?: string
  security?: string
  index?: string
  preload?: string
  renderer?: string
}

function shell(overrides: Files = {}): ShellSources {
  const files = {
    window: GOOD_WINDOW,
    security: GOOD_SECURITY,
    index: GOOD_INDEX,
    preload: GOOD_PRELOAD,
    renderer: 'export const App = () => null',
    ...overrides
  }
  const main = [
    parseSource('src/main/window.ts', files.window),
    parseSource('src/main/security.ts', files.security),
    parseSource('src/main/index.ts', files.index)
  ]
  const preload = [parseSource('src/preload/index.ts', files.preload)]
  const renderer = [parseSource('src/renderer/App.tsx', files.renderer)]
  return { main, preload, all: [...main, ...preload, ...renderer] }
}

function run(overrides: Files = {}): CheckResult[] {
  return checkElectronShell(shell(overrides))
}

/** Every finding message, for matching; checks that found nothing contribute none. */
function findings(overrides: Files): string[] {
  return run(overrides).flatMap((result) =>
    result.findings.map((f) => `${result.id}: ${f.file ?? ''}:${f.line ?? ''} ${f.message}`)
  )
}

describe('the static Electron checks', () => {
  it('pass a good shell', () => {
    const results = run()
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['web-preferences', 'pass'],
      ['enable-sandbox', 'pass'],
      ['permissions', 'pass'],
      ['navigation', 'pass'],
      ['window-open', 'pass'],
      ['network', 'pass'],
      ['custom-protocol', 'pass'],
      ['open-external', 'pass'],
      ['devtools', 'pass'],
      ['command-line-switches', 'pass'],
      ['preload', 'pass'],
      ['ipc-sender', 'pass'],
      ['launch-guard', 'pass']
    ])
  })

  it.each([
    ['sandbox: true', 'sandbox: false', /sandbox must be true, found false/],
    ['contextIsolation: true', 'contextIsolation: false', /contextIsolation must be true/],
    ['nodeIntegration: false', 'nodeIntegration: true', /nodeIntegration must be false/],
    ['webSecurity: true', 'webSecurity: false', /webSecurity must be true/],
    [
      'allowRunningInsecureContent: false',
      'allowRunningInsecureContent: true',
      /allowRunningInsecureContent must be false/
    ],
    ['experimentalFeatures: false', 'experimentalFeatures: true', /experimentalFeatures must be/],
    ['webviewTag: false', 'webviewTag: true', /webviewTag must be false/],
    [
      'webviewTag: false',
      "webviewTag: false, enableBlinkFeatures: 'CSSVariables'",
      /enableBlinkFeatures must not be set/
    ],
    [
      'webviewTag: false',
      'webviewTag: false, nodeIntegrationInSubFrames: true',
      /nodeIntegrationInSubFrames must be false/
    ],
    ['sandbox: true,', '', /sandbox must be set to true/],
    ['nodeIntegration: false,', '', /nodeIntegration must be set to false/],
    ['contextIsolation: true,', '', /contextIsolation must be set to true/],
    ['preload: preloadFile,', '', /preload must be set/],
    ['sandbox: true', "sandbox: process.env.SANDBOX === '1'", /a value only known at run time/],
    ['sandbox: true', 'sandbox: true, ...extra', /spreads another object/]
  ])('catch a bad window: %s → %s', (good, bad, expected) => {
    expect(GOOD_WINDOW).toContain(good)
    const reported = findings({ window: GOOD_WINDOW.replace(good, bad) })
    expect(reported.join('\n')).toMatch(expected)
    expect(reported.every((f) => f.startsWith('web-preferences:'))).toBe(true)
    expect(reported.join('\n')).toContain('src/main/window.ts:')
  })

  it.each([
    ['devTools: !app.isPackaged', '', /devTools must be set to !app.isPackaged/],
    ['devTools: !app.isPackaged', 'devTools: true', /devTools must be false in an installed app/],
    ['devTools: !app.isPackaged', 'devTools: app.isPackaged', /devTools must be false/],
    [
      'devTools: !app.isPackaged',
      "devTools: process.env.DEBUG === '1'",
      /devTools must be false .*a value only known at run time/
    ]
  ])('catch developer tools in an installed app: %s → %s', (good, bad, expected) => {
    expect(findings({ window: GOOD_WINDOW.replace(good, bad) }).join('\n')).toMatch(expected)
  })

  it('pass devTools: false', () => {
    const window = GOOD_WINDOW.replace('devTools: !app.isPackaged', 'devTools: false')
    expect(findings({ window })).toEqual([])
  })

  it('follow an aliased import and a const options object', () => {
    const aliased = `
      import { BrowserWindow as Win } from 'electron'
      const options = { webPreferences: { sandbox: false, contextIsolation: true, nodeIntegration: false, preload: 'p' } }
      export const w = new Win(options)
    `
    expect(findings({ window: aliased }).join('\n')).toMatch(/sandbox must be true, found false/)
    const namespace = `
      import * as electron from 'electron'
      export const w = new electron.BrowserWindow({ webPreferences: { nodeIntegration: true } })
    `
    expect(findings({ window: namespace }).join('\n')).toMatch(/nodeIntegration must be false/)
  })

  it('fail when there is no BrowserWindow to check, or its options are unknown', () => {
    expect(findings({ window: 'export {}' }).join('\n')).toMatch(/no `new BrowserWindow/)
    const passedIn = `
      import { BrowserWindow } from 'electron'
      export const make = (options: object) => new BrowserWindow(options)
    `
    expect(findings({ window: passedIn }).join('\n')).toMatch(/cannot verify its options/)
  })

  it('check webPreferences written anywhere else, e.g. a window-open override', () => {
    const override = GOOD_SECURITY.replace(
      "() => ({ action: 'deny' })",
      "() => ({ action: 'deny', overrideBrowserWindowOptions: { webPreferences: { sandbox: false } } })"
    )
    const reported = findings({ security: override }).join('\n')
    expect(reported).toMatch(/webPreferences at src\/main\/security.ts.*sandbox must be true/)
  })

  it.each([
    [
      'a permission request handler that grants',
      'callback(false))',
      'callback(true))',
      /only ever call callback\(false\)/
    ],
    [
      'a permission request handler that grants some',
      '(_contents, _permission, callback) => callback(false)',
      "(_contents, permission, callback) => callback(permission === 'fullscreen')",
      /only ever call callback\(false\)/
    ],
    [
      'no permission request handler',
      'ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))',
      '',
      /setPermissionRequestHandler is never called/
    ],
    [
      'a null permission request handler',
      '(_contents, _permission, callback) => callback(false)',
      'null',
      /restores Electron's default/
    ],
    [
      'a permission check handler that can allow',
      'setPermissionCheckHandler(() => false)',
      "setPermissionCheckHandler((_c, permission) => permission === 'media')",
      /check handler must always return false/
    ],
    [
      'no permission check handler',
      'ses.setPermissionCheckHandler(() => false)',
      '',
      /setPermissionCheckHandler is never called/
    ],
    [
      'a will-navigate handler that never prevents',
      "if (!url.startsWith('app://reader/')) event.preventDefault()\n    })\n    contents.on('will-redirect'",
      "console.log(url, event)\n    })\n    contents.on('will-redirect'",
      /'will-navigate' handler never calls preventDefault/
    ],
    [
      'no will-navigate handler',
      "contents.on('will-navigate'",
      "contents.on('did-navigate'",
      /no 'will-navigate' handler/
    ],
    [
      'no will-redirect handler',
      "contents.on('will-redirect'",
      "contents.on('did-redirect-navigation'",
      /no 'will-redirect' handler/
    ],
    [
      'no will-frame-navigate handler (sub-frames navigate freely)',
      "contents.on('will-frame-navigate'",
      "contents.on('did-frame-navigate'",
      /no 'will-frame-navigate' handler/
    ],
    [
      'a will-frame-navigate handler that never prevents',
      "if (!event.isMainFrame || !event.url.startsWith('app://reader/')) event.preventDefault()",
      'console.log(event.url)',
      /'will-frame-navigate' handler never calls preventDefault/
    ],
    [
      'a webview allowed sometimes',
      "contents.on('will-attach-webview', (event) => event.preventDefault())",
      "contents.on('will-attach-webview', (event, prefs) => { if (prefs.nodeIntegration) event.preventDefault() })",
      /must call preventDefault\(\) unconditionally/
    ],
    [
      'a window-open handler that allows',
      "() => ({ action: 'deny' })",
      "(details) => ({ action: details.url.startsWith('app:') ? 'allow' : 'deny' })",
      /must always return \{ action: 'deny' \}/
    ],
    [
      'a window-open handler with a path that allows',
      "() => ({ action: 'deny' })",
      "(details) => { if (details.url === 'x') return { action: 'allow' }; return { action: 'deny' } }",
      /must always return \{ action: 'deny' \}/
    ],
    [
      'no onBeforeRequest filter',
      'ses.webRequest.onBeforeRequest(',
      'ses.webRequest.onCompleted(',
      /no webRequest.onBeforeRequest/
    ]
  ])('catch %s', (_name, good, bad, expected) => {
    expect(GOOD_SECURITY).toContain(good)
    expect(findings({ security: GOOD_SECURITY.replace(good, bad) }).join('\n')).toMatch(expected)
  })

  it('pass handlers that grant only a reviewed permission, narrowed, and say which', () => {
    const clipboard = GOOD_SECURITY.replace(
      '(_contents, _permission, callback) => callback(false)',
      "(_contents, permission, callback, details) => callback(permission === 'clipboard-sanitized-write' && details.isMainFrame && details.requestingUrl.startsWith('app://reader/'))"
    ).replace(
      'setPermissionCheckHandler(() => false)',
      "setPermissionCheckHandler((_c, permission, origin) => 'clipboard-sanitized-write' === permission && origin === 'app://reader')"
    )
    const permissions = run({ security: clipboard }).find((r) => r.id === 'permissions')
    expect(permissions?.status).toBe('pass')
    expect(permissions?.notes.join('\n')).toMatch(
      /granted when narrowed: clipboard-sanitized-write/
    )
  })

  it.each([
    [
      'a permission that was not reviewed',
      "callback(permission === 'media' && details.isMainFrame)",
      /only ever call callback\(false\)/
    ],
    [
      'the reviewed permission, not narrowed',
      "callback(permission === 'clipboard-sanitized-write')",
      /only ever call callback\(false\)/
    ],
    [
      'the reviewed permission or anything',
      "callback(permission === 'clipboard-sanitized-write' || details.isMainFrame)",
      /only ever call callback\(false\)/
    ],
    [
      'another parameter compared',
      "callback(details.requestingUrl === 'clipboard-sanitized-write' && true)",
      /only ever call callback\(false\)/
    ]
  ])('catch a request handler that grants %s', (_name, answer, expected) => {
    const bad = GOOD_SECURITY.replace(
      '(_contents, _permission, callback) => callback(false)',
      `(_contents, permission, callback, details) => ${answer}`
    )
    expect(findings({ security: bad }).join('\n')).toMatch(expected)
  })

  it('catch a check handler that grants a permission that was not reviewed', () => {
    const bad = GOOD_SECURITY.replace(
      'setPermissionCheckHandler(() => false)',
      "setPermissionCheckHandler((_c, permission, origin) => permission === 'geolocation' && origin === 'app://reader')"
    )
    expect(findings({ security: bad }).join('\n')).toMatch(/check handler must always return false/)
  })

  it('require the handlers on every web contents, not just one', () => {
    const oneWindow = `
      import { BrowserWindow } from 'electron'
      export function lockDown(window: BrowserWindow) {
        window.webContents.session.setPermissionRequestHandler((_c, _p, callback) => callback(false))
        window.webContents.session.setPermissionCheckHandler(() => false)
        window.webContents.session.webRequest.onBeforeRequest((_d, callback) => callback({}))
        window.webContents.on('will-navigate', (event) => event.preventDefault())
        window.webContents.on('will-redirect', (event) => event.preventDefault())
        window.webContents.on('will-frame-navigate', (event) => event.preventDefault())
        window.webContents.on('will-attach-webview', (event) => event.preventDefault())
        window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
      }
    `
    const reported = findings({ security: oneWindow }).join('\n')
    expect(reported).toMatch(
      /'will-navigate' handler must be attached in app.on\('web-contents-created'\)/
    )
    expect(reported).toMatch(/setWindowOpenHandler must be set in app.on\('web-contents-created'\)/)
  })

  it('follow a handler declared as a function in the same file', () => {
    const named = GOOD_SECURITY.replace(
      "contents.setWindowOpenHandler(() => ({ action: 'deny' }))",
      'contents.setWindowOpenHandler(openHandler)'
    ).concat("\nfunction openHandler() { return { action: 'allow' as const } }\n")
    expect(findings({ security: named }).join('\n')).toMatch(
      /must always return \{ action: 'deny' \}/
    )
  })

  it.each([
    ['no app.enableSandbox()', GOOD_INDEX.replace('app.enableSandbox()', ''), /never called/],
    [
      'app.enableSandbox() after ready',
      GOOD_INDEX.replace('app.enableSandbox()\n', '').replace(
        'void app.whenReady().then(() => {',
        'void app.whenReady().then(() => {\n  app.enableSandbox()'
      ),
      /must run at the top level/
    ],
    [
      'no protocol.handle',
      GOOD_INDEX.replace('protocol.handle', 'protocol.unhandle'),
      /protocol.handle is never called/
    ],
    [
      'a file:// protocol',
      GOOD_INDEX.concat("\nprotocol.registerFileProtocol('app', () => undefined)\n"),
      /registerFileProtocol serves file paths/
    ],
    [
      'a scheme that bypasses the CSP',
      GOOD_INDEX.concat(
        "\nprotocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { bypassCSP: true } }])\n"
      ),
      /bypassCSP/
    ]
  ])('catch %s', (_name, index, expected) => {
    expect(findings({ index }).join('\n')).toMatch(expected)
  })

  it.each([
    [
      'loadFile',
      'void window.loadURL(url)',
      "void window.loadFile('index.html')",
      /loadFile loads from file/
    ],
    [
      'a file:// URL',
      'void window.loadURL(url)',
      'void window.loadURL(`file://${__dirname}/index.html`)',
      /loadURL with a file:\/\/ URL/
    ],
    [
      'pathToFileURL',
      'void window.loadURL(url)',
      'void window.loadURL(pathToFileURL(url).href)',
      /loadURL with a file:\/\/ URL/
    ]
  ])('catch loading the renderer with %s', (_name, good, bad, expected) => {
    expect(findings({ window: GOOD_WINDOW.replace(good, bad) }).join('\n')).toMatch(expected)
  })

  it.each([
    [
      'shell.openExternal(url)',
      "import { shell } from 'electron'\nexport const open = (url: string) => shell.openExternal(url)"
    ],
    [
      'a destructured openExternal',
      "import { shell } from 'electron'\nconst { openExternal } = shell\nexport { openExternal }"
    ],
    [
      "shell['openExternal']",
      "import { shell } from 'electron'\nexport const open = (url: string) => shell['openExternal'](url)"
    ],
    [
      'shell[`openExternal`], a template literal',
      "import { shell } from 'electron'\nexport const open = (url: string) => shell[`openExternal`](url)"
    ],
    [
      'a name built by concatenation',
      "import { shell } from 'electron'\nexport const open = (url: string) => shell['open' + 'External'](url)"
    ],
    [
      'a name in a const',
      "import { shell } from 'electron'\nconst name = `open${'External'}`\nexport const open = (url: string) => Reflect.get(shell, name)(url)"
    ],
    [
      'a name joined from parts',
      "import * as electron from 'electron'\nexport const open = (url: string) => electron.shell[['open', 'External'].join('')](url)"
    ]
  ])('catch %s anywhere in src', (_name, renderer) => {
    expect(findings({ renderer }).join('\n')).toMatch(
      /open-external: src\/renderer\/App.tsx:\d+ shell.openExternal/
    )
  })

  it.each([
    [
      'shell.openPath(url)',
      "import { shell } from 'electron'\nexport const open = (url: string) => shell.openPath(url)"
    ],
    [
      'shell.openPath on a constant',
      "import { shell } from 'electron'\nexport const open = () => shell.openPath('/tmp/report.pdf')"
    ],
    [
      "shell['open' + 'Path']",
      "import { shell } from 'electron'\nexport const open = (p: string) => shell['open' + 'Path'](p)"
    ],
    [
      'a destructured openPath',
      "import { shell } from 'electron'\nconst { openPath } = shell\nexport { openPath }"
    ],
    [
      'the old openItem',
      "import * as electron from 'electron'\nexport const open = (p: string) => (electron.shell as any).openItem(p)"
    ]
  ])('catch %s anywhere in src', (_name, renderer) => {
    expect(findings({ renderer }).join('\n')).toMatch(
      /open-external: src\/renderer\/App.tsx:\d+ shell\.open(Path|Item).*the app never hands anything to the system to open/
    )
  })

  it.each([
    [
      "appendSwitch('remote-debugging-port', …)",
      "app.commandLine.appendSwitch('remote-debugging-port', '9222')",
      /appendSwitch\('remote-debugging-port'\): remote debugging lets any program/
    ],
    [
      "appendSwitch('remote-debugging-pipe')",
      "app.commandLine.appendSwitch('remote-debugging-pipe')",
      /remote-debugging-pipe/
    ],
    [
      "appendSwitch('--inspect')",
      "app.commandLine.appendSwitch('--inspect', '9229')",
      /appendSwitch\('inspect'\): Node's inspector/
    ],
    [
      'appendArgument with the value inline',
      "app.commandLine.appendArgument('--remote-debugging-port=9222')",
      /appendArgument\('remote-debugging-port'\)/
    ],
    [
      'a switch in any case',
      "app.commandLine.appendSwitch('Remote-Debugging-Address', '0.0.0.0')",
      /remote debugging/
    ],
    [
      'a switch name in a const',
      "const PORT = 'remote-' + 'debugging-port'\napp.commandLine.appendSwitch(PORT, '9222')",
      /remote-debugging-port/
    ],
    [
      'remote-allow-origins',
      "app.commandLine.appendSwitch('remote-allow-origins', '*')",
      /remote-allow-origins/
    ],
    ['no-sandbox', "app.commandLine.appendSwitch('no-sandbox')", /turns off the renderer sandbox/],
    [
      'disable-web-security',
      "app.commandLine.appendSwitch('disable-web-security')",
      /same-origin policy/
    ],
    [
      'the commandLine through a local',
      'const cl = app.commandLine\ncl.appendSwitch("inspect-brk")',
      /inspect-brk/
    ],
    [
      "a computed ['appendSwitch']",
      "app.commandLine['appendSwitch']('remote-debugging-port', '1')",
      /remote-debugging-port/
    ],
    [
      'js-flags with --inspect',
      "app.commandLine.appendSwitch('js-flags', '--inspect')",
      /--inspect hands V8 to a debugger/
    ],
    [
      'a switch known only at run time',
      "app.commandLine.appendSwitch(process.env.SWITCH ?? 'lang')",
      /cannot verify a appendSwitch whose switch is only known at run time/
    ],
    [
      'a computed commandLine member',
      "const m = process.argv[2]!\n;(app.commandLine as any)[m]('remote-debugging-port', '1')",
      /cannot verify a computed member of app\.commandLine/
    ]
  ])('catch a debugging or weakening switch set from code: %s', (_name, code, expected) => {
    const index = GOOD_INDEX.replace('app.enableSandbox()', `app.enableSandbox()\n${code}`)
    const reported = findings({ index }).join('\n')
    const switches = reported.split('\n').filter((line) => line.startsWith('command-line-switches'))
    expect(switches.join('\n')).toMatch(/^command-line-switches: src\/main\/index\.ts:\d+ /)
    expect(switches.join('\n')).toMatch(expected)
  })

  it('pass switches that open nothing', () => {
    const index = GOOD_INDEX.replace(
      'app.enableSandbox()',
      "app.enableSandbox()\napp.commandLine.appendSwitch('lang', 'en-US')\napp.commandLine.appendSwitch('js-flags', '--max-old-space-size=4096')"
    )
    expect(findings({ index })).toEqual([])
  })

  it('catch a computed member of an Electron object whose name is not known', () => {
    const renderer =
      "import { shell } from 'electron'\nexport const open = (url: string, how: string) => (shell as any)[atob(how)](url)"
    expect(findings({ renderer }).join('\n')).toMatch(
      /open-external: .* cannot verify a computed member of an Electron object: it could be openExternal/
    )
  })

  it.each([
    [
      'openDevTools()',
      'void window.loadURL(url)',
      'void window.loadURL(url)\n  window.webContents.openDevTools()'
    ],
    [
      "a computed ['openDevTools']",
      'void window.loadURL(url)',
      "void window.loadURL(url)\n  window.webContents['openDevTools']({ mode: 'detach' })"
    ],
    [
      'toggleDevTools',
      'void window.loadURL(url)',
      'void window.loadURL(url)\n  window.webContents.toggleDevTools()'
    ],
    [
      'a menu role',
      'void window.loadURL(url)',
      "void window.loadURL(url)\n  const items = [{ role: 'toggleDevTools' as const }]\n  void items"
    ]
  ])('catch developer tools opened from code: %s', (_name, good, bad) => {
    expect(findings({ window: GOOD_WINDOW.replace(good, bad) }).join('\n')).toMatch(
      /devtools: src\/main\/window.ts:\d+ developer tools opened from code/
    )
  })

  it.each([
    [
      'ipcRenderer itself',
      "contextBridge.exposeInMainWorld('ipc', ipcRenderer)",
      /ipcRenderer is used other than as ipcRenderer.invoke/
    ],
    [
      'ipcRenderer in an object',
      "contextBridge.exposeInMainWorld('api', { ipcRenderer })",
      /ipcRenderer is used other than/
    ],
    [
      'an unbound ipcRenderer method',
      "contextBridge.exposeInMainWorld('api', { invoke: ipcRenderer.invoke })",
      /ipcRenderer is used other than/
    ],
    [
      'a generic send',
      "contextBridge.exposeInMainWorld('api', { send: (c: string) => ipcRenderer.send(c) })",
      /ipcRenderer is used other than/
    ],
    [
      'a window global',
      ";(window as any).api = { search: () => ipcRenderer.invoke('x') }",
      /writes to a page global/
    ],
    ['Object.assign on window', 'Object.assign(window, { api: {} })', /writes to a page global/],
    [
      "a page callback passed straight to ipcRenderer.on (it would get Electron's event)",
      "contextBridge.exposeInMainWorld('ev', { on: (cb: () => void) => ipcRenderer.on('menu:command', cb) })",
      /ipcRenderer is used other than/
    ],
    [
      "a listener that reads Electron's event",
      "contextBridge.exposeInMainWorld('ev', { on: (cb: (e: unknown) => void) => { const l = (event: unknown) => cb(event); ipcRenderer.on('menu:command', l) } })",
      /ipcRenderer is used other than/
    ],
    [
      'ipcRenderer.on outside a function',
      "ipcRenderer.on('menu:command', (_event: unknown) => undefined)",
      /ipcRenderer is used other than/
    ]
  ])('catch a preload that exposes %s', (_name, extra, expected) => {
    const preload = GOOD_PRELOAD.concat(`\n${extra}\n`)
    expect(findings({ preload }).join('\n')).toMatch(expected)
  })

  it.each([
    [
      'a generic invoke',
      "contextBridge.exposeInMainWorld('api', { invoke: (channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args) })"
    ],
    [
      'a generic invoke in a const object',
      "const api = { call(channel: string) { return ipcRenderer.invoke(channel) } }\ncontextBridge.exposeInMainWorld('api', api)"
    ],
    [
      'a generic invoke declared as a function',
      "function invoke(channel: string, ...args: unknown[]) { return ipcRenderer.invoke(channel, ...args) }\ncontextBridge.exposeInMainWorld('api', { invoke })"
    ],
    [
      'a generic invoke exposed as the whole API',
      "contextBridge.exposeInMainWorld('invoke', (c: string, a: unknown) => ipcRenderer.invoke(c, a))"
    ],
    [
      'a channel built from what the page passes',
      "contextBridge.exposeInMainWorld('api', { get: (name: string) => ipcRenderer.invoke(`library:${name}`) })"
    ],
    [
      'a generic invoke behind a factory',
      "const make = () => ({ invoke: (c: string) => ipcRenderer.invoke(c) })\ncontextBridge.exposeInMainWorld('api', make())"
    ],
    [
      'a generic event subscription',
      "contextBridge.exposeInMainWorld('ev', { on: (channel: string, cb: (p: unknown) => void) => { const l = (_e: unknown, p: unknown) => cb(p); ipcRenderer.on(channel, l) } })"
    ],
    [
      'a factory from elsewhere that is not the contract',
      "import { makeApi } from './make-api'\ncontextBridge.exposeInMainWorld('api', makeApi((c: string, a: unknown[]) => ipcRenderer.invoke(c, ...a)))"
    ]
  ])('catch a preload that passes a channel through: %s', (_name, extra) => {
    const preload = GOOD_PRELOAD.concat(`\n${extra}\n`)
    expect(findings({ preload }).join('\n')).toMatch(
      /^preload: src\/preload\/index\.ts:\d+ ipcRenderer\.(invoke|on) is given a channel the preload cannot show is one of the contract's: a generic invoke lets the page call any channel/m
    )
  })

  it("pass the app's preload, which builds its API with the contract's createReaderApi", () => {
    const preload = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8')
    expect(preload).toContain('createReaderApi(')
    expect(findings({ preload })).toEqual([])
  })

  it("pass a preload whose event listeners drop Electron's event", () => {
    const preload = GOOD_PRELOAD.concat(
      "\ncontextBridge.exposeInMainWorld('ev', { on: (cb: (p: unknown) => void) => { const listener = (_event: unknown, payload: unknown) => cb(payload); ipcRenderer.on('menu:command', listener); return () => { ipcRenderer.removeListener('menu:command', listener) } } })\n"
    )
    expect(findings({ preload }).join('\n')).not.toMatch(/ipcRenderer/)
  })

  it.each([
    ['a constant', '(event) => event.sender === mainWindow?.webContents', '() => true'],
    [
      'true for the event',
      '(event) => event.sender === mainWindow?.webContents',
      '(event) => !!event'
    ],
    [
      'another comparison',
      '(event) => event.sender === mainWindow?.webContents',
      '(event) => event.sender !== null'
    ],
    [
      'a path that skips the comparison',
      '(event) => event.sender === mainWindow?.webContents',
      '(event) => { if (process.env.DEV) return true; return event.sender === mainWindow?.webContents }'
    ],
    [
      'a check from another file',
      '(event) => event.sender === mainWindow?.webContents',
      'isAnyWindow'
    ],
    ['no check', ', (event) => event.sender === mainWindow?.webContents)', ')'],
    ['no registerIpc', 'registerIpc(', 'registerNothing(']
  ])('catch an IPC sender check that is %s', (_name, good, bad) => {
    expect(GOOD_INDEX).toContain(good)
    expect(findings({ index: GOOD_INDEX.replace(good, bad) }).join('\n')).toMatch(
      /ipc-sender: .*(sender check must return event\.sender === <the app window>\.webContents|cannot verify a sender check|without the sender check|registerIpc is never called)/
    )
  })

  it('pass a sender check written the other way round', () => {
    const index = GOOD_INDEX.replace(
      '(event) => event.sender === mainWindow?.webContents',
      '(e) => mainWindow?.webContents === e.sender'
    )
    expect(findings({ index })).toEqual([])
  })

  it.each([
    [
      'no launch guard',
      'const refusal = launchRefusal({ argv: process.argv, isPackaged: app.isPackaged })',
      'const refusal = null',
      /expected one top-level `const refusal = launchRefusal/
    ],
    [
      'a guard told the app is never packaged',
      'isPackaged: app.isPackaged',
      'isPackaged: false',
      /must be told isPackaged: app.isPackaged/
    ],
    [
      'a guard that reads no switches',
      'argv: process.argv',
      'argv: []',
      /must read argv: process.argv/
    ],
    [
      'a refusal that does not quit',
      '  app.exit(1)\n',
      '',
      /must call app.exit\(\) when the launch is refused/
    ]
  ])('catch %s', (_name, good, bad, expected) => {
    expect(GOOD_INDEX).toContain(good)
    expect(findings({ index: GOOD_INDEX.replace(good, bad) }).join('\n')).toMatch(expected)
  })

  it('catch a preload that never uses contextBridge', () => {
    const preload =
      "import { ipcRenderer } from 'electron'\nexport const x = () => ipcRenderer.invoke('a')"
    expect(findings({ preload }).join('\n')).toMatch(/never calls contextBridge.exposeInMainWorld/)
  })

  it('are not fooled by comments or formatting', () => {
    const commented = GOOD_WINDOW.replace(
      'sandbox: true,',
      "// sandbox: true,\n      /* sandbox: true */ 'sandbox':\n        false,"
    )
    expect(findings({ window: commented }).join('\n')).toMatch(/sandbox must be true, found false/)
  })
})
