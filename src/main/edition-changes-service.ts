import type { EditionComparison, PlacedNote } from '../shared/compare/edition-comparison'
import { keptEdition, type KeptEdition } from '../shared/compare/kept-edition'
import { IpcError, type EditionChangesAnswer } from '../shared/ipc-contract'
import type { ProcessedReport } from '../shared/report-model'
import { findReport, type LibraryLoad } from './library-service'
import type { EditionComparer } from './edition-comparer'
import type { ReadEditionsStore } from './read-editions-store'
import { say } from './words'

/**
 * What changed in a report between editions, for the "What changed" view: since the edition the
 * user last opened (kept in the user-data folder by ReadEditionsStore), or since the previous
 * edition the content bundles. No Electron imports.
 */
export class EditionChangesService {
  /**
   * For each report opened this session whose edition changed: the edition read before. The
   * copy on disk is replaced by the new edition at once, so the changes stay on offer all session
   * (reopening the report still shows them) and are not offered again at the next launch.
   */
  private readonly readBefore = new Map<string, KeptEdition | null>()
  /** The first opening of each report this session (what it had to say), under way or done. */
  private readonly firstOpen = new Map<string, Promise<string | null>>()

  constructor(
    private readonly store: ReadEditionsStore,
    private readonly library: LibraryLoad,
    private readonly placedNotes: () => Promise<PlacedNote[]>,
    /** Runs the comparison off main's event loop (edition-comparer.ts). */
    private readonly comparer: EditionComparer,
    /**
     * Nothing can be saved this session (the user-data folder cannot be used; the user was told
     * before the report opened): no copy is kept, and that is not said again for each report.
     */
    private readonly savingUnavailable = false
  ) {}

  /** Called as a report opens: what changed since it was last opened, and what can be compared. */
  async opened(reportId: string): Promise<EditionChangesAnswer> {
    const report = this.report(reportId)
    let notice: string | null = null
    if (!this.savingUnavailable) {
      const first = this.firstOpen.get(reportId)
      if (first) await first
      else {
        const reading = this.readAndKeep(report)
        this.firstOpen.set(reportId, reading)
        notice = await reading
      }
    }
    const before = this.readBefore.get(reportId) ?? null
    const previous = this.previous(reportId)
    let sinceLastRead: EditionComparison | null = null
    if (before) {
      try {
        sinceLastRead = await this.compare(before, report, 'last-read')
      } catch (error) {
        // Too long, too slow or out of memory: the report opens, and the reader is told why
        // there is no list of changes.
        if (!(error instanceof IpcError)) throw error
        notice ??= say('editions.sinceLastReadUnavailable', { reason: error.message })
      }
    }
    return {
      sinceLastRead,
      previousEdition: previous && 'edition' in previous ? previous.edition : null,
      notice: notice ?? (previous && 'problem' in previous ? previous.problem : null)
    }
  }

  /**
   * The first time a report opens this session: reads the copy of the edition last read (off
   * main's thread, and only up to a size an edition can have), and keeps this edition if it
   * differs. What the user must be told, or null.
   */
  private async readAndKeep(report: ProcessedReport): Promise<string | null> {
    const read = await this.store.read(report.id, textBytes(report))
    const kept = read.ok ? read.kept : null
    const changed = kept !== null && kept.contentHash !== report.contentHash
    this.readBefore.set(report.id, changed ? kept : null)
    const notice = read.ok ? null : read.problem
    if (kept && !changed) return notice
    return (await this.store.keep(keptEdition(report))) ?? notice
  }

  /** The changes from the previous edition the content bundles for this report. */
  async sincePreviousEdition(reportId: string): Promise<EditionComparison> {
    const report = this.report(reportId)
    const previous = this.previous(reportId)
    if (!previous) {
      throw new IpcError('not-found', say('editions.noEarlier'))
    }
    if ('problem' in previous) throw new IpcError('failed', previous.problem)
    return this.compare(previous, report, 'previous-edition')
  }

  private report(reportId: string): ProcessedReport {
    const report = findReport(this.library, reportId)
    if (!report) throw new IpcError('not-found', say('report.notFound', { id: reportId }))
    return report
  }

  private previous(reportId: string): KeptEdition | { problem: string } | null {
    if (!this.library.ok) return null
    const load = this.library.previousEditions()
    if (!load.ok) return { problem: load.problem }
    return load.byReport.get(reportId) ?? null
  }

  private async compare(
    before: KeptEdition,
    report: ProcessedReport,
    since: EditionComparison['since']
  ): Promise<EditionComparison> {
    const after = { ...keptEdition(report), id: report.id }
    return this.comparer({ before, after, notes: await this.placedNotes(), since })
  }
}

/** About how many bytes a report's text takes (what a kept copy of it is made of). */
function textBytes(report: ProcessedReport): number {
  let chars = 0
  for (const section of report.sections) {
    chars += section.heading.length
    for (const paragraph of section.paragraphs) chars += paragraph.text.length
  }
  return chars
}
