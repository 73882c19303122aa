import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The command that runs the PDF reader or the Word reader (or, in the sandbox's tests, a hostile
 * script in its place), in layers, each of which holds on its own:
 *
 * 1. Node's permission model: the process may read the script, the project's package.json and
 *    pdf.js's own files, nothing else; no writing, no child processes, workers, add-ons, WASI or
 *    inspector; no code made from strings.
 * 2. An empty environment: nothing of the build's (a signing password, a token) is there to read.
 *    Windows keeps `SystemRoot`, without which a Windows process cannot start its system DLLs.
 * 3. No `node:sqlite` (`--no-experimental-sqlite`: Node 24's permission model does not cover its
 *    files), no WebSocket, no SIGUSR1 inspector, a heap of its own size.
 * 4. The lockdown (lockdown.ts), loaded before the script: no module or global that opens a
 *    socket (net, tls, http, https, http2, dgram, dns, fetch…), no signals, no process.binding,
 *    and none of it can be undone by a script that runs later.
 * 5. What the system offers: on Linux, new user, network, PID and IPC namespaces (`unshare`,
 *    where unprivileged user namespaces are allowed): no network device but a loopback of its
 *    own, and no other process in sight to signal; on macOS, `sandbox-exec` with a profile that
 *    denies the network. Windows has no such thing for an unprivileged program; layers 1–4 hold
 *    there.
 */

const require = createRequire(import.meta.url)

/** The reader the build runs. */
export const PDF_READER = fileURLToPath(new URL('../pdf-text-layer-reader.ts', import.meta.url))
const LOCKDOWN = fileURLToPath(new URL('./lockdown.ts', import.meta.url))
const PACKAGE_JSON = fileURLToPath(new URL('../../../package.json', import.meta.url))
const PDFJS = `${dirname(require.resolve('pdfjs-dist/package.json'))}${sep}`

/** The reader's own heap; its whole memory is watched from outside (supervise.ts). */
export const PDF_READER_HEAP_MB = 1024

export interface SandboxLayers {
  /** The lockdown of layer 4 (off only in the sandbox's tests, to show what each layer holds). */
  lockdown: boolean
  /** The system's sandbox of layer 5, where there is one (likewise). */
  system: boolean
}

export const ALL_LAYERS: SandboxLayers = { lockdown: true, system: true }

export interface SandboxCommand {
  command: string
  args: string[]
  env: Record<string, string>
  /** The system sandbox used, in words, or null: "Linux namespaces (user, network, PID, IPC)". */
  system: string | null
}

/**
 * Node's flags for the sandboxed process (layers 1, 3 and 4); `readable` are the library's
 * folders it may read besides the script (pdf.js's for the PDF reader).
 */
export function nodeFlags(
  script: string,
  layers: SandboxLayers = ALL_LAYERS,
  readable: readonly string[] = [PDFJS]
): string[] {
  return [
    '--permission',
    `--allow-fs-read=${script}`,
    `--allow-fs-read=${PACKAGE_JSON}`,
    ...readable.map((folder) => `--allow-fs-read=${folder}`),
    '--disallow-code-generation-from-strings',
    '--no-experimental-sqlite',
    '--no-experimental-websocket',
    '--disable-sigusr1',
    `--max-old-space-size=${PDF_READER_HEAP_MB}`,
    ...(layers.lockdown ? [`--allow-fs-read=${LOCKDOWN}`, '--import', LOCKDOWN] : []),
    script
  ]
}

export function sandboxCommand(
  script: string = PDF_READER,
  layers: SandboxLayers = ALL_LAYERS,
  readable: readonly string[] = [PDFJS]
): SandboxCommand {
  const node = nodeFlags(script, layers, readable)
  const env: Record<string, string> =
    process.platform === 'win32' && process.env['SystemRoot']
      ? { SystemRoot: process.env['SystemRoot'] }
      : {}
  const system = layers.system ? systemSandbox() : null
  if (!system) return { command: process.execPath, args: node, env, system: null }
  return {
    command: system.command,
    args: [...system.args, process.execPath, ...node],
    env,
    system: system.name
  }
}

interface SystemSandbox {
  name: string
  command: string
  args: string[]
}

let probed: SystemSandbox | null | undefined

/** The system's sandbox, found once per process by trying it; null where there is none. */
export function systemSandbox(): SystemSandbox | null {
  if (probed === undefined) probed = findSystemSandbox()
  return probed
}

/** The profile for macOS's sandbox-exec: everything a reader needs, no network at all. */
const MACOS_PROFILE = '(version 1) (allow default) (deny network*)'

function findSystemSandbox(): SystemSandbox | null {
  if (process.platform === 'linux') {
    const unshare = ['/usr/bin/unshare', '/bin/unshare'].find((path) => existsSync(path))
    if (!unshare) return null
    // Newer util-linux maps the user to itself (no root inside); older ones only to root.
    for (const user of ['--map-current-user', '--map-root-user']) {
      const args = [user, '--net', '--pid', '--ipc', '--fork', '--kill-child', '--']
      if (works(unshare, args)) {
        return { name: 'Linux namespaces (user, network, PID, IPC)', command: unshare, args }
      }
    }
    return null
  }
  if (process.platform === 'darwin' && existsSync('/usr/bin/sandbox-exec')) {
    const args = ['-p', MACOS_PROFILE]
    if (works('/usr/bin/sandbox-exec', args)) {
      return { name: 'sandbox-exec (no network)', command: '/usr/bin/sandbox-exec', args }
    }
  }
  return null
}

/** Whether Node starts under the wrapper (unprivileged user namespaces may be turned off). */
function works(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, [...args, process.execPath, '-e', ''], {
    env: {},
    stdio: 'ignore',
    timeout: 30_000
  })
  return result.status === 0
}
