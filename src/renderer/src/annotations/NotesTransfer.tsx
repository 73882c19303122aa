import { useState } from 'react'
import { useT } from '../i18n/useT'
import { useTransferMessage, type TransferStatus } from './transfer-status'

export type ExportScope = 'all' | 'shown'

/**
 * Export and import, at the top of the notes panel: what to export (all notes, or the ones the
 * panel's filters show), the buttons, and what happened right beside them, in a live region that
 * is always there so screen readers announce each new message.
 */
export function NotesTransfer({
  total,
  shown,
  filtered,
  onExport,
  onImport,
  transfer
}: {
  total: number
  /** How many notes the panel's filters show. */
  shown: number
  /** Whether any filter is set (else "the notes shown" are all of them). */
  filtered: boolean
  onExport: (format: 'markdown' | 'json', scope: ExportScope) => void
  onImport: () => void
  /** The export/import message line, redrawn here alone as an import goes on. */
  transfer: TransferStatus
}) {
  const t = useT()
  const [scope, setScope] = useState<ExportScope>('all')
  const message = useTransferMessage(transfer)
  const chosen = filtered ? scope : 'all'
  return (
    <div className="notes-transfer" role="group" aria-label={t('transfer.label')}>
      <label className="notes-transfer-scope">
        <span>{t('transfer.export')}</span>
        <select value={chosen} onChange={(e) => setScope(e.target.value as ExportScope)}>
          <option value="all">{t('transfer.all', { count: total })}</option>
          <option value="shown" disabled={!filtered}>
            {filtered ? t('transfer.shownCount', { count: shown }) : t('transfer.shown')}
          </option>
        </select>
      </label>
      <div className="notes-transfer-buttons">
        <button type="button" onClick={() => onExport('markdown', chosen)}>
          {t('transfer.exportMarkdown')}
        </button>
        <button type="button" onClick={() => onExport('json', chosen)}>
          {t('transfer.exportJson')}
        </button>
        <button type="button" onClick={onImport}>
          {t('transfer.importJson')}
        </button>
      </div>
      <div className="notes-transfer-message" role="status">
        {message && (
          <>
            <p>{message.text}</p>
            {message.details.length > 0 && (
              <ul>
                {message.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  )
}
