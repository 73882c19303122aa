import type { Annotation, ColorLabels } from '../../shared/annotations/annotation-model'
import { describeError, freeName, inspectStoreFile, moveAside, timestamp } from '../store-files'
import { runNotesWorker, type StartNotesWorker } from './notes-worker-client'
import type { NotesWorkerMessage } from './notes-worker-protocol'
import { setAsideFile, type AsideFile } from './set-aside'
import { say } from '../words'

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
      notices: [say('legacy.readThisTime', { file, reason: describeError(error) })]
    }
  }
  const found = end as NotesWorkerMessage | null
  const stamp = timestamp(now())
  // The file is moved aside, and the reader told why and where it now is.
  const moveAway = (problem: { reason: string } | { version: number }): LegacyNotes => {
    const newer = 'version' in problem
    const kind = newer ? `newer-v${problem.version}` : 'corrupt'
    const moved = moveAside(file, dir, LEGACY_NAME, kind, now())
    const notice = !moved.ok
      ? say('legacy.notMoved', {
          newer: newer ? 'yes' : 'no',
          version: newer ? problem.version : '',
          reason: newer ? '' : problem.reason,
          error: describeError(moved.error)
        })
      : newer
        ? say('legacy.newerMoved', {
            version: problem.version,
            path: moved.path,
            name: `${LEGACY_NAME}.json`
          })
        : say('legacy.damagedMoved', { reason: problem.reason, path: moved.path })
    return { ...NOTHING, notices: [notice] }
  }
  if (!found || found.type === 'legacy-unreadable') {
    const reason = found?.type === 'legacy-unreadable' ? found.reason : say('legacy.noReason')
    return moveAway({ reason })
  }
  if (found.type === 'legacy-newer') return moveAway({ version: found.version })
  if (found.type === 'legacy-unrecognised') return moveAway({ reason: found.reason })
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
