import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { parseSource, type Source } from './ast'
import type { StaticInputs } from './static-audit'

/** Reading the project from disk, and asking npm: the parts of the audit that are not pure. */

const CODE_FILE = /\.(tsx?|mts|cts|[cm]?js)$/
const DECLARATION_FILE = /\.d\.[cm]?ts$/
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/

export function isTestFile(path: string): boolean {
  return TEST_FILE.test(path)
}

/** The code files under `dir` (TypeScript and JavaScript), without tests unless asked for. */
export function readSources(
  root: string,
  dir: string,
  options: { includeTests?: boolean } = {}
): Source[] {
  const sources: Source[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path)
      } else if (
        CODE_FILE.test(entry.name) &&
        !DECLARATION_FILE.test(entry.name) &&
        (options.includeTests || !isTestFile(entry.name))
      ) {
        sources.push(
          parseSource(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'))
        )
      }
    }
  }
  if (existsSync(join(root, dir))) walk(join(root, dir))
  return sources.sort((a, b) => a.path.localeCompare(b.path))
}

/** The static audit's inputs from disk: src/ and scripts/ (tests included) and the renderer HTML. */
export function readStaticInputs(root: string): StaticInputs {
  return {
    sources: [
      ...readSources(root, 'src', { includeTests: true }),
      ...readSources(root, 'scripts', { includeTests: true })
    ],
    pages: ['src/renderer/index.html', 'out/renderer/index.html'].map((path) => ({
      path,
      text: readText(join(root, path))
    }))
  }
}

/**
 * electron-builder's effective configuration, read by electron-builder's own loader: the yml,
 * or package.json's "build" key when there is one, with any `extends` merged in.
 */
export async function loadBuilderConfig(
  root: string
): Promise<{ config: unknown } | { problem: string }> {
  try {
    return { config: await getConfig(root, null, null) }
  } catch (error) {
    return {
      problem: `electron-builder could not read its configuration: ${(error as Error).message}`
    }
  }
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

/**
 * Runs npm through its JavaScript entry point with this Node, never through a shell: the npm
 * that runs this script (npm run sets npm_execpath), else the npm installed beside this Node.
 */
export function runNpm(args: string[], cwd: string, timeoutMs: number): NpmRun {
  const cli = npmCli()
  if (!cli) {
    return {
      stdout: '',
      stderr: '',
      status: null,
      error: 'npm was not found beside this Node: run the audit with npm run audit:security'
    }
  }
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs
  })
  return {
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    status: result.status,
    ...(result.error ? { error: result.error.message } : {})
  }
}

function npmCli(): string | undefined {
  const fromNpm = process.env.npm_execpath
  if (fromNpm && /\.(c?js|mjs)$/.test(fromNpm)) return fromNpm
  const nodeDir = dirname(process.execPath)
  return [
    join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'), // Windows
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js') // macOS, Linux
  ].find((candidate) => existsSync(candidate))
}
