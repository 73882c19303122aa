import { hash } from 'node:crypto'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { migrate4to5 } from '../annotation-store-migrations'
import { parseArrayInPieces } from './json-array-pieces'

/**
 * A segment: one of the files that hold the notes of one report, `notes/<report id>/<n>.json`, an
 * electron-store file of at most about SEGMENT_CHARS characters. A change to a note rewrites its
 * segment only, so what a change costs depends on the segment's size, not on how many notes there
 * are. A new note goes into the report's last segment while it has room, else into a new one.
 *
 *     {"schemaVersion":5,"reportId":"…","digest":"<sha1 of the list>","annotations":[Annotation,
 *     Annotation, …]}
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

/**
 * The most bytes of a segment file that are read: the app never writes more than the store's
 * maxFileChars characters of notes in all, and no character takes more than 3 bytes of UTF-8, so
 * a segment the app wrote is always read (its head, under 300 bytes, has room besides).
 */
export const segmentReadLimit = (maxFileChars: number) => 3 * maxFileChars + SEGMENT_HEAD_ROOM
const SEGMENT_HEAD_ROOM = 1024

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
  const stored = document['annotations']
  if (
    version < FORMAT_WITH_SENTENCES ||
    document['reportId'] !== reportId ||
    !Array.isArray(stored)
  ) {
    return { kind: 'unrecognised', reason: `it is not a file of notes on the report “${reportId}”` }
  }
  const current = migratedFrom(stored, version)
  const digest = document['digest']
  if (typeof digest === 'string') {
    const head = segmentHead(reportId, digest, version)
    if (
      text.startsWith(head) &&
      text.endsWith('}') &&
      digestOf(text.slice(head.length, -1)) === digest
    ) {
      return { kind: 'checked', ...current }
    }
  }
  const { annotations: records, ...kept } = current
  return { kind: 'unchecked', records, ...kept }
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
        found: { kind: 'checked', ...migratedFrom(list.items, written.version) },
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

/** A segment's records in the current format, and the records as the file holds them. */
function migratedFrom(
  stored: unknown[],
  version: number
): { annotations: Annotation[] } & Migrated {
  const records = version === FORMAT_WITH_SENTENCES ? migrate4to5(stored) : stored
  const migrated = records !== stored && records.some((record, i) => record !== stored[i])
  return { annotations: records as Annotation[], originals: stored, migrated }
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
function writtenList(
  reportId: string,
  bytes: Buffer
): { list: Buffer; headChars: number; version: number } | null {
  // Both formats' heads are as long: one digit of version.
  const version =
    bytes.toString('latin1', 0, HEAD_START.length + 1) === `${HEAD_START}${FORMAT_WITH_SENTENCES}`
      ? FORMAT_WITH_SENTENCES
      : NOTES_FORMAT
  const marker = '"digest":"'
  const empty = segmentHead(reportId, '', version)
  const digestAt = Buffer.byteLength(empty.slice(0, empty.indexOf(marker) + marker.length))
  const digest = bytes.toString('latin1', digestAt, digestAt + 40)
  if (!DIGEST.test(digest)) return null
  const head = segmentHead(reportId, digest, version)
  const headBytes = Buffer.from(head)
  if (
    bytes.length <= headBytes.length ||
    !bytes.subarray(0, headBytes.length).equals(headBytes) ||
    bytes[bytes.length - 1] !== CLOSE_OBJECT
  ) {
    return null
  }
  const list = bytes.subarray(headBytes.length, bytes.length - 1)
  return hash('sha1', list, 'hex') === digest ? { list, headChars: head.length, version } : null
}

const CLOSE_OBJECT = 0x7d

const HEAD_START = '{"schemaVersion":'

function segmentHead(reportId: string, digest: string, version = NOTES_FORMAT): string {
  return `{"schemaVersion":${version},"reportId":${JSON.stringify(reportId)},"digest":"${digest}","annotations":`
}

const digestOf = (list: string) => hash('sha1', list, 'hex')
