import { useState } from 'react'
import type { CitationForm } from './useCitationCopy'

const FORMS: { form: CitationForm; words: string; label: string }[] = [
  { form: 'plain', words: 'plain text', label: 'Text' },
  { form: 'markdown', words: 'Markdown', label: 'Markdown' }
]

/**
 * "Copy with citation: Text | Markdown": the passage and where it comes from, in either form
 * (citation.ts). In the selection toolbar both buttons show; on a note in the narrow notes
 * panel (`folded`), one "Copy with citation…" button opens them.
 */
export function CopyWithCitation({
  onCopy,
  folded = false
}: {
  onCopy: (form: CitationForm) => void
  folded?: boolean
}) {
  const [open, setOpen] = useState(!folded)
  const buttons = (
    <div className="copy-citation" role="group" aria-label="Copy with citation">
      {!folded && (
        <span className="copy-citation-label" aria-hidden="true">
          Copy with citation:
        </span>
      )}
      {FORMS.map(({ form, words, label }) => (
        <button
          key={form}
          type="button"
          aria-label={`Copy with citation as ${words}`}
          onClick={() => onCopy(form)}
        >
          {label}
        </button>
      ))}
    </div>
  )
  if (!folded) return buttons
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Copy with citation…
      </button>
      {open && buttons}
    </>
  )
}
