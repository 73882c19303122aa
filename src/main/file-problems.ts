import { say } from './words'

/**
 * Why the system refused to read or write a file the reader chose, in words that follow a colon:
 * "The notes could not be saved to /x/notes.md: that folder does not exist." Never the system's
 * own code or message (ENOENT, "no such file or directory, open …").
 */
export function whyFileFailed(error: unknown, doing: 'reading' | 'writing'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return say(doing === 'writing' ? 'fileProblem.noFolder' : 'fileProblem.gone')
    case 'ENOTDIR':
      return say('fileProblem.pathThroughFile')
    case 'EISDIR':
      return say('fileProblem.isFolder')
    case 'EACCES':
    case 'EPERM':
      return say(doing === 'writing' ? 'fileProblem.mayNotWrite' : 'fileProblem.mayNotRead')
    case 'EROFS':
      return say('fileProblem.readOnlyDisk')
    case 'ENOSPC':
    case 'EDQUOT':
      return say('fileProblem.diskFull')
    case 'EBUSY':
      return say('fileProblem.busy')
    case 'ENAMETOOLONG':
      return say('fileProblem.nameTooLong')
    default:
      return say(doing === 'writing' ? 'fileProblem.couldNotWrite' : 'fileProblem.couldNotRead')
  }
}
