/** "n of N" over the hits marked in the text, with previous/next (they wrap) and clear. */
export function HitNavigator({
  current,
  count,
  onPrevious,
  onNext,
  onClear
}: {
  current: number
  count: number
  onPrevious: () => void
  onNext: () => void
  onClear: () => void
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
      <button type="button" onClick={onClear} aria-keyshortcuts="Escape">
        Clear
      </button>
    </div>
  )
}
