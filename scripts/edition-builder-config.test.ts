import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'
import {
  EDITION_APP_ID_PREFIX,
  editionBuilderConfig,
  installerFailureMessage
} from './edition-builder-config'
import { packageBin } from './node-tools'

const root = fileURLToPath(new URL('..', import.meta.url))
const FIELD_COURSE = {
  appName: 'Field Course Reader',
  editionTitle: 'Central Asia Field Course, Spring 2027'
}

describe("an edition's electron-builder overrides", () => {
  it('name the product after the edition, with its own app id and output folder', () => {
    expect(editionBuilderConfig(FIELD_COURSE)).toEqual({
      productName: 'Field Course Reader',
      appId: `${EDITION_APP_ID_PREFIX}central-asia-field-course-spring-2027`,
      directories: { output: 'dist/central-asia-field-course-spring-2027' }
    })
  })

  it('keep a name with accents and other scripts as written', () => {
    const config = editionBuilderConfig({ appName: 'Полевой курс', editionTitle: 'Été 2027' })
    expect(config.productName).toBe('Полевой курс')
    expect(config.appId).toBe(`${EDITION_APP_ID_PREFIX}ete-2027`)
  })

  it('never hand electron-builder a name that is unsafe in a file name or on a command line', () => {
    expect(() =>
      editionBuilderConfig({ appName: 'R & calc.exe & rem', editionTitle: 'T' })
    ).toThrow(/appName contains "&", which Windows treats as a command separator/)
  })

  it("merge into electron-builder.yml the way electron-builder's own loader does, fuses kept", async () => {
    const overrides = editionBuilderConfig(FIELD_COURSE)
    const plain = await getConfig(root, null, null)
    const merged = await getConfig(root, null, structuredClone(overrides))
    expect(merged).toMatchObject(overrides)
    expect(merged.directories).toEqual({
      ...plain.directories,
      output: overrides.directories.output
    })
    expect(merged.electronFuses).toEqual(plain.electronFuses)
    expect(merged.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true })
    expect(merged.files).toEqual(plain.files)
    expect(merged.asar).toBe(true)
    expect(merged.publish).toBeNull()
  })
})

describe('when electron-builder fails', () => {
  it('says that the network is missing, what was kept and what to do', () => {
    const offline = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), {
      code: 'ENOTFOUND'
    })
    const message = installerFailureMessage(offline)
    expect(message).toContain('could not download Electron or its packaging tools')
    expect(message).toContain('(getaddrinfo ENOTFOUND github.com)')
    expect(message).toContain('no installer was made')
    expect(message).toContain('"Building on a machine without network"')
  })

  it('passes on any other failure with what was kept', () => {
    expect(installerFailureMessage(new Error('cannot find build/icon.png'))).toBe(
      "edition: electron-builder stopped: cannot find build/icon.png. The edition's content (resources/generated) and the app (out/) are built and kept; no installer was made."
    )
  })
})

describe('the build tools, run without npm or a shell', () => {
  it.each([
    ['typescript', 'tsc'],
    ['electron-vite', 'electron-vite']
  ])("find %s's %s entry point in its package.json", (pkg, command) => {
    const path = packageBin(pkg, command)
    expect(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })
})
