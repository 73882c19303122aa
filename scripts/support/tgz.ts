import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/**
 * The regular files of a .tgz (an `npm pack` tarball), read in memory: ustar headers, with
 * `prefix` for long paths and pax (`x`) or GNU (`L`) long names. Enough for npm's tarballs; no
 * `tar` command, no shell, nothing written to disk.
 */
export function* tgzFiles(path: string): Generator<{ name: string; data: Buffer }> {
  const tar = gunzipSync(readFileSync(path))
  let longName: string | null = null
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number): string =>
      header.toString('utf8', start, start + length).replace(/\0.*$/s, '')
    const size = Number.parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1) || '0'
    const data = tar.subarray(at + 512, at + 512 + size)
    at += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1] ?? null
      continue
    }
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '')
      continue
    }
    const prefix = field(345, 155)
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    longName = null
    if (type === '0' || type === '\0') yield { name, data }
  }
}
