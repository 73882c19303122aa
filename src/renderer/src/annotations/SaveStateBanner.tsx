import type { SaveState } from '../../../shared/annotations/annotation-model'

/**
 * Never silent: when notes could not be written, say so, and what is kept; while the app retries
 * by itself, say that too. Retry now is offered either way (the disk may have been fixed). Shown in
 * the message area above the text (layout/Messages.tsx), beside any other problem.
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
        kept in memory{saveState.state === 'retrying' ? ', and the app keeps trying.' : '.'}
      </p>
      <button type="button" onClick={onRetry}>
        Retry now
      </button>
    </div>
  )
}
