import type { TeamFileRead } from '../../shared/team/team-file'
import type { DisplayLocale } from '../../shared/i18n/choose-locale'

/** A team file to read: its path, and the person and report its name says. */
export interface TeamFileJob {
  name: string
  path: string
  personId: string
  reportId: string
}

export interface TeamWorkerJob {
  files: TeamFileJob[]
  maxBytes: number
  /** The language main speaks, for why a file could not be read. */
  locale?: DisplayLocale
}

/** One message per file, as it is read (so main takes in one file per turn of its event loop). */
export type TeamWorkerMessage = {
  name: string
  /** The file's size and time as read (what the next scan compares with), or null if unreadable. */
  signature: string | null
  read: TeamFileRead
}
