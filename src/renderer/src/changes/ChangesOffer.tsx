import { changeSummary } from '../../../shared/compare/change-words'
import type { EditionComparison } from '../../../shared/compare/edition-comparison'
import { Icon } from '../components/Icon'

/** Said above the report when its edition changed since the user last opened it. */
export function ChangesOffer({
  comparison,
  onShow,
  onDismiss
}: {
  comparison: EditionComparison
  onShow: () => void
  onDismiss: () => void
}) {
  return (
    <section className="changes-offer" aria-label="A new edition of this report" aria-live="polite">
      <p>
        <Icon name="changes" /> This report has a new edition since you last read it.{' '}
        {changeSummary(comparison.changes)}
      </p>
      <div className="changes-offer-actions">
        <button type="button" className="primary" onClick={onShow}>
          Show what changed
        </button>
        <button type="button" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </section>
  )
}
