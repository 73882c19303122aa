import { ToolbarButton } from '../components/AppToolbar'
import { countOf, formatCount } from '../../../shared/text/format-count'

/**
 * "n of N hits" over the hits marked in the text (hits, not paragraphs: the results count
 * paragraphs), with previous/next (they wrap) and clear.
 */
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
    <div className="hit-navigator" role="group" aria-label="Hits in the text">
      <span role="status" className="hit-counter">
        {count === 0
          ? 'No hits here'
          : `${formatCount(current + 1)} of ${countOf(count, 'hit', 'hits')}`}
      </span>
      {(
        [
          ['previous', 'Previous hit', 'Shift+F3', onPrevious],
          ['next', 'Next hit', 'F3', onNext]
        ] as const
      ).map(([icon, label, keys, onClick]) => (
        <ToolbarButton
          key={icon}
          icon={icon}
          label={label}
          keys={keys}
          onClick={onClick}
          disabled={count === 0}
          iconOnly
        />
      ))}
      <ToolbarButton
        icon="highlight"
        label="Highlight this hit…"
        keys="Alt+H"
        onClick={onHighlight}
        disabled={current < 0}
        iconOnly
      />
      <ToolbarButton
        icon="close"
        label="Clear the search"
        keys="Escape"
        onClick={onClear}
        iconOnly
      />
    </div>
  )
}
