import type { SaveState } from '../../../shared/annotations/annotation-model'

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
  if (saveState.state === 'saved') return null
  return (
    <div className="message save-banner" role="alert">
      <p>
        <strong>Your notes could not be saved.</strong> {saveState.message}{' '}
        {saveState.unsavedChanges} {saveState.unsavedChanges === 1 ? 'change is' : 'changes are'}{' '}
        not saved yet.
      </p>
      <button type="button" onClick={onRetry}>
        Retry now
      </button>
    </div>
  )
}
