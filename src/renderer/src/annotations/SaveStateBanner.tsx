import type { SaveState } from '../../../shared/annotations/annotation-model'
import { useT } from '../i18n/useT'

/**
 * Never silent: when notes could not be written, say so in main's words (what is kept, and what
 * the app does next: it says no countdown that would stand still), and offer a retry now.
 */
export function SaveStateBanner({
  saveState,
  onRetry
}: {
  saveState: SaveState
  onRetry: () => void
}) {
  const t = useT()
  if (saveState.state === 'saved') return null
  return (
    <div className="message save-banner" role="alert">
      <p>
        <strong>{t('save.failed')}</strong> {saveState.message}{' '}
        {t('save.unsaved', { count: saveState.unsavedChanges })}
      </p>
      <button type="button" onClick={onRetry}>
        {t('save.retry')}
      </button>
    </div>
  )
}
