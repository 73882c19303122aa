import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import type * as FsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The system's side of a write, bent the ways real disks bend it: write(2) taking fewer bytes than
// it was given (a disk filling up does), taking none, or fsync failing (a disk that lost the data).
const system = vi.hoisted(() => ({
  bytesPerWrite: Infinity,
  failSync: null as NodeJS.ErrnoException | null
}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args)
      const write = handle.write.bind(handle) as (
        ...a: unknown[]
      ) => Promise<{ bytesWritten: number }>
      const sync = handle.sync.bind(handle)
      return Object.assign(handle, {
        write: (data: Uint8Array, offset: number, length: number, position: number) =>
          system.bytesPerWrite === 0
            ? Promise.resolve({ bytesWritten: 0, buffer: data })
            : write(data, offset, Math.min(length, system.bytesPerWrite), position),
        sync: () => (system.failSync ? Promise.reject(system.failSync) : sync())
      })
    }
  }
})
import { CoalescedFile } from './coalesced-file'
import { removeInterruptedWrites, USER_FILE_MODE, writeFileDurably } from './durable-write'

afterEach(() => {
  system.bytesPerWrite = Infinity
  system.failSync = null
})

const freshDir = () => mkdtempSync(join(tmpdir(), 'reader-durable-'))
const TEXT = `{"notes": "${'é and ü, written whole; '.repeat(500)}"}`

describe('a durable write', () => {
  it('puts the whole file in place, private to the user, and leaves no temp file', async () => {
    const dir = freshDir()
    const file = join(dir, 'notes.json')
    await writeFileDurably(file, TEXT)
    expect(readFileSync(file, 'utf8')).toBe(TEXT)
    expect(lstatSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['notes.json'])
  })

  it('keeps writing when the system takes fewer bytes than it was given', async () => {
    const file = join(freshDir(), 'notes.json')
    system.bytesPerWrite = 7 // As a disk that is filling up answers.
    await writeFileDurably(file, TEXT)
    expect(readFileSync(file, 'utf8')).toBe(TEXT)
  })

  it.each([
    ['takes no bytes at all (the disk is full)', () => (system.bytesPerWrite = 0), 'ENOSPC'],
    [
      'cannot flush the file to the disk',
      () => (system.failSync = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })),
      'EIO'
    ]
  ])('never replaces the file when the system %s, and says why', async (_, fault, code) => {
    const dir = freshDir()
    const file = join(dir, 'notes.json')
    writeFileSync(file, 'the good file')
    fault()
    await expect(writeFileDurably(file, TEXT)).rejects.toMatchObject({ code })
    expect(readFileSync(file, 'utf8')).toBe('the good file')
    expect(readdirSync(dir)).toEqual(['notes.json'])
  })

  it('gives a file the user asked for (an export) the usual mode', async () => {
    const file = join(freshDir(), 'notes.md')
    await writeFileDurably(file, '# Notes\n', { mode: USER_FILE_MODE })
    expect(lstatSync(file).mode & 0o777).toBe(0o666 & ~process.umask())
  })

  it('removes only the temp files of the kind of file asked for', () => {
    const dir = freshDir()
    for (const name of [
      'preferences.json.tmp-0123456789abcdef', // the app's own
      'preferences.json.tmp-1767323045123abc', // atomically's (electron-store's writer)
      'preferences.json',
      'notes.md.tmp-0123456789abcdef', // not a .json of the app
      'preferences.json.tmp-xyz' // not a temp name
    ]) {
      writeFileSync(join(dir, name), '')
    }
    expect(removeInterruptedWrites(dir).sort()).toEqual([
      'preferences.json.tmp-0123456789abcdef',
      'preferences.json.tmp-1767323045123abc'
    ])
    expect(readdirSync(dir).sort()).toEqual([
      'notes.md.tmp-0123456789abcdef',
      'preferences.json',
      'preferences.json.tmp-xyz'
    ])
    expect(removeInterruptedWrites(join(dir, 'missing'))).toEqual([])
  })
})

describe('a file kept in step with memory', () => {
  it('writes the changes made during a write together, and answers each caller once on disk', async () => {
    const dir = freshDir()
    const file = join(dir, 'list.json')
    const list: number[] = []
    let writes = 0
    const kept = new CoalescedFile(file, () => {
      writes++
      return JSON.stringify(list)
    })
    const saves = Array.from({ length: 20 }, (_, i) => {
      list.push(i)
      kept.changed()
      return kept.save().then(() => JSON.parse(readFileSync(file, 'utf8')) as number[])
    })
    const seen = await Promise.all(saves)
    // Each caller's change was on disk when it heard back.
    seen.forEach((onDisk, i) => expect(onDisk).toContain(i))
    expect(writes).toBe(2) // The first change's write, then one for the other 19.
    expect(kept.unsaved).toBe(0)
    expect(kept.busy).toBe(false)
  })

  it('counts the changes of a failed write as unsaved until a later write lands', async () => {
    const dir = freshDir()
    const file = join(dir, 'missing-folder', 'list.json')
    const kept = new CoalescedFile(file, () => '[]')
    kept.changed(3)
    await expect(kept.save()).rejects.toMatchObject({ code: 'ENOENT' })
    expect(kept.unsaved).toBe(3)
    kept.changed()
    await expect(kept.save()).rejects.toMatchObject({ code: 'ENOENT' })
    expect(kept.unsaved).toBe(4)
    mkdirSync(join(dir, 'missing-folder'))
    await kept.save()
    expect(kept.unsaved).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('[]')
  })
})
