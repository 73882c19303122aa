import type { DiffPart } from '../../../shared/text/word-diff'

/**
 * Words compared between two texts: removed words struck through, added words underlined (not
 * colour alone), each also named for screen readers ("removed:", "added:").
 */
export function DiffWords({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
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
    </>
  )
}
