import type { ContentProblem } from '../../../shared/ipc-contract'

/** Shown instead of the reader when the app's content is missing or damaged. */
export function ErrorScreen({ problem }: { problem: ContentProblem }) {
  return (
    <main className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">
        {problem.code === 'content-missing'
          ? 'The report is missing from this copy of the app'
          : 'The report could not be opened'}
      </h1>
      <p>{problem.message}</p>
      {problem.path && (
        <p>
          File: <code>{problem.path}</code>
        </p>
      )}
    </main>
  )
}
