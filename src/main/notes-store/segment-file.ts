import { hash } from 'node:crypto'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { parseArrayInPieces } from './json-array-pieces'

/**
 * A segment: one of the files that hold the notes of one report, `notes/<report id>/<n>.json`, an
 * electron-store file of at most about SEGMENT_CHARS characters. A change to a note rewrites its
 * segment only, so what a change costs depends on the segment's size, not on how many notes there
 * are. A new note goes into the report's last segment while it has room, else into a new one.
 *
 *     {"schemaVersion":4,"reportId":"…","digest":"<sha1 of the list>","annotations":[Annotation,
 *     Annotation, …]}
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

/**
 * What comes between two notes in a segment's list: a line break after the comma puts each note on
 * a line of its own (JSON.stringify never writes one inside a note), where a reader can cut the
 * list without reading what is in it (json-array-pieces.ts). Segments written before it have
 * none, and are read as well.
 */
export const NOTE_SEPARATOR = ',\n'

export function segmentText(reportId: string, annotations: Iterable<Annotation>): string {
  const list = `[${Array.from(annotations, (a) => JSON.stringify(a)).join(NOTE_SEPARATOR)}]`
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
function readSegment(reportId: string, text: string, parsed: unknown): SegmentRead {
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

/** What a segment file's bytes hold: its notes (or why not), and the characters its text takes. */
export type SegmentBytesRead =
  | { kind: 'read'; found: SegmentRead; chars: number }
  /** Not JSON at all (JSON.parse's SyntaxError). */
  | { kind: 'unreadable'; error: unknown }

/**
 * Reads a segment file's bytes for the report it is filed under. One the app wrote (its head as
 * the app writes it and its digest holding, checked on the bytes) is parsed a few notes at a time
 * (json-array-pieces.ts): never decoded into one large string, which costs more than all the rest
 * of reading it. Any other is decoded and parsed whole and read by readSegment(), as before.
 */
export function readSegmentBytes(reportId: string, bytes: Buffer): SegmentBytesRead {
  const written = writtenList(reportId, bytes)
  if (written) {
    const list = inPieces(written.list)
    if (list) {
      return {
        kind: 'read',
        found: { kind: 'checked', annotations: list.items as Annotation[] },
        chars: written.headChars + list.chars + 1
      }
    }
  }
  const text = bytes.toString('utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { kind: 'unreadable', error }
  }
  return { kind: 'read', found: readSegment(reportId, text, parsed), chars: text.length }
}

/** The app wrote the list with JSON.stringify: if a piece were not JSON, the whole is read as before. */
function inPieces(list: Buffer): ReturnType<typeof parseArrayInPieces> {
  try {
    return parseArrayInPieces(list)
  } catch {
    return null
  }
}

const DIGEST = /^[0-9a-f]{40}$/

/** The bytes of the list of notes of a segment the app wrote as it is, or null. */
function writtenList(reportId: string, bytes: Buffer): { list: Buffer; headChars: number } | null {
  const marker = '"digest":"'
  const empty = segmentHead(reportId, '')
  const digestAt = Buffer.byteLength(empty.slice(0, empty.indexOf(marker) + marker.length))
  const digest = bytes.toString('latin1', digestAt, digestAt + 40)
  if (!DIGEST.test(digest)) return null
  const head = segmentHead(reportId, digest)
  const headBytes = Buffer.from(head)
  if (
    bytes.length <= headBytes.length ||
    !bytes.subarray(0, headBytes.length).equals(headBytes) ||
    bytes[bytes.length - 1] !== CLOSE_OBJECT
  ) {
    return null
  }
  const list = bytes.subarray(headBytes.length, bytes.length - 1)
  return hash('sha1', list, 'hex') === digest ? { list, headChars: head.length } : null
}

const CLOSE_OBJECT = 0x7d

function segmentHead(reportId: string, digest: string): string {
  return `{"schemaVersion":${NOTES_FORMAT},"reportId":${JSON.stringify(reportId)},"digest":"${digest}","annotations":`
}

const digestOf = (list: string) => hash('sha1', list, 'hex')
