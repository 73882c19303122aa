import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { realProseSentences } from '../../../scripts/support/real-prose'
import { stored } from '../../../test/support/notes-fixtures'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { searchNotes } from '../../shared/annotations/search-notes'
import { notesSlice, searchLayers, sortedLayers } from './team-layer-queries'
import { layerOf, type Layer } from './team-layers'
import type { LayerAuthor } from './team-worker-protocol'

/** Sentences people wrote (the README files of the installed packages), not made for this test. */
const prose = realProseSentences(join(__dirname, '../../../node_modules')).slice(0, 3000)

/** Notes of real prose: quotes, notes and tags from different sentences. */
function proseNotes(count: number, offset: number): Annotation[] {
  return Array.from({ length: count }, (_, n) => {
    const say = (k: number) => prose[(offset + n * 3 + k) % prose.length] as string
    const note = stored(offset + n, { note: say(1), tags: say(2).split(/\s+/).slice(0, 2) })
    if (note.target.kind !== 'text') return note
    return { ...note, target: { ...note.target, quote: { exact: say(0), prefix: '', suffix: '' } } }
  })
}

const author = (n: number, kind: LayerAuthor['kind'] = 'colleague'): LayerAuthor => ({
  id: `person-${n}`,
  name: `Colleague ${n}`,
  kind
})

function layer(n: number, reportId: string, annotations: Annotation[]): Layer {
  return layerOf({
    name: `${n}.${reportId}`,
    author: author(n),
    reportId,
    annotations,
    signature: ''
  })
}

/** Queries a reader types: words of the notes, the start of a word, two words, a word left out. */
function queriesFrom(notes: Annotation[]): string[] {
  const words = notes.flatMap((a) => a.note.split(/[^\p{L}\p{N}']+/u)).filter((w) => w.length > 3)
  const queries: string[] = []
  for (let i = 0; i < words.length && queries.length < 120; i += 37) {
    const word = words[i] as string
    const next = words[i + 5] ?? 'the'
    queries.push(
      word,
      word.slice(0, 3),
      `${word} ${next}`,
      `${word} ${next.slice(0, 2)}`,
      `${word} -${next}`
    )
  }
  return [...queries, 'zzqx', 'the', '"']
}

describe('the team worker’s answers', () => {
  it('finds through the word index exactly the notes a scan of every note finds', () => {
    const notes = proseNotes(1500, 0)
    const layers = [layer(1, 'alpha', notes.slice(0, 700)), layer(2, 'alpha', notes.slice(700))]
    const queries = queriesFrom(notes)
    expect(queries.length).toBeGreaterThan(100)
    for (const query of queries) {
      const scanned = searchNotes(notes, query, 10_000)
      const indexed = searchLayers(layers, query, 10_000).map(({ author: _author, ...hit }) => hit)
      expect(indexed, query).toEqual(scanned)
    }
  })

  it('pages the notes in the Team panel’s order, filtered by person, report and what is new', () => {
    const notes = proseNotes(90, 0).map((a, n) => ({ ...a, reportId: n % 3 ? 'alpha' : 'beta' }))
    const layers = sortedLayers([
      layer(
        2,
        'alpha',
        notes.slice(0, 30).filter((a) => a.reportId === 'alpha')
      ),
      layer(
        1,
        'beta',
        notes.slice(30, 60).filter((a) => a.reportId === 'beta')
      ),
      layer(
        1,
        'alpha',
        notes.slice(30, 60).filter((a) => a.reportId === 'alpha')
      ),
      {
        ...layer(0, 'alpha', notes.slice(60)),
        author: { id: 'course', name: 'Zed Trainer', kind: 'course' }
      }
    ])
    expect(layers.map((l) => `${l.author.name}/${l.reportId}`)).toEqual([
      'Zed Trainer/alpha',
      'Colleague 1/alpha',
      'Colleague 1/beta',
      'Colleague 2/alpha'
    ])
    const everyNote = layers.flatMap((l) => l.annotations.map((annotation) => ({ l, annotation })))
    const lastSeen = (notes[45] as Annotation).updatedAt
    const filters = [
      {},
      { personId: 'person-1' },
      { reportId: 'alpha' },
      { newOnly: true },
      { personId: 'person-1', reportId: 'beta', newOnly: true }
    ]
    for (const filter of filters) {
      const wanted = everyNote.filter(
        ({ l, annotation }) =>
          (!filter.personId || l.author.id === filter.personId) &&
          (!filter.reportId || l.reportId === filter.reportId) &&
          (!filter.newOnly || annotation.updatedAt > lastSeen)
      )
      const pages = [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84].map((from) =>
        notesSlice(layers, filter, lastSeen, from, 7)
      )
      expect(new Set(pages.map((p) => p.total)), JSON.stringify(filter)).toEqual(
        new Set([wanted.length])
      )
      const paged = pages.flatMap((p) =>
        p.items.map((item) => `${p.authors[item.author]?.id}:${item.annotation.id}`)
      )
      expect(paged, JSON.stringify(filter)).toEqual(
        wanted.map(({ l, annotation }) => `${l.author.id}:${annotation.id}`)
      )
    }
  })
})
