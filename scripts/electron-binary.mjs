// Finds the Electron binary without importing the `electron` package: its index.js tries to
// download the binary when it is missing, and these machines have no network for that.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url))

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = join(override, relative ?? 'electron')
    if (existsSync(candidate)) return { ok: true, path: candidate }
    return {
      ok: false,
      reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`
    }
  }
  if (!relative) {
    return {
      ok: false,
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing) and this machine cannot download it; run `npx install-electron` where there is network, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron'
    }
  }
  const candidate = join(electronDir, 'dist', relative)
  if (existsSync(candidate)) return { ok: true, path: candidate }
  return { ok: false, reason: `the Electron binary is missing (${candidate} does not exist)` }
}
