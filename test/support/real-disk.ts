// Runs a script's phases, one child process each, in a folder on a disk that really fails the way
// a user's disk does, so that what that does to the app's writes is seen, not assumed:
//  - a small disk that fills up (runOnSmallDisk);
//  - a read-only disk (runOnReadOnlyDisk).
// In order of preference:
//  1. the mount in a mount namespace of its own (`unshare -m` as root, as CI runs; `unshare -rm`,
//     an unprivileged user namespace, otherwise): it vanishes with the children;
//  2. as root without unshare, mounted on the folder and unmounted afterwards;
//  3. where neither is allowed: for a small disk, a folder whose writes fail with ENOSPC at a
//     chosen byte (emulated-small-disk.mjs, at the fs boundary of the child); for a read-only one,
//     a folder the user may not write (chmod, which root ignores: then the run is refused, and
//     says why). `why` says why no real disk could be had.
// READER_REAL_DISK=mount or =fallback starts further down the list (to try those ways here).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runScript } from './run-script'

export interface DiskRun {
  /** What the disk was: 'tmpfs in a mount namespace', 'read-only bind mount', 'emulated'… */
  disk: string
  /** Why the disk is not the real kind, or ''. */
  why: string
  /** Each phase's `result` line, parsed. */
  results: unknown[]
}

const IMPORTS = ['tsx', './test/support/register-electron-stub.mjs']

/**
 * Runs `node <script> <phase> <dir>` for each phase, in order, with <dir> on a disk of `sizeKb`
 * kilobytes; `env` goes to every phase. Fails if a phase fails.
 */
export async function runOnSmallDisk(
  script: string,
  phases: string[],
  sizeKb: number,
  env: Record<string, string> = {}
): Promise<DiskRun> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-small-disk-'))
  try {
    const mount = `mount -t tmpfs -o size=${sizeKb}k tmpfs "$DIR"`
    const real = await onMountedDir(script, phases, dir, mount, 'tmpfs', { ...process.env, ...env })
    if ('results' in real) return real
    const emulated = {
      ...process.env,
      ...env,
      READER_EMULATED_DISK_DIR: dir,
      READER_EMULATED_DISK_BYTES: String(sizeKb * 1024)
    }
    return {
      disk: 'emulated',
      why: real.why,
      results: await phasesIn(script, phases, dir, emulated, [
        './test/support/emulated-small-disk.mjs'
      ])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Runs the phases with <dir> on a read-only disk, after `prepare` has put files in it. Only `why`
 * where no read-only disk can be had (root, without mount namespaces or mount).
 */
export async function runOnReadOnlyDisk(
  script: string,
  phases: string[],
  prepare: (dir: string) => Promise<void>
): Promise<DiskRun | { why: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-read-only-disk-'))
  try {
    await prepare(dir)
    const mount = 'mount --bind "$DIR" "$DIR" && mount -o remount,bind,ro "$DIR"'
    const real = await onMountedDir(script, phases, dir, mount, 'read-only bind mount', process.env)
    if ('results' in real || process.getuid?.() === 0) return real
    chmodTree(dir, false)
    try {
      const results = await phasesIn(script, phases, dir, process.env)
      return { disk: 'a folder without write permission', why: real.why, results }
    } finally {
      chmodTree(dir, true)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Tiers 1 and 2: the phases with `mount` made on <dir>, or why that cannot be done here. */
async function onMountedDir(
  script: string,
  phases: string[],
  dir: string,
  mount: string,
  disk: string,
  env: NodeJS.ProcessEnv
): Promise<DiskRun | { why: string }> {
  const start = process.env['READER_REAL_DISK'] ?? ''
  const namespace = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m']
  const probe = start
    ? { status: null, stderr: `READER_REAL_DISK=${start} skipped it` }
    : await inNamespace(namespace, mount, ['true'], { ...env, DIR: dir })
  if (probe.status === 0) {
    const node = [process.execPath, ...IMPORTS.flatMap((m) => ['--import', m]), script]
    const run = await inNamespace(namespace, mount, node, { ...env, DIR: dir }, phases)
    if (run.status !== 0) throw new Error(`the phases failed on the ${disk}:\n${run.stderr}`)
    return { disk: `${disk} in a mount namespace`, why: '', results: parse(run.stdout, phases) }
  }
  const why = `unshare ${namespace.join(' ')} could not mount (${probe.stderr.trim() || `exit ${probe.status}`})`
  if (process.getuid?.() !== 0 || start === 'fallback') {
    return {
      why: start ? `READER_REAL_DISK=${start} asked for it` : `${why}, and mount needs root`
    }
  }
  const mounted = spawnSync('sh', ['-c', mount], { env: { ...env, DIR: dir }, encoding: 'utf8' })
  if (mounted.status !== 0) {
    return { why: `${why}, and mount was not allowed either (${mounted.stderr.trim()})` }
  }
  try {
    return { disk, why: '', results: await phasesIn(script, phases, dir, env) }
  } finally {
    spawnSync('umount', [dir])
  }
}

function chmodTree(dir: string, writable: boolean): void {
  spawnSync('chmod', ['-R', writable ? 'u+w' : 'a-w', dir])
}

/**
 * Runs `command` in a new mount namespace after `mount` (a shell command on "$DIR"), once per
 * phase (with the phase and "$DIR" as its arguments). Never blocks the caller.
 */
function inNamespace(
  flags: string[],
  mount: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  phases: string[] = []
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const each = phases.length > 0 ? phases.map((p) => `"$@" ${p} "$DIR"`).join(' && ') : '"$@"'
  const child = spawn('unshare', [...flags, 'sh', '-c', `${mount} && ${each}`, 'sh', ...command], {
    cwd: repoRoot,
    env
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((done) => {
    child.on('error', (error) => done({ status: null, stdout, stderr: error.message }))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

async function phasesIn(
  script: string,
  phases: string[],
  dir: string,
  env: NodeJS.ProcessEnv,
  imports: string[] = []
): Promise<unknown[]> {
  const results: unknown[] = []
  for (const phase of phases) {
    const run = await runScript(script, [phase, dir], {
      imports: [...IMPORTS.slice(1), ...imports],
      env
    })
    if (run.code !== 0) throw new Error(`phase ${phase} failed:\n${run.stderr}`)
    results.push(...parse(run.stdout, [phase]))
  }
  return results
}

function parse(stdout: string, phases: string[]): unknown[] {
  const lines = stdout.split('\n').filter((l) => l.startsWith('result '))
  if (lines.length !== phases.length) {
    throw new Error(`expected ${phases.length} results, got:\n${stdout}`)
  }
  return lines.map((l) => JSON.parse(l.slice('result '.length)) as unknown)
}
