/** "n of N" over the hits marked in the text, with previous/next (they wrap) and clear. */
export function HitNavigator({
  current,
  count,
  onPrevious,
  onNext,
  onClear,
  onHighlight
}: {
  current: number
  count: number
  onPrevious: () => void
  onNext: () => void
  onClear: () => void
  /** Highlight the current hit and write a note on it: the keyboard way to make a highlight. */
  onHighlight: () => void
}) {
  return (
    <div className="hit-navigator" aria-label="Hits in the text">
      <span role="status" className="hit-counter">
        {count === 0 ? 'No hits in this report' : `${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        onClick={onPrevious}
        disabled={count === 0}
        aria-keyshortcuts="Shift+F3"
      >
        Previous
      </button>
      <button type="button" onClick={onNext} disabled={count === 0} aria-keyshortcuts="F3">
        Next
      </button>
      <button type="button" onClick={onHighlight} disabled={current < 0} aria-keyshortcuts="Alt+H">
        Highlight hit…
      </button>
      <button type="button" onClick={onClear} aria-keyshortcuts="Escape">
        Clear
      </button>
    </div>
  )
}
