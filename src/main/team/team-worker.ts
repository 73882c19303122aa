// The team reader's worker: reads team files on a thread of its own (parsing and checking 10,000
// notes, and working out the words the search looks for in each, is work main must not wait on)
// and posts each file's notes with their words, a batch at a time. No Electron.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { fieldWords, fieldsOf } from '../../shared/annotations/search-notes'
import { readTeamFileText, type TeamFileRead } from '../../shared/team/team-file'
import { whyFileFailed } from '../file-problems'
import {
  TEAM_NOTES_PER_MESSAGE,
  type TeamFileJob,
  type TeamWorkerJob,
  type TeamWorkerMessage
} from './team-worker-protocol'
import { signatureOf } from './team-folder'
import { speakIn } from '../words'

interface FileRead {
  name: string
  signature: string | null
  read: TeamFileRead
}

async function readOne(file: TeamFileJob, maxBytes: number): Promise<FileRead> {
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

const post = (message: TeamWorkerMessage) => parentPort?.postMessage(message)

/** Posts a file's notes with their search words, then the message that ends the file. */
function postFile({ name, signature, read }: FileRead): void {
  if ('error' in read) return post({ type: 'file', name, signature, read })
  const { annotations, person, invalid } = read
  for (let at = 0; at < annotations.length; at += TEAM_NOTES_PER_MESSAGE) {
    const batch = annotations.slice(at, at + TEAM_NOTES_PER_MESSAGE)
    post({
      type: 'notes',
      name,
      annotations: batch,
      words: batch.map((a) => fieldWords(fieldsOf(a)))
    })
  }
  post({ type: 'file', name, signature, read: { person, invalid } })
}

const job = workerData as TeamWorkerJob
// This thread speaks main's language (words.ts): its messages reach the reader.
if (job.locale) speakIn(job.locale)
for (const file of job.files) postFile(await readOne(file, job.maxBytes))
