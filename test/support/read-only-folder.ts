import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A folder that is there, with files in it, and takes no new file: as a real machine makes one. */
export interface ReadOnlyFolder {
  path: string
  /** How it was made read-only, for a failing test's message. */
  how: string
  /** Makes it writable again and removes it. */
  remove: () => void
}

/**
 * Makes a folder holding `files` (paths inside it, with their text) and then makes it impossible to write in, even for root (as
 * tests run in CI): for another user, the folder's write permission is taken away; for root, a
 * read-only file system is mounted on it (the disk of a locked-down laptop, a write-protected
 * USB stick), or, where mounting is not allowed, the folder is made immutable. Returns the reason
 * instead when this machine allows none of these, so that the test can say why it is skipped.
 */
export function readOnlyFolder(files: Record<string, string> = {}): ReadOnlyFolder | string {
  const path = mkdtempSync(join(tmpdir(), 'reader-read-only-'))
  const fill = () => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(path, name)), { recursive: true })
      writeFileSync(join(path, name), text)
    }
  }
  const removeFolder = () => rmSync(path, { recursive: true, force: true })
  if (process.getuid?.() !== 0) {
    fill()
    chmodSync(path, 0o500)
    return {
      path,
      how: 'write permission taken away',
      remove: () => {
        chmodSync(path, 0o700)
        removeFolder()
      }
    }
  }
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { stdio: 'pipe', timeout: 30_000 })
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', path])
    fill()
    run('mount', ['-o', 'remount,ro', path])
    return {
      path,
      how: 'a read-only file system mounted on it',
      remove: () => {
        run('umount', [path])
        removeFolder()
      }
    }
  } catch (mountError) {
    try {
      run('umount', [path])
    } catch {
      // It was not mounted.
    }
    try {
      fill()
      run('chattr', ['+i', path])
      return {
        path,
        how: 'made immutable',
        remove: () => {
          run('chattr', ['-i', path])
          removeFolder()
        }
      }
    } catch (chattrError) {
      removeFolder()
      return `this machine lets root write anywhere and allows neither a read-only mount (${(mountError as Error).message.split('\n')[0]}) nor chattr +i (${(chattrError as Error).message.split('\n')[0]})`
    }
  }
}
