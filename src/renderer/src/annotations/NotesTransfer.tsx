import { useState } from 'react'
import { useTransferMessage, type TransferStatus } from './transfer-status'
import { countOf } from '../../../shared/text/format-count'

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
  const [scope, setScope] = useState<ExportScope>('all')
  const message = useTransferMessage(transfer)
  const chosen = filtered ? scope : 'all'
  const count = (n: number) => countOf(n, 'note', 'notes')
  return (
    <div className="notes-transfer" role="group" aria-label="Export and import">
      <label className="notes-transfer-scope">
        <span>Export</span>
        <select value={chosen} onChange={(e) => setScope(e.target.value as ExportScope)}>
          <option value="all">all {count(total)}</option>
          <option value="shown" disabled={!filtered}>
            {filtered ? `the ${count(shown)} shown` : 'the notes shown'}
          </option>
        </select>
      </label>
      <div className="notes-transfer-buttons">
        <button type="button" onClick={() => onExport('markdown', chosen)}>
          Export Markdown…
        </button>
        <button type="button" onClick={() => onExport('json', chosen)}>
          Export JSON…
        </button>
        <button type="button" onClick={onImport}>
          Import JSON…
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
