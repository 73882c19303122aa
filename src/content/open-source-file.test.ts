import { execFileSync } from 'node:child_process'
import {
  linkSync,
  lstatSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { readSourceFile } from './open-source-file'
import { scanContentFolder } from './read-sources'
import { sampleMetadata, TempDirs } from './test-support'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

const LIMITS = { maxBytes: 1_000_000, kind: 'a plain-text report' }
const INSIDE = 'Overview: The report the trainer put in the folder.\n'
const SECRET = 'Overview: SECRET, a private file from elsewhere on the disk.\n'

/** A content folder with one report, and a private file outside it. */
function folderAndSecret(): { dir: string; report: string; secret: string } {
  const dir = temp.make()
  const report = join(dir, 'report.txt')
  writeFileSync(report, INSIDE)
  writeFileSync(join(dir, 'report.meta.json'), JSON.stringify(sampleMetadata()))
  const secret = join(temp.make(), 'secret.txt')
  writeFileSync(secret, SECRET)
  return { dir, report, secret }
}

const text = (read: ReturnType<typeof readSourceFile>): string =>
  'bytes' in read ? read.bytes.toString('utf8') : read.problem

describe('a source file is opened without following links, and checked once open', () => {
  it('reads the file the listing saw', () => {
    const { dir, report } = folderAndSecret()
    const listed = lstatSync(report, { bigint: true })
    expect(text(readSourceFile(report, LIMITS, { listed, folder: dir }))).toBe(INSIDE)
  })

  it('refuses a link put in its place after the listing, and reads nothing of its target', () => {
    const { dir, report, secret } = folderAndSecret()
    const listed = lstatSync(report, { bigint: true })
    rmSync(report)
    symlinkSync(secret, report)
    const read = readSourceFile(report, LIMITS, { listed, folder: dir })
    expect(read).toEqual({
      problem:
        'is a link, not a file. Links are refused, so that nothing from outside the folder is built into the app. Copy the file itself into the folder, or remove the link.'
    })
  })

  it('refuses another file renamed over it after the listing', () => {
    const { dir, report, secret } = folderAndSecret()
    const listed = lstatSync(report, { bigint: true })
    renameSync(secret, report)
    expect(text(readSourceFile(report, LIMITS, { listed, folder: dir }))).toBe(
      'was replaced while the build was reading the folder (by a link or another file), so nothing of it was read. Run the build again once nothing is changing the folder.'
    )
  })

  it('refuses a folder on the way swapped for a link to a folder elsewhere', () => {
    const dir = temp.make()
    const inside = join(dir, 'previous')
    mkdirSync(inside)
    writeFileSync(join(inside, 'report.txt'), INSIDE)
    const listed = lstatSync(join(inside, 'report.txt'), { bigint: true })
    const elsewhere = temp.make()
    writeFileSync(join(elsewhere, 'report.txt'), SECRET)
    rmSync(inside, { recursive: true })
    symlinkSync(elsewhere, inside, 'dir')
    const path = join(inside, 'report.txt')
    // The file opened is not the one listed…
    expect(text(readSourceFile(path, LIMITS, { listed, folder: dir }))).toMatch(/^was replaced/)
    // …and, where the system names an open file's path, it is seen to lie outside the folder.
    if (process.platform === 'linux') {
      expect(text(readSourceFile(path, LIMITS, { folder: dir }))).toMatch(
        /^lies outside the folder \(a folder on the way to it is a link\)/
      )
    }
  })

  it('refuses a hard link, which may be a private file with a second name in the folder', () => {
    const { dir, secret } = folderAndSecret()
    const linked = join(dir, 'linked.txt')
    linkSync(secret, linked)
    expect(text(readSourceFile(linked, LIMITS, { folder: dir }))).toBe(
      'is a hard link: the same file has 2 names on this disk, and may be a file from outside the folder. Links are refused, so that nothing from outside the folder is built into the app. Put a copy of the file in the folder instead (a copy is a file of its own).'
    )
    // The content build says so, naming the file, and builds nothing of it.
    const scan = scanContentFolder(dir)
    expect(scan.problems.map((p) => p.file)).toContain(linked)
    expect(JSON.stringify(scan.sources)).not.toContain('SECRET')
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a pipe put in its place without waiting for a writer',
    () => {
      const { dir, report } = folderAndSecret()
      const listed = lstatSync(report, { bigint: true })
      rmSync(report)
      execFileSync('mkfifo', [report])
      expect(text(readSourceFile(report, LIMITS, { listed, folder: dir }))).toBe(
        'is not an ordinary file (it is a device, a pipe or a socket); use the file itself'
      )
    }
  )

  it('refuses a file larger than its limit before reading it, saying both sizes', () => {
    const { dir, report } = folderAndSecret()
    writeFileSync(report, 'x'.repeat(3_000_000))
    expect(text(readSourceFile(report, { ...LIMITS, advice: 'Split it.' }, { folder: dir }))).toBe(
      'is 3.0 MB, more than the build reads in a plain-text report (1.0 MB). Split it.'
    )
  })

  it('follows a link given on a command line, as any command reads the files it is given', () => {
    const { secret } = folderAndSecret()
    const link = join(temp.make(), 'named.txt')
    symlinkSync(secret, link)
    expect(text(readSourceFile(link, LIMITS, { followLinks: true }))).toBe(SECRET)
  })
})

describe('a link swapped in and out while the content folder is read', () => {
  it('never lets the build read the file outside, in 2,000 scans against a swapping thread', async () => {
    const { dir, report, secret } = folderAndSecret()
    const stop = new Int32Array(new SharedArrayBuffer(4))
    // Swaps the report for a link to the secret and back, as fast as it can, until told to stop.
    const swapper = new Worker(
      `
      const { renameSync, symlinkSync, writeFileSync, rmSync } = require('node:fs')
      const { workerData } = require('node:worker_threads')
      const { report, secret, inside, stop } = workerData
      const link = report + '.link'
      const file = report + '.file'
      let swaps = 0
      while (Atomics.load(stop, 0) === 0) {
        rmSync(link, { force: true })
        symlinkSync(secret, link)
        renameSync(link, report)
        writeFileSync(file, inside)
        renameSync(file, report)
        swaps++
      }
      require('node:worker_threads').parentPort.postMessage(swaps)
      `,
      { eval: true, workerData: { report, secret, inside: INSIDE, stop } }
    )
    const swapped = new Promise<number>((resolve) => swapper.once('message', resolve))
    const seen = { inside: 0, refused: 0 }
    for (let scan = 0; scan < 2000; scan++) {
      const { sources, rejected, problems } = scanContentFolder(dir)
      const texts = [...sources, ...rejected].map((file) => file.text)
      expect(texts.join('\n')).not.toContain('SECRET')
      if (texts.includes(INSIDE)) seen.inside++
      else {
        seen.refused++
        expect(problems.map((p) => p.file)).toContain(report)
      }
    }
    Atomics.store(stop, 0, 1)
    const swaps = await swapped
    await swapper.terminate()
    expect(seen.inside + seen.refused).toBe(2000)
    expect(swaps).toBeGreaterThan(0)
  })
})
