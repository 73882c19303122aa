import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'

/**
 * The resident memory of a process and the processes it started, as the system counts it: what
 * a PDF that inflates to gigabytes grows (outside V8's heap, where `--max-old-space-size` does not
 * look), read from outside the process so that nothing in it can lie about it.
 *
 * - Linux: /proc/<pid>/status (VmRSS) of the process and, through /proc/<pid>/task/*\/children,
 *   of every process below it (the reader runs below `unshare`).
 * - macOS and other Unix systems: `ps -o rss=`.
 * - Windows: `tasklist` (its working set).
 * Null when the system says nothing (the process has just ended).
 */
export async function residentBytes(pid: number): Promise<number | null> {
  if (process.platform === 'linux') return linuxTree(pid)
  if (process.platform === 'win32') return windowsProcess(pid)
  return psProcess(pid)
}

async function linuxTree(pid: number): Promise<number | null> {
  const own = await linuxResident(pid)
  if (own === null) return null
  let total = own
  for (const child of await linuxChildren(pid)) total += (await linuxTree(child)) ?? 0
  return total
}

async function linuxResident(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]
    // A process that has ended but not been waited for has no VmRSS: nothing resident.
    return kilobytes === undefined ? 0 : Number(kilobytes) * 1024
  } catch {
    return null
  }
}

async function linuxChildren(pid: number): Promise<number[]> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    const lists = await Promise.all(
      tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => ''))
    )
    return lists.flatMap((list) => list.split(/\s+/).filter(Boolean).map(Number))
  } catch {
    return []
  }
}

function run(command: string, args: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 10_000, windowsHide: true }, (error, stdout) =>
      resolve(error ? null : stdout)
    )
  })
}

async function psProcess(pid: number): Promise<number | null> {
  const kilobytes = (await run('ps', ['-o', 'rss=', '-p', String(pid)]))?.trim()
  return kilobytes ? Number(kilobytes) * 1024 : null
}

async function windowsProcess(pid: number): Promise<number | null> {
  // "node.exe","1234","Console","1","45,678 K"
  const line = await run('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH'])
  const kilobytes = line && /"([\d.,\s\u00a0]+) K"\s*$/m.exec(line)?.[1]
  return kilobytes ? Number(kilobytes.replace(/\D/g, '')) * 1024 : null
}
