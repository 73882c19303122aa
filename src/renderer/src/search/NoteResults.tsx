import type { ColorLabels } from '../../../shared/annotations/annotation-model'
import type { NoteHit } from '../../../shared/annotations/search-notes'
import { Marked } from '../components/Marked'
import { useColorLabel } from '../annotations/useColorLabel'
import { useT } from '../i18n/useT'

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
  const t = useT()
  const colorLabel = useColorLabel()
  if (notes.length === 0) return null
  return (
    <section className="note-results" aria-labelledby="note-results-title">
      <h3 id="note-results-title">{t('search.inNotes', { count: notes.length })}</h3>
      <ul>
        {notes.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className={`note-result hl-border-${hit.color}`}
              onClick={() => onOpen(hit.id)}
            >
              <span className="note-meta">{colorLabel(hit.color, colorLabels)}</span>
              <NoteHitText hit={hit} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * A found note's quote and text, with the words the search matched marked. They are the reader's
 * (or a colleague's) own words: not translated, and in their own direction.
 */
export function NoteHitText({ hit }: { hit: NoteHit }) {
  return (
    <>
      {hit.quote && (
        <span className="note-quote" translate="no" dir="auto">
          <Marked text={hit.quote} spans={hit.quoteHighlights} />
        </span>
      )}
      {hit.note && (
        <span className="note-text" translate="no" dir="auto">
          <Marked text={hit.note} spans={hit.noteHighlights} />
        </span>
      )}
    </>
  )
}
