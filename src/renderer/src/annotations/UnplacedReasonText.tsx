import {
  unplacedReasonMessage,
  type UnplacedReason
} from '../../../shared/annotations/unplaced-reason'
import { useT } from '../i18n/useT'

/**
 * Why a note could not be placed, in the reader's language. What comes from the report (an
 * excerpt, a section or report id) is isolated, so that it keeps its own direction in a right-to-
 * left sentence; a sentence an earlier version stored as it was (English) is shown unchanged.
 */
export function UnplacedReasonText({ reason }: { reason: UnplacedReason }) {
  const t = useT()
  const message = unplacedReasonMessage(reason)
  if ('asWritten' in message) {
    return (
      <span lang="en" dir="auto">
        {message.asWritten}
      </span>
    )
  }
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [
      name,
      <bdi key={name} translate="no">
        {String(value)}
      </bdi>
    ])
  )
  return <>{t.rich(message.id, values)}</>
}
