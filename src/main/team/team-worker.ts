// The team reader's worker: reads team files on a thread of its own (parsing and checking 10,000
// notes is work main must not wait on) and posts each file's notes. No Electron.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { readTeamFileText } from '../../shared/team/team-file'
import { whyFileFailed } from '../file-problems'
import type { TeamFileJob, TeamWorkerJob, TeamWorkerMessage } from './team-worker-protocol'
import { signatureOf } from './team-folder'
import { speakIn } from '../words'

async function readOne(file: TeamFileJob, maxBytes: number): Promise<TeamWorkerMessage> {
  let handle
  try {
    // O_NOFOLLOW: a link put in the file's place between the scan and now is not followed.
    handle = await open(file.path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ELOOP'
        ? 'it is a link, and the app does not follow links in the team folder'
        : whyFileFailed(error, 'reading')
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT'
    return { name: file.name, signature: null, read: { error: why, halfWritten: gone } }
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) {
      return {
        name: file.name,
        signature: null,
        read: { error: 'it is not a file', halfWritten: false }
      }
    }
    if (stat.size > maxBytes) {
      return {
        name: file.name,
        signature: signatureOf(stat),
        read: { error: 'it is larger than a team file may be', halfWritten: false }
      }
    }
    const text = await handle.readFile('utf8')
    const read = readTeamFileText(text, file)
    return { name: file.name, signature: signatureOf(stat), read }
  } catch (error) {
    return {
      name: file.name,
      signature: null,
      read: { error: whyFileFailed(error, 'reading'), halfWritten: true }
    }
  } finally {
    await handle.close().catch(() => undefined)
  }
}

const job = workerData as TeamWorkerJob
// This thread speaks main's language (words.ts): its messages reach the reader.
if (job.locale) speakIn(job.locale)
for (const file of job.files) {
  parentPort?.postMessage(await readOne(file, job.maxBytes))
}
