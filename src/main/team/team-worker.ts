// The team worker: a thread that lives as long as team notes are on, and owns everyone else's
// notes. It reads the team folder's files (only those that changed) and the course notes, keeps
// them as layers with a word index each, and answers main's requests (team-worker-protocol.ts):
// a page of the list, the marks of a report, a search, one note to copy. Main never holds the
// 500,000 notes of 50 colleagues, so it never stops to take them in or to collect them. No Electron.
import { getHeapStatistics } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { readCourseLayers } from './course-layer'
import { findNote, notesSlice, searchLayers, sortedLayers } from './team-layer-queries'
import { TeamLayers, type Layer } from './team-layers'
import type {
  TeamAnswers,
  TeamRequest,
  TeamRequestMessage,
  TeamSummary,
  TeamWorkerInit,
  TeamWorkerMessage
} from './team-worker-protocol'
import { speakIn } from '../words'

const init = workerData as TeamWorkerInit
// This thread speaks main's language (words.ts): its messages reach the reader.
if (init.locale) speakIn(init.locale)

const post = (message: TeamWorkerMessage) => parentPort?.postMessage(message)

/** While files are read, main hears of the layers at most this often (the first at once). */
const PROGRESS_MS = 250
let lastProgress = 0

const course = init.courseNotesFile ? readCourseLayers(init.courseNotesFile) : []
const team = init.folder
  ? new TeamLayers(init.folder, init.ownPersonId, init.maxBytes, () => {
      const now = Date.now()
      if (now - lastProgress < PROGRESS_MS) return
      lastProgress = now
      post({ type: 'progress', summary: summary() })
    })
  : null

/** Every layer in the order the window shows them; kept until a layer changes. */
let sorted: Layer[] | null = null
let sortedFrom: Map<string, Layer> | null = null
function layers(): Layer[] {
  const now = new Map(team?.layers)
  const same =
    sorted !== null &&
    sortedFrom !== null &&
    sortedFrom.size === now.size &&
    [...now].every(([name, layer]) => sortedFrom?.get(name) === layer)
  if (!same) {
    sorted = sortedLayers([...course, ...now.values()])
    sortedFrom = now
  }
  return sorted as Layer[]
}

function summary(): TeamSummary {
  const error = team?.folderError
  return {
    layers: layers().map((l) => ({
      author: l.author,
      reportId: l.reportId,
      count: l.annotations.length,
      leftOut: l.leftOut ?? 0
    })),
    problems: team?.problemList() ?? [],
    folderError: error ? { ...(error.code && { code: error.code }), message: error.message } : null
  }
}

async function answer(request: TeamRequest): Promise<TeamAnswers[keyof TeamAnswers]> {
  switch (request.type) {
    case 'refresh': {
      if (request.locale) speakIn(request.locale)
      const { changed, read } = team ? await team.refresh() : { changed: false, read: [] }
      return { changed, read, summary: summary() }
    }
    case 'notes':
      return notesSlice(layers(), request.filter, request.lastSeen, request.from, request.limit)
    case 'search':
      return searchLayers(layers(), request.query, request.limit)
    case 'note':
      return findNote(layers(), request.personId, request.annotationId)
    case 'memory': {
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
      const heapUsedMb = mb(getHeapStatistics().used_heap_size)
      // With --expose-gc (the bench): what the worker keeps, not what it has yet to collect.
      const gc = (globalThis as { gc?: () => void }).gc
      gc?.()
      return { heapUsedMb, heapUsedAfterGcMb: gc ? mb(getHeapStatistics().used_heap_size) : null }
    }
  }
}

parentPort?.on('message', ({ id, request }: TeamRequestMessage) => {
  answer(request).then(
    (result) => post({ type: 'answer', id, answer: result }),
    (error: unknown) => post({ type: 'failed', id, message: String(error) })
  )
})
