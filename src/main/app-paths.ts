import { isAbsolute, join, resolve } from 'node:path'

export interface AppPaths {
  rendererDir: string
  preloadFile: string
  generatedDir: string
  userDataDir: string
}

/**
 * Where the app finds its parts. `appPath` is the app root (the folder with package.json, or
 * app.asar when packaged). Overrides exist for tests and are ignored in a packaged app, except the
 * user-data folder, which Electron lets any user choose anyway.
 */
export function resolveAppPaths(options: {
  appPath: string
  defaultUserDataDir: string
  isPackaged: boolean
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
}): AppPaths {
  const { appPath, isPackaged, argv, env } = options
  const userDataArg = argv
    .find((a) => a.startsWith('--reader-user-data='))
    ?.split('=')
    .slice(1)
    .join('=')
  const generatedOverride = isPackaged ? undefined : env.READER_GENERATED_DIR
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadFile: join(appPath, 'out', 'preload', 'index.cjs'),
    generatedDir: generatedOverride
      ? absolute(generatedOverride)
      : join(appPath, 'resources', 'generated'),
    userDataDir: userDataArg ? absolute(userDataArg) : options.defaultUserDataDir
  }
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(path)
}
