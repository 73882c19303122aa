import type { Edition, ReportSummary } from '../../../shared/report-model'
import { ModalDialog } from './ModalDialog'
import { useT } from '../i18n/useT'

/** About this edition: what it is, who to contact, the app version, and every report's source. */
export function AboutDialog({
  edition,
  appVersion,
  reports,
  onClose
}: {
  edition: Edition
  appVersion: string
  reports: ReportSummary[]
  onClose: () => void
}) {
  const t = useT()
  return (
    <ModalDialog className="about-dialog" labelledBy="about-title" onClose={onClose}>
      <h2 id="about-title" translate="no" dir="auto">
        {edition.appName}
      </h2>
      <p className="about-edition" translate="no" dir="auto">
        {edition.editionTitle}
      </p>
      <p className="about-version">{t('about.version', { version: appVersion })}</p>
      {edition.about && (
        <p className="note-text" translate="no" dir="auto">
          {edition.about}
        </p>
      )}
      {edition.contact && (
        <p>
          {t.rich('about.contact', {
            contact: edition.contact,
            b: (chunks) => <strong>{chunks}</strong>
          })}
        </p>
      )}
      <h3>{t('about.reports')}</h3>
      <ul className="about-reports">
        {reports.map((r) => (
          <li key={r.id} translate="no" dir="auto">
            <strong>{r.metadata.title}</strong>
            <br />
            {r.metadata.publisher} · {r.metadata.edition}
            <br />
            <span className="source-url">
              <span translate="yes">{t('about.source')}</span> {r.metadata.sourceUrl}
            </span>
          </li>
        ))}
      </ul>
      <p className="about-offline">{t('about.offline')}</p>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  )
}
