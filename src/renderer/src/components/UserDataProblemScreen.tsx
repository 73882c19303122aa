import { useT } from '../i18n/useT'
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
  const t = useT()
  return (
    <main className="error-screen" aria-labelledby="user-data-title">
      <h1 id="user-data-title">{t('userData.title')}</h1>
      <p translate="no" dir="auto">
        {problem}
      </p>
      <p>{t('userData.whatWorks')}</p>
      <p>{t('userData.fix')}</p>
      <button type="button" className="primary" onClick={onContinue}>
        {t('userData.continue')}
      </button>
    </main>
  )
}
