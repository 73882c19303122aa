import type { Edition, ReportSummary } from '../../../shared/report-model'
import { ModalDialog } from './ModalDialog'

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
  return (
    <ModalDialog className="about-dialog" labelledBy="about-title" onClose={onClose}>
      <h2 id="about-title">{edition.appName}</h2>
      <p className="about-edition">{edition.editionTitle}</p>
      <p className="about-version">Version {appVersion}</p>
      {edition.about && <p className="note-text">{edition.about}</p>}
      {edition.contact && (
        <p>
          <strong>Contact:</strong> {edition.contact}
        </p>
      )}
      <h3>Reports in this edition</h3>
      <ul className="about-reports">
        {reports.map((r) => (
          <li key={r.id}>
            <strong>{r.metadata.title}</strong>
            <br />
            {r.metadata.publisher} · {r.metadata.edition}
            <br />
            <span className="source-url">Source: {r.metadata.sourceUrl}</span>
          </li>
        ))}
      </ul>
      <p className="about-offline">This app works offline: it makes no network requests.</p>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}
