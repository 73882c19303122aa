import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation, ColorLabels } from '../../shared/annotations/annotation-model'
import { toTeamFileText } from '../../shared/team/team-file'
import { TEAM_LIMITS, teamFileName, type Person } from '../../shared/team/team-model'
import {
  removeInterruptedWrites,
  syncFolder,
  USER_FILE_MODE,
  writeFileDurably
} from '../durable-write'
import { scanTeamFolder } from './team-folder'

/** The reader's notes to share: everything but the notes marked private, grouped by report. */
export function sharedNotesByReport(
  notes: readonly Annotation[],
  privateIds: ReadonlySet<string>
): Map<string, Annotation[]> {
  const byReport = new Map<string, Annotation[]>()
  for (const note of notes) {
    if (privateIds.has(note.id)) continue
    const list = byReport.get(note.reportId)
    if (list) list.push(note)
    else byReport.set(note.reportId, [note])
  }
  return byReport
}

export interface PublishOutcome {
  written: string[]
  removed: string[]
}

/**
 * Writes the reader's own team files: one per report they have shared notes on, with the app's
 * durable write (whole or not at all, so a sync engine never picks up half a file from us), and
 * only when the text differs from what is there. A report whose last shared note was deleted or
 * made private has its file removed, so the deletion reaches the team too.
 */
export class TeamWriter {
  /** What each of our files holds on disk, as we last wrote or read it. */
  private readonly onDisk = new Map<string, string>()
  private cleaned = false

  constructor(
    private readonly folder: string,
    private readonly person: Person
  ) {}

  async publish(
    notes: readonly Annotation[],
    privateIds: ReadonlySet<string>,
    titleOf: (reportId: string) => string | undefined,
    colorLabels: ColorLabels
  ): Promise<PublishOutcome> {
    if (!this.cleaned) {
      // Our own writes the app was killed in the middle of: never acknowledged, never shared.
      removeInterruptedWrites(this.folder, (target) => target.startsWith(`${this.person.id}.`))
      this.cleaned = true
    }
    const scan = await scanTeamFolder(this.folder)
    if (!scan.ok) throw scan.error
    const ours = new Set(
      scan.entries.filter((e) => e.personId === this.person.id).map((e) => e.name)
    )
    const outcome: PublishOutcome = { written: [], removed: [] }
    const wanted = new Set<string>()
    for (const [reportId, annotations] of sharedNotesByReport(notes, privateIds)) {
      const name = teamFileName(this.person.id, reportId)
      wanted.add(name)
      const notesToWrite = annotations.slice(0, TEAM_LIMITS.notesPerFile)
      const text = toTeamFileText(
        this.person,
        { id: reportId, title: titleOf(reportId) },
        notesToWrite,
        colorLabels
      )
      if ((await this.current(name, ours.has(name))) === text) continue
      await writeFileDurably(join(this.folder, name), text, { mode: USER_FILE_MODE })
      this.onDisk.set(name, text)
      outcome.written.push(name)
    }
    for (const name of ours) {
      if (wanted.has(name)) continue
      await rm(join(this.folder, name), { force: true })
      this.onDisk.delete(name)
      outcome.removed.push(name)
    }
    if (outcome.removed.length > 0) await syncFolder(this.folder)
    return outcome
  }

  private async current(name: string, exists: boolean): Promise<string | null> {
    if (!exists) {
      this.onDisk.delete(name)
      return null
    }
    const known = this.onDisk.get(name)
    if (known !== undefined) return known
    try {
      return await readFile(join(this.folder, name), 'utf8')
    } catch {
      return null
    }
  }
}
