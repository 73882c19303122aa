import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_ICON_SIZE, LINUX_ICON_SIZES, buildIcons } from './build-icons'

const source = fileURLToPath(new URL('../resources/icon.svg', import.meta.url))
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from the IHDR chunk, which must directly follow the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('build-icons', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-icons-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('renders resources/icon.svg to a 1024×1024 PNG and the Linux icon set', () => {
    const outDir = tempDir()
    buildIcons({ source, outDir })

    expect(pngSize(readFileSync(join(outDir, 'icon.png')))).toEqual({
      width: APP_ICON_SIZE,
      height: APP_ICON_SIZE
    })
    expect(APP_ICON_SIZE).toBe(1024)
    const names = readdirSync(join(outDir, 'icons')).sort()
    expect(names).toEqual(LINUX_ICON_SIZES.map((s) => `${s}x${s}.png`).sort())
    for (const size of LINUX_ICON_SIZES) {
      const png = readFileSync(join(outDir, 'icons', `${size}x${size}.png`))
      expect(pngSize(png)).toEqual({ width: size, height: size })
    }
  })

  it('is reproducible: two builds give the same bytes', () => {
    const a = tempDir()
    const b = tempDir()
    buildIcons({ source, outDir: a })
    buildIcons({ source, outDir: b })
    expect(readFileSync(join(a, 'icon.png')).equals(readFileSync(join(b, 'icon.png')))).toBe(true)
    for (const size of LINUX_ICON_SIZES) {
      const name = join('icons', `${size}x${size}.png`)
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true)
    }
  })
})
