import type { ColorId } from '../../../shared/annotations/annotation-model'
import type { Formatter } from '../../../shared/i18n/formatter'
import { lastMove } from '../../../shared/annotations/edition-change'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { HighlightMark } from './Marked'

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

/** The text a placed highlight covers (its quote is kept up to date by placement). */
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
 */
export function annotationMarks(
  paragraphs: readonly { id: string; text: string }[],
  annotations: readonly AnnotationView[],
  words: MarkWords
): AnnotationMarks {
  const paragraphOrder = paragraphs.map((p) => p.id)
  const highlightsByParagraph = new Map<string, HighlightMark[]>()
  const printNotesByParagraph = new Map<string, PrintNote[]>()
  const sectionNotes = new Map<string, AnnotationView[]>()
  for (const view of annotations) {
    const { anchor, annotation } = view
    if (anchor.status !== 'anchored') continue
    if (annotation.target.kind === 'section') {
      sectionNotes.set(anchor.sectionId, [...(sectionNotes.get(anchor.sectionId) ?? []), view])
      continue
    }
    if (!anchor.paragraphId || anchor.start === undefined || anchor.end === undefined) continue
    const label = words.colorLabel(annotation.color)
    const move = lastMove(annotation)
    const changed = move?.kind === 'changed'
    const values = {
      label,
      before: changed ? move.before.slice(0, 120) : '',
      note: annotation.note.slice(0, 120)
    }
    const description = words.t(
      changed
        ? annotation.note
          ? 'highlight.description.changedWithNote'
          : 'highlight.description.changed'
        : annotation.note
          ? 'highlight.description.withNote'
          : 'highlight.description',
      values
    )
    const lastId = anchor.endParagraphId ?? anchor.paragraphId
    const startIndex = paragraphOrder.indexOf(anchor.paragraphId)
    const endIndex = paragraphOrder.indexOf(lastId)
    if (startIndex === -1 && endIndex === -1) continue
    // A start not among these paragraphs lies before them, an end after them.
    const from = startIndex === -1 ? 0 : startIndex
    const to = endIndex === -1 ? paragraphs.length - 1 : endIndex
    for (let i = from; i <= to; i++) {
      const paragraph = paragraphs[i] as { id: string; text: string }
      const list = highlightsByParagraph.get(paragraph.id) ?? []
      list.push({
        id: annotation.id,
        start: i === startIndex ? anchor.start : 0,
        end: i === endIndex ? anchor.end : paragraph.text.length,
        color: annotation.color,
        hasNote: annotation.note.trim() !== '',
        changed,
        startsHere: i === from,
        endsHere: i === to,
        description
      })
      highlightsByParagraph.set(paragraph.id, list)
    }
    if (annotation.note.trim() !== '') {
      // Printed after the paragraph the highlight ends in, with its whole quote.
      const notes = printNotesByParagraph.get(lastId) ?? []
      notes.push({ id: annotation.id, label, annotation, quote: quoteOf(annotation) })
      printNotesByParagraph.set(lastId, notes)
    }
  }
  return { highlightsByParagraph, printNotesByParagraph, sectionNotes }
}
