import { useState } from 'react'
import type { CitationForm } from './useCitationCopy'
import type { MessageId } from '../../../shared/i18n/catalog-types'
import { useT } from '../i18n/useT'

const FORMS: { form: CitationForm; words: MessageId; label: MessageId }[] = [
  { form: 'plain', words: 'citation.asText', label: 'citation.text' },
  { form: 'markdown', words: 'citation.asMarkdown', label: 'citation.markdown' }
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
  const t = useT()
  const [open, setOpen] = useState(!folded)
  const buttons = (
    <div className="copy-citation" role="group" aria-label={t('citation.copy')}>
      {!folded && (
        <span className="copy-citation-label" aria-hidden="true">
          {t('citation.copyColon')}
        </span>
      )}
      {FORMS.map(({ form, words, label }) => (
        <button key={form} type="button" aria-label={t(words)} onClick={() => onCopy(form)}>
          {t(label)}
        </button>
      ))}
    </div>
  )
  if (!folded) return buttons
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('citation.copyMenu')}
      </button>
      {open && buttons}
    </>
  )
}
