import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { KeptEditionSchema, type KeptEdition } from '../shared/compare/kept-edition'
import { describeError, ensurePrivateDir, inspectStoreFile, writeFileAtomic } from './store-files'

/** The folder, in the user-data folder, of the texts of the editions the user last opened. */
export const READ_EDITIONS_DIR = 'read-editions'

export type ReadKept =
  | { ok: true; kept: KeptEdition | null }
  /** The copy is there but cannot be used; `problem` says so in plain words. */
  | { ok: false; problem: string }

/**
 * The text of the edition of each report the user last opened, one private file per report
 * (`read-editions/<report id>.json`, 0600, in a 0700 folder), so that the app can say what changed
 * when a new edition arrives. Every file is written whole or not at all; a write that fails
 * returns why, for the user to be told. Nothing is read or written through a link.
 */
export class ReadEditionsStore {
  private constructor(private readonly dir: string) {}

  static open(userDataDir: string): ReadEditionsStore {
    return new ReadEditionsStore(join(userDataDir, READ_EDITIONS_DIR))
  }

  /** Where the copy of a report's text is kept (report ids are slugs: safe as file names). */
  fileOf(reportId: string): string {
    return join(this.dir, `${reportId}.json`)
  }

  read(reportId: string): ReadKept {
    const file = this.fileOf(reportId)
    const unusable = (why: string): ReadKept => ({
      ok: false,
      problem: `The app's copy of the edition you last read (${file}) ${why}, so it cannot show what changed since then. It keeps this edition instead.`
    })
    let state
    try {
      state = inspectStoreFile(file)
    } catch (error) {
      return unusable(`could not be read (${describeError(error)})`)
    }
    if (state.kind === 'missing') return { ok: true, kept: null }
    if (state.kind !== 'file') return unusable('is not a file the app wrote')
    let json: unknown
    try {
      json = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      return unusable(`could not be read (${describeError(error)})`)
    }
    const parsed = v.safeParse(KeptEditionSchema, json)
    if (!parsed.success || parsed.output.reportId !== reportId) {
      return unusable('is damaged')
    }
    return { ok: true, kept: parsed.output }
  }

  /** Keeps the text of an edition; returns why it could not, in plain words, or null. */
  keep(edition: KeptEdition): string | null {
    const file = this.fileOf(edition.reportId)
    const failed = (why: string) =>
      `The app could not keep a copy of this edition of the report in ${this.dir} (${why}), so the next time a new edition arrives it cannot show what changed since today. Your notes and the report are not affected.`
    try {
      ensurePrivateDir(this.dir)
      const state = inspectStoreFile(file)
      if (state.kind === 'link')
        return failed(
          `${file} is a link to ${state.target}, and the app does not write through links`
        )
      if (state.kind === 'other') return failed(`something other than a file stands at ${file}`)
      if (state.kind === 'file' && state.protected) return failed(`${file} is read-only`)
      writeFileAtomic(file, `${JSON.stringify(edition)}\n`)
      return null
    } catch (error) {
      return failed(describeError(error))
    }
  }
}
