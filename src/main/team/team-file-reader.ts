import { open } from 'node:fs/promises'
import { readTeamFileText, type TeamFileRead } from '../../shared/team/team-file'
import { fileProblemOf } from '../file-problems'
import { isLinkRefusal, READ_NO_FOLLOW } from '../read-no-follow'
import { signatureOf } from './team-folder'

/** A team file to read: its path, and the person and report its name says. */
export interface TeamFileJob {
  name: string
  path: string
  personId: string
  reportId: string
}

export interface FileRead {
  name: string
  /** The file's size, time and inode as read (what the next scan compares with), or null. */
  signature: string | null
  read: TeamFileRead
}

/** Reads and checks one team file (on the team worker). Never throws. */
export async function readTeamFile(file: TeamFileJob, maxBytes: number): Promise<FileRead> {
  let handle
  try {
    // A link put in the file's place between the scan and now is not followed, nor a FIFO waited on.
    handle = await open(file.path, READ_NO_FOLLOW)
  } catch (error) {
    const why = isLinkRefusal(error) ? 'team.refusal.link' : fileProblemOf(error, 'reading')
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT'
    return { name: file.name, signature: null, read: { error: { id: why }, halfWritten: gone } }
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) {
      return {
        name: file.name,
        signature: null,
        read: { error: { id: 'team.refusal.notFile' }, halfWritten: false }
      }
    }
    if (stat.size > maxBytes) {
      return {
        name: file.name,
        signature: signatureOf(stat),
        read: { error: { id: 'team.refusal.tooLarge' }, halfWritten: false }
      }
    }
    const text = await handle.readFile('utf8')
    const read = readTeamFileText(text, file)
    return { name: file.name, signature: signatureOf(stat), read }
  } catch (error) {
    return {
      name: file.name,
      signature: null,
      read: { error: { id: fileProblemOf(error, 'reading') }, halfWritten: true }
    }
  } finally {
    await handle.close().catch(() => undefined)
  }
}
