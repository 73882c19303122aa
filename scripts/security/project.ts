import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parseSource, type Source } from './ast'

/** Reading the project from disk, and asking npm: the parts of the audit that are not pure. */

export function readSources(root: string, dir: string): Source[] {
  const sources: Source[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path)
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$|\.d\.ts$/.test(entry.name)) {
        sources.push(
          parseSource(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'))
        )
      }
    }
  }
  if (existsSync(join(root, dir))) walk(join(root, dir))
  return sources.sort((a, b) => a.path.localeCompare(b.path))
}

export function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

export function readText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

export interface NpmRun {
  stdout: string
  stderr: string
  status: number | null
  error?: string
}

/** Runs npm: the same npm that runs this script when there is one (npm run sets npm_execpath). */
export function runNpm(args: string[], cwd: string, timeoutMs: number): NpmRun {
  const cli = process.env.npm_execpath
  const viaNode = cli !== undefined && /\.(c?js|mjs)$/.test(cli)
  const result = viaNode
    ? spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs })
    : spawnSync('npm', args, {
        cwd,
        encoding: 'utf8',
        timeout: timeoutMs,
        shell: process.platform === 'win32'
      })
  return {
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    status: result.status,
    ...(result.error ? { error: result.error.message } : {})
  }
}
