import { ToolbarButton } from '../components/AppToolbar'
import { useT } from '../i18n/useT'

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
  const t = useT()
  return (
    <div className="hit-navigator" role="group" aria-label={t('hits.label')}>
      <span role="status" className="hit-counter">
        {count === 0 ? t('hits.none') : t('hits.position', { current: current + 1, count })}
      </span>
      {(
        [
          ['previous', t('hits.previous'), 'Shift+F3', onPrevious],
          ['next', t('hits.next'), 'F3', onNext]
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
        label={t('hits.highlight')}
        keys="Alt+H"
        onClick={onHighlight}
        disabled={current < 0}
        iconOnly
      />
      <ToolbarButton
        icon="close"
        label={t('hits.clear')}
        keys="Escape"
        onClick={onClear}
        iconOnly
      />
    </div>
  )
}
