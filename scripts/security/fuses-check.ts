import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join, relative, sep } from 'node:path'
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { FuseState } from '@electron/fuses/dist/constants'
import { resultOf, type CheckResult, type Finding } from './types'

/**
 * Electron's fuses, as the README promises them: in the configuration electron-builder reads
 * (electron-builder.yml, through electron-builder's own loader), and read back from every
 * packaged app in dist/ with @electron/fuses, the library electron-builder flips them with.
 */
export interface RequiredFuse {
  /** The key under electronFuses in electron-builder.yml. */
  key: string
  fuse: FuseV1Options
  on: boolean
  why: string
}

export const REQUIRED_FUSES: readonly RequiredFuse[] = [
  {
    key: 'runAsNode',
    fuse: FuseV1Options.RunAsNode,
    on: false,
    why: 'ELECTRON_RUN_AS_NODE would run the app as plain Node.js'
  },
  {
    key: 'enableCookieEncryption',
    fuse: FuseV1Options.EnableCookieEncryption,
    on: true,
    why: 'cookies are encrypted on disk'
  },
  {
    key: 'enableNodeOptionsEnvironmentVariable',
    fuse: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
    on: false,
    why: 'NODE_OPTIONS could load code into the app'
  },
  {
    key: 'enableNodeCliInspectArguments',
    fuse: FuseV1Options.EnableNodeCliInspectArguments,
    on: false,
    why: '--inspect would open a debugger'
  },
  {
    key: 'enableEmbeddedAsarIntegrityValidation',
    fuse: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    on: true,
    why: 'a changed app.asar is refused'
  },
  {
    key: 'onlyLoadAppFromAsar',
    fuse: FuseV1Options.OnlyLoadAppFromAsar,
    on: true,
    why: 'the app loads only from its checked app.asar'
  },
  {
    key: 'grantFileProtocolExtraPrivileges',
    fuse: FuseV1Options.GrantFileProtocolExtraPrivileges,
    on: false,
    why: 'file:// pages get no extra powers'
  }
]

const onOff = (on: boolean) => (on ? 'on' : 'off')

/** The fuses in electron-builder's effective configuration (yml, package.json "build", extends). */
export function checkFuseConfig(config: unknown, configFile: string): CheckResult {
  const findings: Finding[] = []
  const record = (config ?? {}) as {
    electronFuses?: Record<string, unknown> | null
    asar?: unknown
  }
  const fuses = record.electronFuses
  if (!fuses || typeof fuses !== 'object') {
    findings.push({ file: configFile, message: 'electronFuses is not set: no fuse is flipped' })
  } else {
    for (const { key, on, why } of REQUIRED_FUSES) {
      if (fuses[key] !== on) {
        findings.push({
          file: configFile,
          message: `electronFuses.${key} must be ${on} (${why}), found ${JSON.stringify(fuses[key])}`
        })
      }
    }
  }
  if (record.asar === false) {
    findings.push({ file: configFile, message: 'asar must be on: the fuses protect app.asar' })
  }
  return resultOf(
    'fuses-config',
    'Electron fuses set in the build configuration (README, "Fuses")',
    findings,
    [`read from ${configFile} through electron-builder's own configuration loader`]
  )
}

/** Built, unpacked apps under dist/: Linux and Windows *-unpacked folders, macOS .app bundles. */
export function findPackagedApps(distDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string, depth: number) => {
    if (!existsSync(dir) || depth > 3) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const path = join(dir, entry.name)
      if (entry.name.endsWith('.app') || entry.name.endsWith('-unpacked')) found.push(path)
      else walk(path, depth + 1)
    }
  }
  walk(distDir, 0)
  return found.sort()
}

/** In an unpacked folder, the files that can be the app's executable (the one with a fuse wire). */
function executableCandidates(unpacked: string): string[] {
  return readdirSync(unpacked, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(unpacked, entry.name))
    .filter((path) => ['', '.exe'].includes(extname(path).toLowerCase()))
    .sort((a, b) => statSync(b).size - statSync(a).size)
}

/** The fuse wire of a packaged app, or why it could not be read. */
async function readWire(
  app: string
): Promise<{ path: string; wire: Partial<Record<FuseV1Options, FuseState>> } | string> {
  const candidates = app.endsWith('.app') ? [app] : executableCandidates(app)
  let problem = 'no executable found'
  for (const path of candidates) {
    try {
      const wire = await getCurrentFuseWire(path)
      if (wire.version !== FuseVersion.V1)
        return `${path}: unknown fuse wire version ${wire.version}`
      return { path, wire }
    } catch (error) {
      problem = `${basename(path)}: ${(error as Error).message}`
    }
  }
  return `no Electron binary with a fuse wire (${problem})`
}

const STATE: Record<number, string> = {
  [FuseState.DISABLE]: 'off',
  [FuseState.ENABLE]: 'on',
  [FuseState.REMOVED]: 'removed from this Electron'
}

/** The fuses read back from every packaged app in dist/; SKIPPED, with why, when there is none. */
export async function checkPackagedFuses(root: string, distDir: string): Promise<CheckResult> {
  const apps = findPackagedApps(distDir)
  const title = 'Electron fuses in the packaged app, read back from its binary'
  const shown = (path: string) => relative(root, path).split(sep).join('/')
  if (!apps.length) {
    return {
      id: 'fuses-packaged',
      title,
      status: 'skipped',
      findings: [],
      notes: [
        `SKIPPED: no packaged app in ${shown(distDir)}/ to read (npm run build:linux, build:win, build:mac or npm run edition makes one); the fuses were checked in the configuration only`
      ]
    }
  }
  const findings: Finding[] = []
  const notes: string[] = []
  for (const app of apps) {
    const read = await readWire(app)
    if (typeof read === 'string') {
      findings.push({ file: shown(app), message: read })
      continue
    }
    notes.push(`read ${shown(read.path)}`)
    for (const { key, fuse, on, why } of REQUIRED_FUSES) {
      const state = read.wire[fuse]
      if (state !== (on ? FuseState.ENABLE : FuseState.DISABLE)) {
        findings.push({
          file: shown(read.path),
          message: `fuse ${key} is ${state === undefined ? 'missing' : (STATE[state] ?? `unknown (${state})`)}, must be ${onOff(on)} (${why})`
        })
      }
    }
  }
  return resultOf('fuses-packaged', title, findings, notes)
}
