import type { ContentProblem } from '../../../shared/ipc-contract'
import { useT } from '../i18n/useT'

/** Shown instead of the reader when the app's content is missing or damaged. */
export function ErrorScreen({ problem }: { problem: ContentProblem }) {
  const t = useT()
  return (
    <main className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">
        {problem.code === 'content-missing' ? t('error.contentMissing') : t('error.contentCorrupt')}
      </h1>
      <p translate="no" dir="auto">
        {problem.message}
      </p>
      {problem.path && (
        <p>
          {t.rich('error.file', { path: problem.path, code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
    </main>
  )
}
