import type { ColorLabels } from '../../../shared/annotations/annotation-model'
import type { NoteHit } from '../../../shared/annotations/search-notes'
import { Marked } from '../components/Marked'
import { formatCount } from '../../../shared/text/format-count'

/** The user's own notes that match the search, beside the report results. */
export function NoteResults({
  notes,
  colorLabels,
  onOpen
}: {
  notes: NoteHit[]
  colorLabels: ColorLabels | null
  onOpen: (id: string) => void
}) {
  if (notes.length === 0) return null
  return (
    <section className="note-results" aria-labelledby="note-results-title">
      <h3 id="note-results-title">In your notes ({formatCount(notes.length)})</h3>
      <ul>
        {notes.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className={`note-result hl-border-${hit.color}`}
              onClick={() => onOpen(hit.id)}
            >
              <span className="note-meta">{colorLabels?.[hit.color] ?? hit.color}</span>
              <NoteHitText hit={hit} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A found note's quote and text, with the words the search matched marked. */
export function NoteHitText({ hit }: { hit: NoteHit }) {
  return (
    <>
      {hit.quote && (
        <span className="note-quote">
          <Marked text={hit.quote} spans={hit.quoteHighlights} />
        </span>
      )}
      {hit.note && (
        <span className="note-text">
          <Marked text={hit.note} spans={hit.noteHighlights} />
        </span>
      )}
    </>
  )
}
