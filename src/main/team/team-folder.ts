import type { Stats } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Message } from '../../shared/i18n/formatter'
import { readTeamFileName, TEAM_LIMITS } from '../../shared/team/team-model'

/** A file's size, time and inode: when any of them changes, the file is read again. */
export const signatureOf = (stat: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>) =>
  `${stat.size}:${stat.mtimeMs}:${stat.ino}`

export interface TeamFolderEntry {
  name: string
  personId: string
  reportId: string
  signature: string
}

export type TeamFolderScan =
  | {
      ok: true
      entries: TeamFolderEntry[]
      /** Team files refused before reading: links, folders, files too large. */
      refused: { name: string; personId: string; reportId: string; why: Message }[]
    }
  | { ok: false; error: NodeJS.ErrnoException }

/**
 * What is in the team folder: the app's team files (by name) with their signatures. Anything else
 * there (a sync engine's own files, other programs') is left alone; links and folders that carry
 * a team file's name are refused, never followed. Only lstat: nothing is opened here.
 */
export async function scanTeamFolder(folder: string): Promise<TeamFolderScan> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    return { ok: false, error: error as NodeJS.ErrnoException }
  }
  const entries: TeamFolderEntry[] = []
  const refused: { name: string; personId: string; reportId: string; why: Message }[] = []
  for (const name of names) {
    const parts = readTeamFileName(name)
    if (!parts) continue
    if (entries.length >= TEAM_LIMITS.files) {
      refused.push({ name, ...parts, why: { id: 'team.refusal.tooManyFiles' } })
      continue
    }
    let stat: Stats
    try {
      stat = await lstat(join(folder, name))
    } catch {
      continue // gone between readdir and lstat: the next scan sees what is there
    }
    if (stat.isSymbolicLink()) {
      refused.push({ name, ...parts, why: { id: 'team.refusal.link' } })
    } else if (!stat.isFile()) {
      refused.push({ name, ...parts, why: { id: 'team.refusal.notFile' } })
    } else if (stat.size > TEAM_LIMITS.fileBytes) {
      refused.push({ name, ...parts, why: { id: 'team.refusal.tooLarge' } })
    } else {
      entries.push({ name, ...parts, signature: signatureOf(stat) })
    }
  }
  return { ok: true, entries, refused }
}
