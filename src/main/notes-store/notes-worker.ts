// The notes worker: reads one notes file on a thread of its own and posts the notes it checked
// to main in batches (notes-worker-protocol.ts). Started by notes-worker-client.ts; no Electron.
import { hash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { fieldWords } from '../../shared/annotations/search-notes'
import { fromWebAnnotationJson } from '../../shared/annotations/web-annotation'
import { classify, migrateToCurrent, validate } from '../annotation-store-migrations'
import { whyFileFailed } from '../file-problems'
import { describeError } from '../store-files'
import { pageEnd } from './note-pages'
import {
  NOTES_MESSAGE_CHARS,
  NOTES_PER_MESSAGE,
  type NotesWorkerAnswer,
  type NotesWorkerJob,
  type NotesWorkerMessage
} from './notes-worker-protocol'
import { say, speakIn } from '../words'

const post = (message: NotesWorkerMessage) => parentPort?.postMessage(message)

/** Main's answers (notes-worker-protocol.ts), in order, for answer() to take. */
const answers: NotesWorkerAnswer[] = []
let waiting: ((answer: NotesWorkerAnswer) => void) | null = null
parentPort?.on('message', (answer: NotesWorkerAnswer) => {
  const taker = waiting
  waiting = null
  if (taker) taker(answer)
  else answers.push(answer)
})
const answer = () =>
  answers.length > 0
    ? Promise.resolve(answers.shift() as NotesWorkerAnswer)
    : new Promise<NotesWorkerAnswer>((resolve) => (waiting = resolve))

/** Posts the notes a batch at a time, each once main has taken in the one before. */
async function postNotes(annotations: Annotation[]): Promise<void> {
  const page = { count: NOTES_PER_MESSAGE, chars: NOTES_MESSAGE_CHARS }
  let at = 0
  while (at < annotations.length) {
    const end = pageEnd(annotations, at, page)
    post({ type: 'notes', annotations: annotations.slice(at, end) })
    await answer()
    at = end
  }
}

async function importFile(path: string, maxBytes: number): Promise<void> {
  let text: string
  try {
    if ((await stat(path)).size > maxBytes) {
      post({ type: 'import-refused', message: say('import.tooLarge', { path }) })
      return
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    post({
      type: 'import-refused',
      message: say('import.notOpened', { path, reason: whyFileFailed(error, 'reading') })
    })
    return
  }
  const read = fromWebAnnotationJson(text, say, (done, total) =>
    post({ type: 'progress', done, total })
  )
  if ('error' in read) {
    post({ type: 'import-refused', message: read.error })
    return
  }
  await postNotes(read.annotations)
  post({
    type: 'import-end',
    invalidCount: read.invalid.length,
    problems: read.invalid.slice(0, 20)
  })
}

async function readLegacyFile(path: string): Promise<void> {
  let bytes: Buffer
  let document: unknown
  try {
    bytes = await readFile(path)
    document = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    post({
      type: 'legacy-unreadable',
      reason: describeError(error),
      code: (error as NodeJS.ErrnoException).code ?? null,
      syntax: error instanceof SyntaxError
    })
    return
  }
  const found = classify(document)
  if (found.kind === 'newer') return void post({ type: 'legacy-newer', version: found.version })
  if (found.kind === 'unrecognised') {
    return void post({ type: 'legacy-unrecognised', reason: found.reason })
  }
  const original = found.document as Record<string, unknown>
  const originalLabels =
    found.version === 1
      ? original['labels']
      : found.version >= 2
        ? original['colorLabels']
        : undefined
  const loaded = validate(
    migrateToCurrent(found.document, found.version),
    found.records,
    originalLabels
  )
  await postNotes(loaded.annotations)
  post({
    type: 'legacy-end',
    version: found.version,
    colorLabels: loaded.colorLabels,
    setAside: loaded.setAside,
    sha1: hash('sha1', bytes, 'hex')
  })
}

/**
 * Reading the words of many notes is seconds of work at tens of thousands: it is done here, a
 * batch at a time as main sends them, until main says there are no more.
 */
async function readWords(): Promise<void> {
  for (let next = await answer(); 'fields' in next; next = await answer()) {
    post({ type: 'words', words: next.fields.map(fieldWords) })
  }
}

const job = workerData as NotesWorkerJob
// This thread speaks main's language (words.ts): its messages reach the reader.
if (job.locale) speakIn(job.locale)
if (job.kind === 'words') await readWords()
else await (job.kind === 'import' ? importFile(job.path, job.maxBytes) : readLegacyFile(job.path))
// Main's answers no longer keep the thread: it ends once what it posted is on its way.
parentPort?.unref()
