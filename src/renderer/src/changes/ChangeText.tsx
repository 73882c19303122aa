import type { EditionChange } from '../../../shared/compare/change-model'
import type { DiffPart } from '../../../shared/text/word-diff'
import { DiffWords } from '../components/DiffWords'

/** The text of one change with its words marked: an added text is all added words, and so on. */
export function ChangeText({ change }: { change: EditionChange }) {
  const parts: DiffPart[] =
    change.parts ??
    (change.kind === 'inserted'
      ? [{ kind: 'added', text: change.newText ?? '' }]
      : change.kind === 'deleted'
        ? [{ kind: 'removed', text: change.oldText ?? '' }]
        : [{ kind: 'same', text: change.newText ?? '' }])
  return (
    <p className={`change-text${change.unit === 'heading' ? ' change-heading' : ''}`} dir="auto">
      <DiffWords parts={parts} />
    </p>
  )
}
