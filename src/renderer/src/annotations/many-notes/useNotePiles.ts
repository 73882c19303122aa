import { useCallback, useMemo, useState } from 'react'
import type { AnnotationView } from '../../../../shared/ipc-contract'
import type { ProcessedReport } from '../../../../shared/report-model'
import { newestFirst, notePiles, type NotePile } from './note-piles'

/** The notes of one pile (or of one section), for the reader to choose one. */
export interface PileChoice {
  title: string
  /** The passage or the section heading they are on. */
  subject: string
  /** Newest first. */
  notes: AnnotationView[]
}

const count = (n: number) => n.toLocaleString('en')

/**
 * The one owner of piles: which notes each mark in the text stands for, and the list of a pile the
 * reader opened. A mark of one note opens that note (`onEdit`); a mark of many lists them, to
 * choose one. The piles are worked out when first asked for after the notes change, not on
 * every change (an import of 20,000 notes changes them once, at its end).
 */
export function useNotePiles({
  report,
  items,
  itemsInReport,
  onEdit
}: {
  report: ProcessedReport
  /** Every note (a comparison's columns show other reports' notes). */
  items: readonly AnnotationView[]
  itemsInReport: readonly AnnotationView[]
  onEdit: (id: string) => void
}) {
  const [choice, setChoice] = useState<PileChoice | null>(null)

  const pilesOf = useMemo(
    () =>
      lazily(() =>
        pileIndex(
          notePiles(
            report.sections.flatMap((s) => s.paragraphs),
            itemsInReport
          )
        )
      ),
    [report.sections, itemsInReport]
  )

  /** A click or Enter on a mark in the text. */
  const openMark = useCallback(
    (id: string) => {
      const pile = pilesOf().byId.get(id)
      const notes = pile?.notes ?? samePassage(items, id)
      if (notes.length < 2) {
        onEdit(id)
        return
      }
      const first = notes[0] as AnnotationView
      const quote =
        first.annotation.target.kind === 'text' ? first.annotation.target.quote.exact : ''
      setChoice({
        title:
          pile && !pile.samePassage
            ? `${count(notes.length)} notes on passages that overlap here`
            : `${count(notes.length)} notes on this passage`,
        subject: quote,
        notes
      })
    },
    [items, onEdit, pilesOf]
  )

  /** "All N notes on this section". */
  const openSection = useCallback(
    (sectionId: string) => {
      const notes = itemsInReport
        .filter(
          (view) =>
            view.annotation.target.kind === 'section' &&
            view.anchor.status === 'anchored' &&
            view.anchor.sectionId === sectionId
        )
        .sort(newestFirst)
      const heading = report.sections.find((s) => s.id === sectionId)?.heading ?? ''
      setChoice({ title: `${count(notes.length)} notes on this section`, subject: heading, notes })
    },
    [itemsInReport, report.sections]
  )

  /** The id the mark of a note's pile carries (its own, when it is alone). */
  const markIdOf = useCallback(
    (annotationId: string) => pilesOf().ofNote.get(annotationId)?.id ?? annotationId,
    [pilesOf]
  )

  return {
    choice,
    openMark,
    openSection,
    markIdOf,
    choose: (id: string) => {
      setChoice(null)
      onEdit(id)
    },
    close: useCallback(() => setChoice(null), [])
  }
}

/** The notes on exactly the passage of note `id` (a mark in a comparison's column), newest first. */
function samePassage(items: readonly AnnotationView[], id: string): AnnotationView[] {
  const view = items.find((i) => i.annotation.id === id)
  if (!view || view.anchor.status !== 'anchored') return []
  const { anchor } = view
  const key = (v: AnnotationView) =>
    v.anchor.status === 'anchored' && v.annotation.target.kind === 'text'
      ? `${v.annotation.reportId}|${v.anchor.paragraphId}|${v.anchor.start}|${v.anchor.endParagraphId ?? ''}|${v.anchor.end}`
      : null
  const wanted = key(view)
  if (wanted === null || anchor.paragraphId === undefined) return []
  return items.filter((v) => key(v) === wanted).sort(newestFirst)
}

/** `make()`, worked out the first time it is asked for, then kept. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | null = null
  return () => (made ??= { value: make() }).value
}

/** Each pile by its mark's id, and the pile of each note. */
function pileIndex(piles: NotePile[]) {
  const byId = new Map<string, NotePile>()
  const ofNote = new Map<string, NotePile>()
  for (const pile of piles) {
    byId.set(pile.id, pile)
    for (const view of pile.notes) ofNote.set(view.annotation.id, pile)
  }
  return { byId, ofNote }
}
