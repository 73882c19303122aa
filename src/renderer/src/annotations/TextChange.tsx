import type { DiffPart } from '../../../shared/text/word-diff'
import { DiffWords } from '../components/DiffWords'

/** The words of a highlighted passage that a new edition changed. */
export function TextChange({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="text-change">
      <span className="text-change-label">The text changed in this edition: </span>
      <DiffWords parts={parts} />
    </p>
  )
}
