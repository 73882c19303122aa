// The last resort of real-disk.ts, where no tmpfs can be mounted: the files under
// READER_EMULATED_DISK_DIR share READER_EMULATED_DISK_BYTES bytes, and a write past them does what
// a full disk does: write(2) takes only the bytes there is room for and returns that count, and
// the next write fails with ENOSPC. Applied to fs/promises (the app's writes), before the app loads.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join, resolve, sep } from 'node:path'

const root = process.env.READER_EMULATED_DISK_DIR
const capacity = Number(process.env.READER_EMULATED_DISK_BYTES)

if (root && capacity > 0) {
  const inside = (path) => resolve(String(path)).startsWith(resolve(root) + sep)
  const used = (dir) => {
    let bytes = 0
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      bytes += entry.isDirectory() ? used(path) : fs.lstatSync(path).size
    }
    return bytes
  }
  const noSpace = (path) =>
    Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write'
    })
  const open = fs.promises.open
  fs.promises.open = async function (path, ...rest) {
    const handle = await open.call(this, path, ...rest)
    if (!inside(path)) return handle
    const write = handle.write.bind(handle)
    handle.write = async (data, offset, length, position) => {
      if (typeof data === 'string') return write(data, offset, length)
      const start = offset ?? 0
      const wanted = length ?? data.length - start
      const room = capacity - used(root)
      if (room <= 0 && wanted > 0) throw noSpace(path)
      return write(data, start, Math.min(wanted, room), position)
    }
    return handle
  }
  syncBuiltinESMExports()
}
