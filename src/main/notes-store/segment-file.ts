import { hash } from 'node:crypto'
import type { Annotation } from '../../shared/annotations/annotation-model'

/**
 * A segment: one of the files that hold the notes of one report, `notes/<report id>/<n>.json`, an
 * electron-store file of at most about SEGMENT_CHARS characters. A change to a note rewrites its
 * segment only, so what a change costs depends on the segment's size, not on how many notes there
 * are. A new note goes into the report's last segment while it has room, else into a new one.
 *
 *     {"schemaVersion":4,"reportId":"…","digest":"<sha1 of the list>","annotations":[Annotation, …]}
 *
 * The digest says the list is byte for byte what the app wrote, and the app writes only notes it
 * has checked: a segment whose digest holds is not checked again when the app opens (checking every
 * note costs three times what parsing does), one edited by hand or by another program is.
 */
export const NOTES_FORMAT = 4

/** A segment takes new notes until it holds this many characters of JSON. */
export const SEGMENT_CHARS = 256 * 1024

/** `<n>.json`, n from 1: the segments of a report, read in this order. */
export const SEGMENT_NAME = /^([1-9][0-9]{0,8})\.json$/

export function segmentText(reportId: string, annotations: Iterable<Annotation>): string {
  const list = JSON.stringify([...annotations])
  return `${segmentHead(reportId, digestOf(list))}${list}}`
}

/** What a segment file holds, read. */
export type SegmentRead =
  /** Written by this app as it is: its notes need no checking. */
  | { kind: 'checked'; annotations: Annotation[] }
  /** In the current format, but changed since the app wrote it: every record must be checked. */
  | { kind: 'unchecked'; records: unknown[] }
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
  const records = document['annotations']
  if (version < NOTES_FORMAT || document['reportId'] !== reportId || !Array.isArray(records)) {
    return { kind: 'unrecognised', reason: `it is not a file of notes on the report “${reportId}”` }
  }
  const digest = document['digest']
  if (typeof digest === 'string') {
    const head = segmentHead(reportId, digest)
    if (
      text.startsWith(head) &&
      text.endsWith('}') &&
      digestOf(text.slice(head.length, -1)) === digest
    ) {
      return { kind: 'checked', annotations: records as Annotation[] }
    }
  }
  return { kind: 'unchecked', records }
}

function segmentHead(reportId: string, digest: string): string {
  return `{"schemaVersion":${NOTES_FORMAT},"reportId":${JSON.stringify(reportId)},"digest":"${digest}","annotations":`
}

const digestOf = (list: string) => hash('sha1', list, 'hex')
