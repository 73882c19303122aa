import { partitionPoint } from '../sorted/partition-point'
import type { Annotation } from '../annotations/annotation-model'
import { fieldTerms, fieldsOf, type NotesQuery } from '../annotations/search-notes'

/**
 * A word index of one layer's notes: each term (and stem) of their quotes, notes and tags, with
 * the positions of the notes that have it. A search looks up its words here and reads only the
 * notes that have them all (matchNote), instead of every note of every colleague. It matches as
 * matchNote's first check does: a query word's stem against a note's terms and stems, and the word
 * being typed as the start of one. Built once per file read; a file read again gets a new one.
 */
export class NoteWordIndex {
  /** Every term, sorted: the terms a prefix starts are side by side. */
  private readonly terms: string[]
  private readonly notesOf = new Map<string, Uint16Array | Uint32Array>()

  constructor(
    private readonly size: number,
    annotations: Iterable<Annotation>
  ) {
    const building = new Map<string, number[]>()
    let at = 0
    for (const annotation of annotations) {
      const terms = new Set<string>()
      for (const field of fieldsOf(annotation)) fieldTerms(field, terms)
      for (const term of terms) {
        const list = building.get(term)
        if (list) list.push(at)
        else building.set(term, [at])
      }
      at++
    }
    // A file holds at most 20,000 notes: two bytes a position.
    const Positions = size <= 0xffff ? Uint16Array : Uint32Array
    for (const [term, list] of building) this.notesOf.set(term, Positions.from(list))
    this.terms = [...building.keys()].sort()
  }

  /** The positions of the notes that may have every wanted word, in order. */
  candidates(query: NotesQuery): number[] {
    // How many wanted words each note has so far: a note reaches i + 1 only from i, once per word.
    const reached = new Uint16Array(this.size)
    query.wanted.forEach((word, i) => {
      const mark = (positions: ArrayLike<number> | undefined) => {
        if (!positions) return
        for (let p = 0; p < positions.length; p++) {
          const at = positions[p] as number
          if (reached[at] === i) reached[at] = i + 1
        }
      }
      mark(this.notesOf.get(word.stem))
      if (word.prefix && word.term.length >= 2) {
        for (let t = this.firstFrom(word.term); t < this.terms.length; t++) {
          const term = this.terms[t] as string
          if (!term.startsWith(word.term)) break
          mark(this.notesOf.get(term))
        }
      }
    })
    const all = query.wanted.length
    const found: number[] = []
    for (let at = 0; at < this.size; at++) if (reached[at] === all) found.push(at)
    return found
  }

  /** The first term not before `prefix`. */
  private firstFrom(prefix: string): number {
    return partitionPoint(0, this.terms.length, (i) => (this.terms[i] as string) < prefix)
  }
}
