import type { ColorId } from '../../../shared/annotations/annotation-model'
import type { Formatter } from '../../../shared/i18n/formatter'
import { lastMove } from '../../../shared/annotations/edition-change'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { HighlightMark } from './Marked'
import { notePiles, type NotePile } from '../annotations/many-notes/note-piles'

/** A highlight's note, printed in a box after its paragraph (only when printing with notes). */
export interface PrintNote {
  id: string
  label: string
  annotation: AnnotationView['annotation']
  /** The highlighted text, as the report has it now. */
  quote: string
}

/** What the reader's notes draw over some paragraphs of a report, by paragraph and by section. */
export interface AnnotationMarks {
  highlightsByParagraph: Map<string, HighlightMark[]>
  /** Printed after the paragraph a highlight ends in, when the reader prints with notes. */
  printNotesByParagraph: Map<string, PrintNote[]>
  sectionNotes: Map<string, AnnotationView[]>
}

/** How highlights are described to screen readers and on hover, in the reader's language. */
export interface MarkWords {
  t: Formatter
  colorLabel: (color: ColorId) => string
}

const quoteOf = (annotation: AnnotationView['annotation']) =>
  annotation.target.kind === 'text' ? annotation.target.quote.exact : ''

/**
 * The marks the anchored notes of a report make over `paragraphs`, in reading order: the whole
 * report in the reading view, one section in a column of the comparison. A highlight over several
 * paragraphs is a piece in each; one that begins before these paragraphs or ends after them (a
 * column shows one section) is drawn over the part that is here. One that begins before them and
 * ends after them is not drawn: from these paragraphs alone it cannot be told from one elsewhere.
 * Highlights on the same passage, or piled over one another, are one mark with a count (see
 * note-piles.ts): the marks drawn follow the text's length, not the number of notes.
 */
export function annotationMarks(
  paragraphs: readonly { id: string; text: string }[],
  annotations: readonly AnnotationView[],
  words: MarkWords,
  /** Whether to lay out the notes printed after their paragraphs (else that map stays empty). */
  { printNotes = false }: { printNotes?: boolean } = {}
): AnnotationMarks {
  const highlightsByParagraph = new Map<string, HighlightMark[]>()
  const printNotesByParagraph = new Map<string, PrintNote[]>()
  const sectionNotes = new Map<string, AnnotationView[]>()
  // A colour's name is formatted once per call, not once per note: 20,000 notes on ten
  // passages were 40,000 message formats, a second of a blocked window after an import.
  const colourNames = new Map<ColorId, string>()
  const nameOf = (color: ColorId) => {
    let name = colourNames.get(color)
    if (name === undefined) colourNames.set(color, (name = words.colorLabel(color)))
    return name
  }
  const labelOf = (view: AnnotationView) => nameOf(view.annotation.color)
  for (const view of annotations) {
    const { anchor, annotation } = view
    if (anchor.status !== 'anchored') continue
    if (annotation.target.kind === 'section') {
      const list = sectionNotes.get(anchor.sectionId)
      if (list) list.push(view)
      else sectionNotes.set(anchor.sectionId, [view])
    }
  }
  const indexOf = new Map(paragraphs.map((p, i) => [p.id, i]))
  for (const pile of notePiles(paragraphs, annotations)) {
    const newest = pile.notes[0] as AnnotationView
    const { annotation } = newest
    const move = pile.notes.length === 1 ? lastMove(annotation) : undefined
    const changed = move?.kind === 'changed'
    const description =
      pile.notes.length > 1
        ? pileDescription(pile, words.t, nameOf)
        : words.t(
            changed
              ? annotation.note
                ? 'highlight.description.changedWithNote'
                : 'highlight.description.changed'
              : annotation.note
                ? 'highlight.description.withNote'
                : 'highlight.description',
            {
              label: labelOf(newest),
              before: changed ? move.before.slice(0, 120) : '',
              note: annotation.note.slice(0, 120)
            }
          )
    const hasNote = pile.notes.some((n) => n.annotation.note.trim() !== '')
    for (let i = pile.from.index; i <= pile.to.index; i++) {
      const paragraph = paragraphs[i] as { id: string; text: string }
      const list = highlightsByParagraph.get(paragraph.id) ?? []
      list.push({
        id: pile.id,
        start: i === pile.from.index ? pile.from.offset : 0,
        end: i === pile.to.index ? pile.to.offset : paragraph.text.length,
        color: annotation.color,
        hasNote,
        changed,
        startsHere: i === pile.from.index,
        endsHere: i === pile.to.index,
        description,
        ...(pile.notes.length > 1
          ? { count: pile.notes.length, countLabel: words.t.number(pile.notes.length) }
          : {})
      })
      highlightsByParagraph.set(paragraph.id, list)
    }
    if (!printNotes) continue
    for (const view of pile.notes) {
      if (view.annotation.note.trim() === '' || view.anchor.status !== 'anchored') continue
      // Printed after the paragraph the highlight ends in, with its whole quote.
      const lastId = view.anchor.endParagraphId ?? view.anchor.paragraphId ?? ''
      const at = indexOf.has(lastId) ? lastId : (paragraphs[pile.to.index] as { id: string }).id
      const notes = printNotesByParagraph.get(at) ?? []
      notes.push({
        id: view.annotation.id,
        label: labelOf(view),
        annotation: view.annotation,
        quote: quoteOf(view.annotation)
      })
      printNotesByParagraph.set(at, notes)
    }
  }
  return { highlightsByParagraph, printNotesByParagraph, sectionNotes }
}

/** What a pile's mark says: how many notes, on what, in which colours. */
function pileDescription(pile: NotePile, t: Formatter, nameOf: (color: ColorId) => string): string {
  const colours = new Set<ColorId>()
  for (const { annotation } of pile.notes) colours.add(annotation.color)
  // Two colours may share a name the reader gave them: each name once.
  const names = new Set([...colours].map(nameOf))
  return t(pile.samePassage ? 'highlight.pile.samePassage' : 'highlight.pile.overlapping', {
    count: pile.notes.length,
    colours: t.list([...names])
  })
}
