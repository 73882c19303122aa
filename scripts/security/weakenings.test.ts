import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseSource } from './ast'
import { readStaticInputs } from './project'
import { staticChecks, type StaticInputs } from './static-audit'

// Weakenings that once passed both the audit and the unit tests, each applied to a copy (in
// memory) of this repository's real source text: the audit must now report every one of them.
// Flipped fuses in a copy of electron-builder.yml are in fuses-check.test.ts.
const root = fileURLToPath(new URL('../../', import.meta.url))
const real = readStaticInputs(root)

/** The repository's inputs with `good` replaced by `bad` in one file (which must contain it). */
function weakened(path: string, edits: [good: string, bad: string][]): StaticInputs {
  const source = real.sources.find((s) => s.path === path)
  if (!source) throw new Error(`${path} is not in the audit's inputs`)
  let text = source.file.getFullText()
  for (const [good, bad] of edits) {
    expect(text, `${path} still contains the text this test weakens`).toContain(good)
    text = text.replace(good, bad)
  }
  return {
    ...real,
    sources: real.sources.map((s) => (s.path === path ? parseSource(path, text) : s))
  }
}

function reported(inputs: StaticInputs): string {
  return staticChecks(inputs)
    .flatMap((r) =>
      r.findings.map((f) => `${r.id}: ${f.file ? `${f.file}:${f.line} ` : ''}${f.message}`)
    )
    .join('\n')
}

const WINDOW_SHOWN = "window.once('ready-to-show', () => window.show())"

describe('the audit, on weakened copies of this repository', () => {
  it('passes the repository as it is', () => {
    expect(reported(real)).toBe('')
  })

  it.each<[string, string, [string, string][], RegExp]>([
    [
      'shell[`openExternal`](url): computed access to a dangerous API',
      'src/main/window.ts',
      [
        [
          "import { app, BrowserWindow, dialog } from 'electron'",
          "import { app, BrowserWindow, dialog, shell } from 'electron'"
        ],
        [WINDOW_SHOWN, `${WINDOW_SHOWN}\n  void shell[\`openExternal\`](url)`]
      ],
      /^open-external: src\/main\/window\.ts:\d+ shell\.openExternal: the app never opens the web$/m
    ],
    [
      'registerIpc(…, () => true)',
      'src/main/index.ts',
      [['(event) => event.sender === mainWindow?.webContents', '() => true']],
      /^ipc-sender: src\/main\/index\.ts:\d+ registerIpc's sender check must return event\.sender === <the app window>\.webContents/m
    ],
    [
      'a CSP without base-uri',
      'src/main/app-protocol.ts',
      [[`  "base-uri 'none'",\n`, '']],
      /^csp: src\/main\/app-protocol\.ts:\d+ no base-uri: /m
    ],
    [
      'a CSP without form-action',
      'src/main/app-protocol.ts',
      [[`  "form-action 'none'",\n`, '']],
      /^csp: src\/main\/app-protocol\.ts:\d+ no form-action: /m
    ],
    [
      'a CSP without frame-ancestors',
      'src/main/app-protocol.ts',
      [[`  "frame-ancestors 'none'",\n`, '']],
      /^csp: src\/main\/app-protocol\.ts:\d+ no frame-ancestors: /m
    ],
    [
      'a CSP with an outside source',
      'src/main/app-protocol.ts',
      [[`"script-src 'self'"`, `"script-src 'self' https://cdn.example.com"`]],
      /^csp: .* script-src allows https:\/\/cdn\.example\.com, which is outside the allowlist/m
    ],
    [
      'openDevTools() in src/main',
      'src/main/window.ts',
      [[WINDOW_SHOWN, `${WINDOW_SHOWN}\n  window.webContents.openDevTools()`]],
      /^devtools: src\/main\/window\.ts:\d+ developer tools opened from code/m
    ],
    [
      'devtools in an installed app',
      'src/main/window.ts',
      [['devTools: !app.isPackaged', 'devTools: true']],
      /^web-preferences: src\/main\/window\.ts:\d+ .*devTools must be false in an installed app/m
    ],
    [
      'no launch guard against debugging switches',
      'src/main/index.ts',
      [['launchRefusal({ argv: process.argv, isPackaged: app.isPackaged })', 'null']],
      /^launch-guard: src\/main\/index\.ts/m
    ],
    [
      'sub-frames free to navigate',
      'src/main/security.ts',
      [["contents.on('will-frame-navigate'", "contents.on('did-frame-navigate'"]],
      /^navigation: no 'will-frame-navigate' handler in src\/main$/m
    ],
    [
      'a shell on Windows in the edition build',
      'scripts/node-tools.ts',
      [
        [
          "{ cwd, stdio: 'inherit' }",
          "{ cwd, stdio: 'inherit', shell: process.platform === 'win32' }"
        ]
      ],
      /^no-shell: scripts\/node-tools\.ts:\d+ a shell option that can be true/m
    ],
    [
      'exec in a script',
      'scripts/test-under-load.ts',
      [
        [
          "import { spawn, type ChildProcess } from 'node:child_process'",
          "import { execSync, spawn, type ChildProcess } from 'node:child_process'\nexecSync('npm test')"
        ]
      ],
      /^no-shell: scripts\/test-under-load\.ts:\d+ child_process\.execSync always uses a shell/m
    ],
    [
      "spawnSync('/bin/sh', ['-c', …]) in the edition build",
      'scripts/node-tools.ts',
      [
        [
          "spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' })",
          "spawnSync('/bin/sh', ['-c', [script, ...args].join(' ')], { cwd, stdio: 'inherit' })"
        ]
      ],
      /^no-shell: scripts\/node-tools\.ts:\d+ child_process\.spawnSync runs a shell \(\/bin\/sh\)/m
    ],
    [
      "spawnSync('cmd.exe', ['/c', …]) in the edition build",
      'scripts/node-tools.ts',
      [
        [
          "spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' })",
          "spawnSync('cmd.exe', ['/c', script, ...args], { cwd, stdio: 'inherit' })"
        ]
      ],
      /^no-shell: scripts\/node-tools\.ts:\d+ child_process\.spawnSync runs a shell \(cmd\.exe\)/m
    ],
    [
      "app.commandLine.appendSwitch('remote-debugging-port', …) in main",
      'src/main/index.ts',
      [
        [
          'app.enableSandbox()',
          "app.enableSandbox()\napp.commandLine.appendSwitch('remote-debugging-port', '9222')"
        ]
      ],
      /^command-line-switches: src\/main\/index\.ts:\d+ appendSwitch\('remote-debugging-port'\)/m
    ],
    [
      'shell.openPath(url) in main',
      'src/main/window.ts',
      [
        [
          "import { app, BrowserWindow, dialog } from 'electron'",
          "import { app, BrowserWindow, dialog, shell } from 'electron'"
        ],
        [WINDOW_SHOWN, `${WINDOW_SHOWN}\n  void shell.openPath(url)`]
      ],
      /^open-external: src\/main\/window\.ts:\d+ shell\.openPath: opens a file or URL/m
    ],
    [
      'a preload that also exposes a generic invoke',
      'src/preload/index.ts',
      [
        [
          '// The page sees exactly',
          "contextBridge.exposeInMainWorld('ipc', {\n  invoke: (channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args)\n})\n// The page sees exactly"
        ]
      ],
      /^preload: src\/preload\/index\.ts:\d+ ipcRenderer\.invoke is given a channel the preload cannot show is one of the contract's/m
    ]
  ])('reports %s', (_name, path, edits, expected) => {
    expect(reported(weakened(path, edits))).toMatch(expected)
  })
})
