import {
  bestNoteHits,
  matchNote,
  notesQuery,
  type ScoredNoteHit
} from '../../shared/annotations/search-notes'
import type { TeamFilter } from '../../shared/team/team-model'
import { wordIndexOf, type Layer } from './team-layers'
import type { LayerAuthor, TeamAnswers, TeamNotesSlice } from './team-worker-protocol'

/**
 * What main asks of the layers, answered on the team worker where they live. Every answer is
 * in the order the Team panel shows: course notes first, then by person, then by report.
 */
export function sortedLayers(layers: Iterable<Layer>): Layer[] {
  return [...layers].sort(
    (a, b) =>
      Number(b.author.kind === 'course') - Number(a.author.kind === 'course') ||
      a.author.name.localeCompare(b.author.name) ||
      (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0)
  )
}

/** `limit` notes from the `from`th of those that match the filter, and how many match in all. */
export function notesSlice(
  layers: Layer[],
  filter: TeamFilter,
  lastSeen: string | null,
  from: number,
  limit: number
): TeamNotesSlice {
  const slice: TeamNotesSlice = { authors: [], items: [], total: 0 }
  const isNew = (updatedAt: string) => lastSeen === null || updatedAt > lastSeen
  for (const layer of layers) {
    if (filter.personId && layer.author.id !== filter.personId) continue
    if (filter.reportId && layer.reportId !== filter.reportId) continue
    const { annotations } = layer
    const pageFull = slice.items.length >= limit
    if (!filter.newOnly && (pageFull || slice.total + annotations.length <= from)) {
      // Before the page or after it: the layer only counts.
      slice.total += annotations.length
      continue
    }
    let author = -1
    for (const annotation of annotations) {
      if (filter.newOnly && !isNew(annotation.updatedAt)) continue
      if (slice.total >= from && slice.items.length < limit) {
        if (author < 0) author = slice.authors.push(layer.author) - 1
        slice.items.push({ author, annotation })
      }
      slice.total++
    }
  }
  return slice
}

/**
 * The best `limit` notes that match the search box's words: the word index of each layer names
 * the notes that have them all, and only those are read (matchNote, for where the words are).
 */
export function searchLayers(layers: Layer[], query: string, limit: number): TeamAnswers['search'] {
  const read = notesQuery(query)
  if (!read) return []
  const hits: (ScoredNoteHit & { author: LayerAuthor })[] = []
  for (const layer of layers) {
    for (const at of wordIndexOf(layer).candidates(read)) {
      const hit = matchNote(layer.annotations[at] as (typeof layer.annotations)[number], read)
      if (hit) hits.push({ ...hit, author: layer.author })
    }
  }
  return bestNoteHits(hits, limit) as TeamAnswers['search']
}

/** One person's note by its id (for "Copy to my notes"), or null when it is no longer there. */
export function findNote(
  layers: Iterable<Layer>,
  personId: string,
  annotationId: string
): TeamAnswers['note'] {
  for (const layer of layers) {
    if (layer.author.id !== personId) continue
    const annotation = layer.annotations.find((a) => a.id === annotationId)
    if (annotation) return { annotation, author: layer.author }
  }
  return null
}
