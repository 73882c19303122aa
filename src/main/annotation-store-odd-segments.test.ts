import { spawn, spawnSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as StoreFiles from './store-files'

// A file can be put in a segment's place after the store looked at it (with lstat) and before it
// reads it: what a sync program or another process can do at any moment, and a test only on
// demand. `swap` does it right after the store's look at that path, once.
const swap = vi.hoisted(() => ({ at: null as string | null, then: () => {} }))
vi.mock('./store-files', async (importOriginal) => {
  const real = await importOriginal<typeof StoreFiles>()
  return {
    ...real,
    inspectStoreFile: (path: string) => {
      const state = real.inspectStoreFile(path)
      if (path === swap.at) {
        swap.at = null
        swap.then()
      }
      return state
    }
  }
})
import { DEFAULT_MAX_FILE_CHARS } from './annotation-store'
import { segmentReadLimit, segmentText } from './notes-store/segment-file'
import {
  freshDir,
  input,
  OPENED_AT,
  segmentIn,
  STAMP,
  stored,
  storeOpener
} from '../../test/support/notes-fixtures'

const { open, closeAll } = storeOpener()
afterEach(() => {
  swap.at = null
  closeAll()
})

const OTHERS = ' Your other notes are all here.'

/** A user-data folder whose report "alpha" has two good segments, 1 and 3, around `second`. */
function folderAround(second: (file: string) => void): { dir: string; file: string } {
  const dir = freshDir()
  mkdirSync(dirname(segmentIn(dir)), { recursive: true })
  writeFileSync(segmentIn(dir, 1), segmentText('alpha', [stored(1), stored(2)]))
  writeFileSync(segmentIn(dir, 3), segmentText('alpha', [stored(3)]))
  const file = segmentIn(dir, 2)
  second(file)
  return { dir, file }
}

const GOOD = [stored(1), stored(2), stored(3)]

/** Puts `replace` in place of the good segment 2 after the store has looked at it. */
function swappedIn(replace: (file: string) => void) {
  return folderAround((file) => {
    writeFileSync(file, segmentText('alpha', [stored(4)]))
    swap.at = file
    swap.then = () => {
      rmSync(file)
      replace(file)
    }
  })
}

/** Where a segment set aside on OPENED_AT is kept. */
const asideOf = (dir: string, kind: string) =>
  join(dir, 'notes', 'alpha', `2.${kind}-${STAMP}.json`)

const linkNotice = (file: string, target: string, aside: string) =>
  `A file of your notes, ${file}, was a link to ${target}. The app does not use links for its own files, so it left what the link points to unchanged and kept the link as ${aside}.${OTHERS} If the file the link points to holds notes you want, close the app and put a copy of that file itself, not a link, at ${file}.`

const notAFileNotice = (file: string, aside: string) =>
  `Something other than a file (a folder, a pipe or a device) stood where a file of your notes belongs (${file}). The app did not read it, and kept it as ${aside}.${OTHERS} If you did not put it there, you can delete it.`

const tooLargeNotice = (file: string, aside: string) =>
  `A file of your notes, ${file}, is far larger than any file of notes the app writes, so it was not read: it may be damaged, or not a notes file at all. It was kept, unchanged, as ${aside}.${OTHERS} If you did not put that file there, check your disk and any program that syncs this folder; you can delete the kept file once you no longer need it.`

describe('a segment too large to be one the app wrote', () => {
  it('is not read but kept aside byte for byte, and every other note opens', async () => {
    const maxFileChars = 4_000
    const big = segmentText(
      'alpha',
      Array.from({ length: 12 }, (_, i) => stored(10 + i, { note: 'x'.repeat(1_500) }))
    )
    expect(Buffer.byteLength(big)).toBeGreaterThan(segmentReadLimit(maxFileChars))
    const { dir, file } = folderAround((file) => writeFileSync(file, big))
    const store = await open(dir, { now: () => OPENED_AT, maxFileChars })
    const aside = asideOf(dir, 'too-large')
    expect(store.list()).toEqual(GOOD)
    expect(store.notices).toEqual([tooLargeNotice(file, aside)])
    expect(readFileSync(aside, 'utf8')).toBe(big)
    // New notes never go where it was, and the next start says nothing more.
    await store.create(input())
    expect(readFileSync(aside, 'utf8')).toBe(big)
    const again = await open(dir, { maxFileChars })
    expect(again.notices).toEqual([])
    expect(again.list()).toHaveLength(4)
  })

  it('at the default limit: a huge (sparse) file is moved aside, never read into memory', async () => {
    const size = segmentReadLimit(DEFAULT_MAX_FILE_CHARS) + 1
    const { dir, file } = folderAround((file) => {
      writeFileSync(file, '{"schemaVersion":5')
      truncateSync(file, size) // Sparse: no disk space is taken, whatever the size.
    })
    const before = statSync(file)
    const store = await open(dir, { now: () => OPENED_AT })
    const aside = asideOf(dir, 'too-large')
    expect(store.list()).toEqual(GOOD)
    expect(store.notices).toEqual([tooLargeNotice(file, aside)])
    // Moved, not copied: the very same file (its inode), its size and time unchanged.
    const after = statSync(aside)
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, size, before.mtimeMs])
  })

  it('is never one the app wrote: a segment of notes filling the store in 3-byte characters is read back', async () => {
    // The read limit is 3 bytes per character of the store's limit; characters that take 3 bytes
    // in UTF-8 make the file three times its length in characters.
    const options = { maxFileChars: 20_000, segmentChars: 1_000_000 }
    const dir = freshDir()
    const writer = await open(dir, options)
    const made = []
    for (;;) {
      try {
        made.push(await writer.create(input({ note: '中'.repeat(1_900) })))
      } catch {
        break // The store is full.
      }
    }
    await writer.flush()
    expect(made.length).toBeGreaterThan(5)
    expect(statSync(segmentIn(dir)).size).toBeGreaterThan(2 * options.maxFileChars)
    const reader = await open(dir, options)
    expect(reader.notices).toEqual([])
    expect(reader.list()).toEqual(made)
  })
})

