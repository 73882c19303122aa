/**
 * Runs the build tools the way npm's scripts would, without npm and without a shell: each tool's
 * JavaScript entry point, read from its package.json `bin`, run by this same Node. On Windows,
 * Node refuses to spawn `npm.cmd`/`npx.cmd` without a shell (CVE-2024-27980), and a shell would
 * read anything in the arguments (an edition's name, a folder) as commands.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The absolute path of a package's command, e.g. ('typescript', 'tsc') → …/typescript/bin/tsc. */
export function packageBin(pkg: string, command = pkg): string {
  const manifestPath = require.resolve(`${pkg}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>
  }
  const relative = typeof bin === 'string' ? bin : bin?.[command]
  if (!relative) throw new Error(`${pkg} has no command named ${command}`)
  return join(dirname(manifestPath), relative)
}

/** Runs a JavaScript file with this Node, arguments as an array, output shown; its exit code. */
export function runNodeScript(script: string, args: readonly string[], cwd: string): number {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' })
  if (result.error) {
    console.error(`Could not run ${script}: ${result.error.message}`)
    return 1
  }
  return result.status ?? 1
}
