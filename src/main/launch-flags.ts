import { say } from './words'

/**
 * Switches that open a running app to other programs on the machine: Chromium's remote debugging
 * (`--remote-debugging-port`, `--remote-debugging-pipe`), which no Electron fuse turns off, and
 * Node's inspector (`--inspect`, `--inspect-brk`, `--inspect-port`…), which the
 * EnableNodeCliInspectArguments fuse also turns off. A packaged app refuses to start with any of
 * them; a development run (`electron .`, the tests) keeps them. No Electron here: index.ts shows
 * the refusal and quits before any window exists.
 */

const REFUSED_PREFIXES = ['remote-debugging', 'inspect', 'debug-port'] as const

export interface LaunchRefusal {
  title: string
  message: string
}

/**
 * The arguments (after the executable) that switch on debugging, read as Chromium reads its
 * switches: `--name`, `-name` and, on Windows, `/name`, with or without `=value`, in any case.
 */
export function debuggingSwitches(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform
): string[] {
  const prefix = platform === 'win32' ? /^(--|-|\/)/ : /^(--|-)/
  return argv.slice(1).filter((arg) => {
    const match = prefix.exec(arg)
    if (!match) return false
    const name = arg.slice(match[0].length).split('=')[0]?.toLowerCase() ?? ''
    return REFUSED_PREFIXES.some((refused) => name.startsWith(refused))
  })
}

/** Whether the app may start with this command line, and what to tell the user if not. */
export function launchRefusal(options: {
  argv: readonly string[]
  isPackaged: boolean
  platform?: NodeJS.Platform
}): LaunchRefusal | null {
  if (!options.isPackaged) return null
  const switches = debuggingSwitches(options.argv, options.platform)
  if (switches.length === 0) return null
  return {
    title: say('launch.refused.title'),
    message: say('launch.refused.message', { switches: switches.join(' ') })
  }
}
