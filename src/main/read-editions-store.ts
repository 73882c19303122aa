import { open } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { KeptEditionSchema, type KeptEdition } from '../shared/compare/kept-edition'
import { fileSize } from '../shared/i18n/file-size'
import { removeInterruptedWrites, writeFileDurably } from './durable-write'
import { isLinkRefusal, READ_NO_FOLLOW } from './read-no-follow'
import { describeError, ensurePrivateDir, inspectStoreFile } from './store-files'
import { say } from './words'

/** The folder, in the user-data folder, of the texts of the editions the user last opened. */
export const READ_EDITIONS_DIR = 'read-editions'

/**
 * A kept copy is read only up to this, or READ_EDITION_GROWTH times the edition opened, whichever
 * is more: an earlier edition of a report is never many times larger than the present one, and
 * reading (and parsing, on main) a file of hundreds of megabytes would hold the window for seconds.
 */
export const READ_EDITION_MIN_LIMIT_BYTES = 16 * 1024 * 1024
export const READ_EDITION_GROWTH = 4

export type ReadKept =
  | { ok: true; kept: KeptEdition | null }
  /** The copy is there but cannot be used; `problem` says so in plain words. */
  | { ok: false; problem: string }

/**
 * The text of the edition of each report the user last opened, one private file per report
 * (`read-editions/<report id>.json`, 0600, in a 0700 folder), so that the app can say what changed
 * when a new edition arrives. Every file is written whole or not at all (writeFileDurably); a
 * write that fails returns why, for the user to be told. Nothing is read or written through a
 * link: a file is opened without following one, and checked once open.
 */
export class ReadEditionsStore {
  private constructor(private readonly dir: string) {}

  /** Removes the temp files of writes that were cut short (the app was killed): never kept. */
  static open(userDataDir: string): ReadEditionsStore {
    const dir = join(userDataDir, READ_EDITIONS_DIR)
    removeInterruptedWrites(dir)
    return new ReadEditionsStore(dir)
  }

  /** Where the copy of a report's text is kept (report ids are slugs: safe as file names). */
  fileOf(reportId: string): string {
    return join(this.dir, `${reportId}.json`)
  }

  /**
   * The copy kept for a report, read off main's thread; `editionBytes`, about the size of the
   * edition now opened, bounds how large a copy is read at all.
   */
  async read(reportId: string, editionBytes: number): Promise<ReadKept> {
    const file = this.fileOf(reportId)
    const unusable = (
      why: 'notAFile' | 'tooLarge' | 'damaged' | 'unreadable',
      { size = '', reason = '' } = {}
    ): ReadKept => ({
      ok: false,
      problem: say('editions.keptUnusable', { path: file, why, size, reason })
    })
    const limit = Math.max(READ_EDITION_MIN_LIMIT_BYTES, READ_EDITION_GROWTH * editionBytes)
    let text: string
    try {
      const handle = await open(file, READ_NO_FOLLOW)
      try {
        const stats = await handle.stat()
        if (!stats.isFile()) return unusable('notAFile')
        if (stats.size > limit) return unusable('tooLarge', { size: fileSize(stats.size, say) })
        text = await handle.readFile('utf8')
      } finally {
        await handle.close()
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, kept: null }
      if (isLinkRefusal(error)) return unusable('notAFile')
      return unusable('unreadable', { reason: describeError(error) })
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      return unusable('unreadable', { reason: describeError(error) })
    }
    const parsed = v.safeParse(KeptEditionSchema, json)
    if (!parsed.success || parsed.output.reportId !== reportId) {
      return unusable('damaged')
    }
    return { ok: true, kept: parsed.output }
  }

  /** Keeps the text of an edition; returns why it could not, in plain words, or null. */
  async keep(edition: KeptEdition): Promise<string | null> {
    const file = this.fileOf(edition.reportId)
    const failed = (reason: string) => say('editions.notKept', { dir: this.dir, reason })
    try {
      ensurePrivateDir(this.dir)
      const state = inspectStoreFile(file)
      if (state.kind === 'link')
        return failed(say('editions.keepLink', { file, target: state.target }))
      if (state.kind === 'other') return failed(say('editions.keepNotAFile', { file }))
      if (state.kind === 'file' && state.protected)
        return failed(say('editions.keepReadOnly', { file }))
      await writeFileDurably(file, `${JSON.stringify(edition)}\n`)
      return null
    } catch (error) {
      return failed(describeError(error))
    }
  }
}