describe('a link where a segment belongs', () => {
  it.each([
    ['there when the app opens', folderAround],
    ['put there after the folder was looked at', swappedIn]
  ])(
    '(%s) is never followed: the link is kept aside, what it points to stays as it was',
    async (_, make) => {
      const outside = join(freshDir(), 'elsewhere.json')
      const theirs = segmentText('alpha', [stored(9)])
      writeFileSync(outside, theirs)
      const { dir, file } = make((file) => symlinkSync(outside, file))
      const store = await open(dir, { now: () => OPENED_AT })
      const aside = asideOf(dir, 'set-aside')
      // Neither the notes the link points to nor anything else of it is taken in.
      expect(store.list()).toEqual(GOOD)
      expect(store.notices).toEqual([linkNotice(file, outside, aside)])
      expect(lstatSync(aside).isSymbolicLink()).toBe(true)
      await store.create(input())
      expect(readFileSync(outside, 'utf8')).toBe(theirs)
    }
  )
})

describe('a folder named like a segment', () => {
  it.each([
    ['there when the app opens', folderAround],
    ['put there after the folder was looked at', swappedIn]
  ])('(%s) is kept aside with all it holds, and every other note opens', async (_, make) => {
    const { dir, file } = make((file) => {
      mkdirSync(file)
      writeFileSync(join(file, 'inside.txt'), 'kept')
    })
    const store = await open(dir, { now: () => OPENED_AT })
    const aside = asideOf(dir, 'set-aside')
    expect(store.list()).toEqual(GOOD)
    expect(store.notices).toEqual([notAFileNotice(file, aside)])
    expect(readdirSync(aside)).toEqual(['inside.txt'])
    expect(readFileSync(join(aside, 'inside.txt'), 'utf8')).toBe('kept')
  })
})

const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

describe('a FIFO (named pipe) where a segment belongs', () => {
  // Windows has no FIFOs in the file system, and mkfifo is the only way to make one from Node.
  it.skipIf(!hasMkfifo).each([
    ['there when the app opens', folderAround],
    ['put there after the folder was looked at', swappedIn]
  ])('(%s) never holds the app: kept aside unread, and every other note opens', async (_, make) => {
    const { dir, file } = make((file) => {
      expect(spawnSync('mkfifo', [file]).status).toBe(0)
    })
    const rescue = unblockReadersOf(file)
    try {
      const store = await open(dir, { now: () => OPENED_AT })
      const aside = asideOf(dir, 'set-aside')
      expect(store.list()).toEqual(GOOD)
      expect(store.notices).toEqual([notAFileNotice(file, aside)])
      expect(lstatSync(aside).isFIFO()).toBe(true)
    } finally {
      rescue.kill()
    }
  })
})

/**
 * A process that lets go of anyone stuck opening the FIFO at `path` for reading (it opens the
 * other end, then closes it): a store that waited on the FIFO then reads it as empty, and the test
 * fails on what the store says, instead of holding the whole test run for ever. It never creates
 * or changes a file.
 */
function unblockReadersOf(path: string) {
  const script = `
    const fs = require('node:fs')
    const path = process.argv[1]
    setInterval(() => {
      try {
        if (!fs.lstatSync(path).isFIFO()) return
        fs.closeSync(fs.openSync(path, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK))
      } catch {}
    }, 50)`
  return spawn(process.execPath, ['-e', script, path], { stdio: 'ignore' })
}
