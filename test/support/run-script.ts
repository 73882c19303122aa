// Runs one of the project's TypeScript entry points in a child Node process, as its npm script
// does (`tsx <script>`), on the Node that runs the tests. Never blocks the caller: a test that waits
// for a child keeps its worker answering, and only the test's timeout (sized for a slow, busy
// machine in vitest.config.ts) bounds the wait.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ScriptOptions {
  /** Modules to load first, e.g. './test/support/register-electron-stub.mjs'. */
  imports?: string[]
  /** The child's environment; defaults to this process's. */
  env?: NodeJS.ProcessEnv
}

export interface ScriptResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Starts `node --import tsx <script> <args>` in the project root, with piped output. */
export function spawnScript(
  script: string,
  args: string[] = [],
  options: ScriptOptions = {}
): ChildProcessWithoutNullStreams {
  const imports = ['tsx', ...(options.imports ?? [])].flatMap((module) => ['--import', module])
  const child = spawn(process.execPath, [...imports, script, ...args], {
    cwd: repoRoot,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  child.stdin.end()
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  return child
}

/** Runs the script to its end and gives back its exit and everything it printed. */
export function runScript(
  script: string,
  args: string[] = [],
  options: ScriptOptions = {}
): Promise<ScriptResult> {
  const child = spawnScript(script, args, options)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: string) => (stdout += chunk))
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}
