import type { DiffPart } from '../../../shared/text/word-diff'

/**
 * The words of a highlighted passage that a new edition changed: removed words struck through,
 * added words underlined (not colour alone), each also named for screen readers.
 */
export function TextChange({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="text-change">
      <span className="text-change-label">The text changed in this edition: </span>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">removed: </span>
            {part.text}
          </del>
        ) : (
          <ins key={i}>
            <span className="visually-hidden">added: </span>
            {part.text}
          </ins>
        )
      )}
    </p>
  )
}
