/**
 * Shown before the reader when the app cannot save anything this session (its user-data folder
 * cannot be used): the user learns it now, not after an hour of notes. Reading and searching still
 * work, so the user can go on, knowing what will be lost.
 */
export function UserDataProblemScreen({
  problem,
  onContinue
}: {
  problem: string
  onContinue: () => void
}) {
  return (
    <main className="error-screen" aria-labelledby="user-data-title">
      <h1 id="user-data-title">Your notes and settings cannot be saved</h1>
      <p>{problem}</p>
      <p>
        You can still read and search the reports, and the notes you made before are shown.
        Highlights, notes and settings you change now will be lost when you close the app. Nothing
        already in that folder is changed.
      </p>
      <p>
        To fix it, ask whoever looks after this computer to make that folder usable for your
        account, then start the app again.
      </p>
      <button type="button" className="primary" onClick={onContinue}>
        Read without saving
      </button>
    </main>
  )
}
