/**
 * Why the system refused to read or write a file the reader chose, in words that follow a colon:
 * "The notes could not be saved to /x/notes.md: that folder does not exist." Never the system's
 * own code or message (ENOENT, "no such file or directory, open …").
 */
export function whyFileFailed(error: unknown, doing: 'reading' | 'writing'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return doing === 'writing' ? 'that folder does not exist' : 'the file is no longer there'
    case 'ENOTDIR':
      return 'part of that path is a file, not a folder'
    case 'EISDIR':
      return 'that is a folder, not a file'
    case 'EACCES':
    case 'EPERM':
      return `the app is not allowed to ${doing === 'writing' ? 'write there' : 'read it'}`
    case 'EROFS':
      return 'that disk is read-only'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EBUSY':
      return 'another program is using it'
    case 'ENAMETOOLONG':
      return 'the name is too long'
    default:
      return `the system did not let the app ${doing === 'writing' ? 'write it' : 'read it'}`
  }
}
