import { hash } from 'node:crypto'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { migrate4to5 } from '../annotation-store-migrations'

/**
 * A segment: one of the files that hold the notes of one report, `notes/<report id>/<n>.json`, an
 * electron-store file of at most about SEGMENT_CHARS characters. A change to a note rewrites its
 * segment only, so what a change costs depends on the segment's size, not on how many notes there
 * are. A new note goes into the report's last segment while it has room, else into a new one.
 *
 *     {"schemaVersion":5,"reportId":"…","digest":"<sha1 of the list>","annotations":[Annotation, …]}
 *
 * The digest says the list is byte for byte what the app wrote, and the app writes only notes it
 * has checked: a segment whose digest holds is not checked again when the app opens (checking every
 * note costs three times what parsing does), one edited by hand or by another program is.
 *
 * Format 4 (the stored reasons were English sentences) is read and migrated (migrate4to5); a
 * segment whose notes that changes is written again in format 5.
 */
export const NOTES_FORMAT = 5
const FORMAT_WITH_SENTENCES = 4

/** A segment takes new notes until it holds this many characters of JSON. */
export const SEGMENT_CHARS = 256 * 1024

/** `<n>.json`, n from 1: the segments of a report, read in this order. */
export const SEGMENT_NAME = /^([1-9][0-9]{0,8})\.json$/

export function segmentText(reportId: string, annotations: Iterable<Annotation>): string {
  const list = JSON.stringify([...annotations])
  return `${segmentHead(reportId, digestOf(list))}${list}}`
}

/** A segment's records as the file holds them, and whether migrating them changed any. */
interface Migrated {
  /** The records as they are in the file, before migration (what is set aside is kept so). */
  originals: unknown[]
  migrated: boolean
}

/** What a segment file holds, read. */
export type SegmentRead =
  /** Written by this app as it is: its notes need no checking. */
  | ({ kind: 'checked'; annotations: Annotation[] } & Migrated)
  /** Changed since the app wrote it: every record must be checked. */
  | ({ kind: 'unchecked'; records: unknown[] } & Migrated)
  | { kind: 'newer'; version: number }
  | { kind: 'unrecognised'; reason: string }

/** Reads a segment's text, already parsed as JSON (`parsed`), for the report it is filed under. */
export function readSegment(reportId: string, text: string, parsed: unknown): SegmentRead {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'unrecognised', reason: 'it is not a notes file' }
  }
  const document = parsed as Record<string, unknown>
  const version = document['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { kind: 'unrecognised', reason: 'it has no valid format version (schemaVersion)' }
  }
  if (version > NOTES_FORMAT) return { kind: 'newer', version }
  const stored = document['annotations']
  if (
    version < FORMAT_WITH_SENTENCES ||
    document['reportId'] !== reportId ||
    !Array.isArray(stored)
  ) {
    return { kind: 'unrecognised', reason: `it is not a file of notes on the report “${reportId}”` }
  }
  const records = version === FORMAT_WITH_SENTENCES ? migrate4to5(stored) : stored
  const migrated = records !== stored && records.some((record, i) => record !== stored[i])
  const digest = document['digest']
  if (typeof digest === 'string') {
    const head = segmentHead(reportId, digest, version)
    if (
      text.startsWith(head) &&
      text.endsWith('}') &&
      digestOf(text.slice(head.length, -1)) === digest
    ) {
      return { kind: 'checked', annotations: records as Annotation[], originals: stored, migrated }
    }
  }
  return { kind: 'unchecked', records, originals: stored, migrated }
}

function segmentHead(reportId: string, digest: string, version = NOTES_FORMAT): string {
  return `{"schemaVersion":${version},"reportId":${JSON.stringify(reportId)},"digest":"${digest}","annotations":`
}

const digestOf = (list: string) => hash('sha1', list, 'hex')
