import type { AnnotationView } from '../../../../shared/ipc-contract'

/**
 * Highlights drawn as one mark. Notes on the same passage always pile up: 10,000 of them are one
 * mark with a count, not 10,000 nested elements (which crashed the window). Highlights that
 * overlap one another more than MAX_SEPARATE at a time are one mark too, over all their text, so
 * the number of marks follows the length of the text, never the number of notes.
 */
export interface NotePile {
  /** The id its mark carries: its newest note's. */
  id: string
  /** Newest first. */
  notes: AnnotationView[]
  /** Whether every note highlights exactly the same passage (else they overlap one another). */
  samePassage: boolean
  /** Where its mark runs, in the paragraphs it was made over (see notePiles). */
  from: { index: number; offset: number }
  to: { index: number; offset: number }
}

/** Up to this many highlights over each other are drawn as nested marks; more are one pile. */
export const MAX_SEPARATE = 4

/** A place in the text as one number: paragraph index, then offset (offsets stay below 1e8). */
const PARAGRAPH_SPAN = 1e8
const place = (index: number, offset: number) => index * PARAGRAPH_SPAN + offset
const unplace = (at: number) => ({
  index: Math.floor(at / PARAGRAPH_SPAN),
  offset: at % PARAGRAPH_SPAN
})

/** By code unit, not localeCompare: ISO times sort so, and 20,000 locale comparisons take long. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A note's key in a list of notes (VirtualList's itemKey): one function, the same at every draw. */
export const noteKey = (view: AnnotationView) => view.annotation.id

/** Newest first (then by id, so the order is the same every time). */
export const newestFirst = (a: AnnotationView, b: AnnotationView) =>
  byCodeUnit(b.annotation.createdAt, a.annotation.createdAt) ||
  byCodeUnit(b.annotation.id, a.annotation.id)

interface Run {
  start: number
  end: number
  notes: AnnotationView[]
}

/**
 * The piles the anchored text highlights of `views` make over `paragraphs` (in reading order), in
 * reading order. A highlight that begins before these paragraphs or ends after them is cut to
 * them; one wholly outside them (or spanning all of them from outside) is left out. Pure.
 */
export function notePiles(
  paragraphs: readonly { id: string; text: string }[],
  views: readonly AnnotationView[]
): NotePile[] {
  const indexOf = new Map(paragraphs.map((p, i) => [p.id, i]))
  // Same passage, one run (by start, then end: no key string made per note).
  const byPassage = new Map<number, Map<number, Run>>()
  const runs: Run[] = []
  for (const view of views) {
    const { anchor, annotation } = view
    if (anchor.status !== 'anchored' || annotation.target.kind !== 'text') continue
    if (!anchor.paragraphId || anchor.start === undefined || anchor.end === undefined) continue
    const startIndex = indexOf.get(anchor.paragraphId)
    const endIndex = indexOf.get(anchor.endParagraphId ?? anchor.paragraphId)
    if (startIndex === undefined && endIndex === undefined) continue
    const lastIndex = endIndex ?? paragraphs.length - 1
    const start = startIndex === undefined ? place(0, 0) : place(startIndex, anchor.start)
    const end =
      endIndex === undefined
        ? place(lastIndex, (paragraphs[lastIndex] as { text: string }).text.length)
        : place(endIndex, anchor.end)
    let byEnd = byPassage.get(start)
    if (!byEnd) byPassage.set(start, (byEnd = new Map()))
    const run = byEnd.get(end)
    if (run) run.notes.push(view)
    else {
      const first: Run = { start, end, notes: [view] }
      byEnd.set(end, first)
      runs.push(first)
    }
  }
  runs.sort((a, b) => a.start - b.start || b.end - a.end)

  // Runs that overlap one another, one group at a time (a sweep in reading order).
  const piles: NotePile[] = []
  let group: Run[] = []
  let groupEnd = -1
  const close = () => {
    if (group.length === 0) return
    if (group.length <= MAX_SEPARATE) for (const run of group) piles.push(pileOf([run], true))
    else piles.push(pileOf(group, false))
    group = []
  }
  for (const run of runs) {
    if (run.start >= groupEnd) close()
    group.push(run)
    groupEnd = group.length === 1 ? run.end : Math.max(groupEnd, run.end)
  }
  close()
  return piles
}

function pileOf(runs: Run[], separate: boolean): NotePile {
  const notes = runs.length === 1 ? [...(runs[0] as Run).notes] : runs.flatMap((r) => r.notes)
  inNewestFirstOrder(notes)
  const start = runs.reduce((least, r) => Math.min(least, r.start), Infinity)
  const end = runs.reduce((most, r) => Math.max(most, r.end), -Infinity)
  return {
    id: (notes[0] as AnnotationView).annotation.id,
    notes,
    samePassage: separate,
    from: unplace(start),
    to: unplace(end)
  }
}

/**
 * Sorts newest first. Main lists the notes oldest first, so reversed they mostly are in order
 * already: checked in one pass, and sorted only if not (thousands of comparisons of dates saved
 * for each pile of an import).
 */
function inNewestFirstOrder(notes: AnnotationView[]): void {
  notes.reverse()
  for (let i = 1; i < notes.length; i++) {
    if (newestFirst(notes[i - 1] as AnnotationView, notes[i] as AnnotationView) > 0) {
      notes.sort(newestFirst)
      return
    }
  }
}
