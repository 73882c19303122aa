import { changeSummary } from '../../../shared/compare/change-words'
import type { EditionComparison } from '../../../shared/compare/edition-comparison'
import { Icon } from '../components/Icon'
import { useT } from '../i18n/useT'

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
  const t = useT()
  return (
    <section className="changes-offer" aria-label={t('changes.offer.label')} aria-live="polite">
      <p>
        <Icon name="changes" /> {t('changes.offer.text')} {changeSummary(comparison.changes, t)}
      </p>
      <div className="changes-offer-actions">
        <button type="button" className="primary" onClick={onShow}>
          {t('changes.offer.show')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('changes.offer.notNow')}
        </button>
      </div>
    </section>
  )
}
