/**
 * Renders the one icon source, resources/icon.svg, to the PNGs electron-builder packages:
 * build/icon.png (1024×1024; electron-builder makes the .ico and .icns from it) and
 * build/icons/<size>x<size>.png, the Linux icon set. Usage: tsx scripts/build-icons.ts
 * [--source <svg>] [--out <dir>]. The output is byte-for-byte reproducible: the SVG has no text,
 * so no system font is read, and resvg's PNG encoder writes no timestamps.
 */
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

export const APP_ICON_SIZE = 1024
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

export interface BuiltIcon {
  path: string
  size: number
}

export function renderIcon(svg: string, size: number): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
    logLevel: 'error'
  }).render()
  if (image.width !== size || image.height !== size) {
    throw new Error(`the icon must be square: rendered ${image.width}×${image.height} at ${size}`)
  }
  return image.asPng()
}

/** Writes build/icon.png and build/icons/*.png under `outDir`, replacing earlier icons. */
export function buildIcons(options: { source: string; outDir: string }): BuiltIcon[] {
  const svg = readFileSync(options.source, 'utf8')
  const iconsDir = join(options.outDir, 'icons')
  rmSync(iconsDir, { recursive: true, force: true })
  mkdirSync(iconsDir, { recursive: true })

  const targets: BuiltIcon[] = [
    { path: join(options.outDir, 'icon.png'), size: APP_ICON_SIZE },
    ...LINUX_ICON_SIZES.map((size) => ({ path: join(iconsDir, `${size}x${size}.png`), size }))
  ]
  for (const target of targets) writeFileSync(target.path, renderIcon(svg, target.size))
  return targets
}

function main(argv: readonly string[]): number {
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name)
    return at === -1 ? undefined : argv[at + 1]
  }
  const source = resolve(option('--source') ?? join(projectRoot, 'resources', 'icon.svg'))
  const outDir = resolve(option('--out') ?? join(projectRoot, 'build'))
  try {
    const built = buildIcons({ source, outDir })
    console.log(`Icons: ${built.length} PNGs from ${source} in ${outDir}`)
    return 0
  } catch (error) {
    console.error(`Cannot build the icons: ${(error as Error).message}`)
    return 1
  }
}

/** True when this file is the entry point (`tsx scripts/build-icons.ts`), not an import. */
function isEntryPoint(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  const canonical = (path: string) => {
    const real = realpathSync(resolve(path))
    return process.platform === 'win32' ? real.toLowerCase() : real
  }
  return canonical(entry) === canonical(fileURLToPath(import.meta.url))
}

if (isEntryPoint()) process.exitCode = main(process.argv.slice(2))
