import type { Annotation, ColorLabels } from '../../shared/annotations/annotation-model'
import { describeError, freeName, inspectStoreFile, moveAside, timestamp } from '../store-files'
import { runNotesWorker, type StartNotesWorker } from './notes-worker-client'
import type { NotesWorkerMessage } from './notes-worker-protocol'
import { setAsideFile, type AsideFile } from './set-aside'

/** The one notes file of app versions before the notes folder, in the user-data folder. */
export const LEGACY_NAME = 'annotations'

/** What the legacy notes file gives the notes folder. */
export interface LegacyNotes {
  /** Its notes, checked (those set aside are in `asideFiles`). */
  annotations: Annotation[]
  colorLabels: ColorLabels | null
  notices: string[]
  asideFiles: AsideFile[]
  /** Where to move the file, unchanged, once every note of it is on disk in the notes folder. */
  retire: { from: string; to: string } | null
  /** Its SHA-1, recorded in the notes folder so that a copy not yet moved is never read twice. */
  sha1: string | null
}

const NOTHING: LegacyNotes = {
  annotations: [],
  colorLabels: null,
  notices: [],
  asideFiles: [],
  retire: null,
  sha1: null
}

/**
 * Reads `annotations.json` (formats 0–3, annotation-store-migrations.ts) on the notes worker, to
 * move its notes into the notes folder. The file itself is never changed: once its notes are
 * written, it is moved, unchanged, to `annotations.v<N>-<time>.json` (the original the README
 * promises). A file the app already moved in (its SHA-1 is in `migrated`) is only moved aside. A
 * file that cannot be read, or comes from a newer app, is moved aside as before, and said.
 */
export async function readLegacyNotes(
  dir: string,
  file: string,
  {
    now,
    startWorker,
    migrated
  }: { now: () => Date; startWorker: StartNotesWorker; migrated: Set<string> }
): Promise<LegacyNotes> {
  // Only a file: a link is never read through (it is set aside where the folder can be written).
  if (inspectStoreFile(file).kind !== 'file') return NOTHING
  const annotations: Annotation[] = []
  let end: NotesWorkerMessage | null = null
  try {
    await runNotesWorker(startWorker, { kind: 'legacy', path: file }, (message) => {
      if (message.type === 'notes') for (const a of message.annotations) annotations.push(a)
      else end = message
    })
  } catch (error) {
    return {
      ...NOTHING,
      notices: [
        `Your notes file ${file} could not be read this time (${describeError(error)}). It was left as it is, and the app tries again at its next start.`
      ]
    }
  }
  const found = end as NotesWorkerMessage | null
  const stamp = timestamp(now())
  const moveAway = (
    problem: string,
    kind: string,
    after: (path: string) => string
  ): LegacyNotes => {
    const moved = moveAside(file, dir, LEGACY_NAME, kind, now())
    const notice = moved.ok
      ? `${problem}, so the app started without its notes. ${after(moved.path)}`
      : `${problem}, and it could not be moved aside (${describeError(moved.error)}). It was left as it is.`
    return { ...NOTHING, notices: [notice] }
  }
  if (!found || found.type === 'legacy-unreadable') {
    const why = found?.type === 'legacy-unreadable' ? found.reason : 'it could not be read'
    return moveAway(
      `Your notes file could not be read (${why})`,
      'corrupt',
      (path) => `The damaged file was kept, unchanged, as ${path}.`
    )
  }
  if (found.type === 'legacy-newer') {
    return moveAway(
      `Your notes file was made by a newer version of the app (format ${found.version}), which this version cannot read`,
      `newer-v${found.version}`,
      (path) =>
        `The file was kept, unchanged, as ${path}. To use those notes, go back to the newer version and rename that file to ${LEGACY_NAME}.json.`
    )
  }
  if (found.type === 'legacy-unrecognised') {
    return moveAway(
      `Your notes file could not be read (${found.reason})`,
      'corrupt',
      (path) => `The damaged file was kept, unchanged, as ${path}.`
    )
  }
  if (found.type !== 'legacy-end') return NOTHING
  const retire = { from: file, to: freeName(dir, `${LEGACY_NAME}.v${found.version}-${stamp}`) }
  if (migrated.has(found.sha1)) return { ...NOTHING, retire, sha1: found.sha1 }
  const asideFiles =
    found.setAside.length > 0
      ? [
          setAsideFile(
            dir,
            `${LEGACY_NAME}.invalid-${stamp}`,
            file,
            found.setAside,
            now(),
            found.version
          )
        ]
      : []
  return {
    annotations,
    colorLabels: found.colorLabels,
    notices: asideFiles.map((f) => f.notice),
    asideFiles,
    retire,
    sha1: found.sha1
  }
}
