import type { ReactNode } from 'react'
import type { AnnotationView } from '../../../../shared/ipc-contract'
import { newestFirst } from './note-piles'

/** How many notes on a section are shown under its heading; the rest are a click away. */
export const SECTION_NOTES_SHOWN = 3

/**
 * The notes on a section, under its heading: the newest few, then a button that lists all of them
 * (10,000 notes on one section are not 10,000 boxes in the text). `all` shows every one (printing
 * with notes).
 */
export function SectionNotes({
  notes,
  all,
  onOpenAll,
  children
}: {
  notes: readonly AnnotationView[]
  all: boolean
  onOpenAll?: () => void
  children: (view: AnnotationView) => ReactNode
}) {
  const capped = !all && onOpenAll !== undefined && notes.length > SECTION_NOTES_SHOWN
  const shown = capped ? newest(notes, SECTION_NOTES_SHOWN) : notes
  return (
    <>
      {shown.map(children)}
      {capped && (
        <button type="button" className="link-button section-notes-all" onClick={onOpenAll}>
          All {notes.length.toLocaleString('en')} notes on this section
        </button>
      )}
    </>
  )
}

function newest(notes: readonly AnnotationView[], count: number): AnnotationView[] {
  return [...notes].sort(newestFirst).slice(0, count)
}
