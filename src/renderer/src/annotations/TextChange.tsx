import type { DiffPart } from '../../../shared/text/word-diff'
import { DiffWords } from '../components/DiffWords'
import { useT } from '../i18n/useT'

/** The words of a highlighted passage that a new edition changed. */
export function TextChange({ parts }: { parts: DiffPart[] }) {
  const t = useT()
  return (
    <p className="text-change">
      <span className="text-change-label">{t('notes.textChanged')} </span>
      <DiffWords parts={parts} />
    </p>
  )
}
