import type { MessageId } from '../shared/i18n/catalog-types'
import { say } from './words'

/**
 * Why the system refused to read or write a file the reader chose, in words that follow a colon:
 * "The notes could not be saved to /x/notes.md: that folder does not exist." Never the system's
 * own code or message (ENOENT, "no such file or directory, open …").
 */
export function whyFileFailed(error: unknown, doing: 'reading' | 'writing'): string {
  return say(fileProblemOf(error, doing))
}

/** The message of whyFileFailed, to be said later (a worker hands it to main as it is). */
export function fileProblemOf(error: unknown, doing: 'reading' | 'writing'): MessageId {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return doing === 'writing' ? 'fileProblem.noFolder' : 'fileProblem.gone'
    case 'ENOTDIR':
      return 'fileProblem.pathThroughFile'
    case 'EISDIR':
      return 'fileProblem.isFolder'
    case 'EACCES':
    case 'EPERM':
      return doing === 'writing' ? 'fileProblem.mayNotWrite' : 'fileProblem.mayNotRead'
    case 'EROFS':
      return 'fileProblem.readOnlyDisk'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'fileProblem.diskFull'
    case 'EBUSY':
      return 'fileProblem.busy'
    case 'ENAMETOOLONG':
      return 'fileProblem.nameTooLong'
    default:
      return doing === 'writing' ? 'fileProblem.couldNotWrite' : 'fileProblem.couldNotRead'
  }
}
