import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFuseConfig, checkPackagedFuses, REQUIRED_FUSES } from './fuses-check'

const root = fileURLToPath(new URL('../../', import.meta.url))
const realYml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-fuses-'))
  temps.push(dir)
  return dir
}

/** electron-builder's effective configuration for a copy of the project with this yml. */
async function configOf(yml: string, packageJson?: (pkg: Record<string, unknown>) => void) {
  const dir = tempDir()
  writeFileSync(join(dir, 'electron-builder.yml'), yml)
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  packageJson?.(pkg)
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  return checkFuseConfig(await getConfig(dir, null, null), 'electron-builder.yml')
}

describe('the fuses in the build configuration', () => {
  it("pass this repository's electron-builder.yml, read by electron-builder's own loader", async () => {
    const result = checkFuseConfig(await getConfig(root, null, null), 'electron-builder.yml')
    expect(result.findings).toEqual([])
    expect(result.status).toBe('pass')
  })

  it.each([
    ['runAsNode: false', 'runAsNode: true'],
    ['enableCookieEncryption: true', 'enableCookieEncryption: false'],
    ['enableNodeOptionsEnvironmentVariable: false', 'enableNodeOptionsEnvironmentVariable: true'],
    ['enableNodeCliInspectArguments: false', 'enableNodeCliInspectArguments: true'],
    ['enableEmbeddedAsarIntegrityValidation: true', 'enableEmbeddedAsarIntegrityValidation: false'],
    ['onlyLoadAppFromAsar: true', 'onlyLoadAppFromAsar: false'],
    ['grantFileProtocolExtraPrivileges: false', 'grantFileProtocolExtraPrivileges: true'],
    ['  runAsNode: false\n', '']
  ])('catch a flipped or missing fuse: %j → %j', async (good, bad) => {
    expect(realYml).toContain(good)
    const key = good.trim().split(':')[0]
    const result = await configOf(realYml.replace(good, bad))
    expect(result.status).toBe('fail')
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(
      new RegExp(`^electronFuses\\.${key} must be (true|false) \\(`)
    )
  })

  it('catch a "build" key in package.json, which makes electron-builder ignore the yml', async () => {
    const result = await configOf(realYml, (pkg) => (pkg['build'] = { appId: 'x.y' }))
    expect(result.findings.map((f) => f.message)).toEqual([
      'electronFuses is not set: no fuse is flipped'
    ])
  })

  it('catch asar switched off', async () => {
    const result = await configOf(realYml.replace('asar: true', 'asar: false'))
    expect(result.findings.map((f) => f.message)).toContain(
      'asar must be on: the fuses protect app.asar'
    )
  })
})

/** A stand-in for an Electron binary: padding, the fuse sentinel and an 8-fuse wire, all on. */
function fakeElectron(path: string): void {
  const wire = Buffer.from([1, 8, ...Array<number>(8).fill(FuseState.ENABLE)])
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), wire]))
}

/** The fuses as electron-builder.yml asks for them, flipped with @electron/fuses. */
async function flipAsConfigured(
  path: string,
  overrides: Partial<Record<FuseV1Options, boolean>> = {}
) {
  const config = Object.fromEntries(REQUIRED_FUSES.map(({ fuse, on }) => [fuse, on]))
  await flipFuses(path, { version: FuseVersion.V1, ...config, ...overrides })
}

describe('the fuses read back from a packaged app', () => {
  it('are SKIPPED, saying why, when dist/ has no packaged app', async () => {
    const dir = tempDir()
    const result = await checkPackagedFuses(dir, join(dir, 'dist'))
    expect(result.status).toBe('skipped')
    expect(result.notes.join()).toMatch(/^SKIPPED: no packaged app in dist\/ to read/)
  })

  it('pass a Linux app whose binary has the fuses as configured, skipping other executables', async () => {
    const dir = tempDir()
    const unpacked = join(dir, 'dist', 'field-course', 'linux-unpacked')
    mkdirSync(unpacked, { recursive: true })
    fakeElectron(join(unpacked, 'offline-reference-reader'))
    await flipAsConfigured(join(unpacked, 'offline-reference-reader'))
    writeFileSync(join(unpacked, 'chrome-sandbox'), 'not electron')
    writeFileSync(join(unpacked, 'libffmpeg.so'), 'a library')
    const result = await checkPackagedFuses(dir, join(dir, 'dist'))
    expect(result.findings).toEqual([])
    expect(result.notes).toEqual(['read dist/field-course/linux-unpacked/offline-reference-reader'])
  })

  it('catch a packaged app with a fuse flipped the wrong way', async () => {
    const dir = tempDir()
    const unpacked = join(dir, 'dist', 'win-unpacked')
    mkdirSync(unpacked, { recursive: true })
    const exe = join(unpacked, 'Field Course Reader.exe')
    fakeElectron(exe)
    await flipAsConfigured(exe, {
      [FuseV1Options.RunAsNode]: true,
      [FuseV1Options.EnableNodeCliInspectArguments]: true
    })
    const result = await checkPackagedFuses(dir, join(dir, 'dist'))
    expect(result.status).toBe('fail')
    expect(result.findings.map((f) => `${f.file}: ${f.message}`)).toEqual([
      'dist/win-unpacked/Field Course Reader.exe: fuse runAsNode is on, must be off (ELECTRON_RUN_AS_NODE would run the app as plain Node.js)',
      'dist/win-unpacked/Field Course Reader.exe: fuse enableNodeCliInspectArguments is on, must be off (--inspect would open a debugger)'
    ])
  })

  it('catch an unpacked app without an Electron binary it can read', async () => {
    const dir = tempDir()
    const unpacked = join(dir, 'dist', 'linux-unpacked')
    mkdirSync(unpacked, { recursive: true })
    copyFileSync(join(root, 'package.json'), join(unpacked, 'reader'))
    const result = await checkPackagedFuses(dir, join(dir, 'dist'))
    expect(result.status).toBe('fail')
    expect(result.findings[0]?.message).toMatch(/^no Electron binary with a fuse wire/)
  })
})
