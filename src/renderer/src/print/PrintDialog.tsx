import { useEffect, useRef } from 'react'
import { ModalDialog } from '../components/ModalDialog'
import type { PrintAction } from './usePrinting'
import { useT } from '../i18n/useT'

/** Print or save a PDF of the report, with or without the reader's highlights and notes. */
export function PrintDialog({
  primary,
  withNotes,
  onWithNotesChange,
  onRun,
  onCancel
}: {
  /** The action asked for (Print… or Export PDF…): the default button. */
  primary: PrintAction
  withNotes: boolean
  onWithNotesChange: (value: boolean) => void
  onRun: (action: PrintAction) => void
  onCancel: () => void
}) {
  const t = useT()
  const primaryRef = useRef<HTMLButtonElement>(null)
  // After showModal (ModalDialog's effect runs first and focuses the first button): start on the
  // action asked for.
  useEffect(() => primaryRef.current?.focus(), [])
  const action = (kind: PrintAction, label: string) => (
    <button
      type="button"
      className={kind === primary ? 'primary' : undefined}
      ref={kind === primary ? primaryRef : undefined}
      onClick={() => onRun(kind)}
    >
      {label}
    </button>
  )
  return (
    <ModalDialog
      className="annotation-dialog print-dialog"
      labelledBy="print-title"
      describedBy="print-what"
      onClose={onCancel}
    >
      <h2 id="print-title">{t('print.title')}</h2>
      <p id="print-what">{t('print.what')}</p>
      <label className="print-notes-choice">
        <input
          type="checkbox"
          checked={withNotes}
          onChange={(event) => onWithNotesChange(event.target.checked)}
        />{' '}
        {t('print.withNotes')}
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="spacer" />
        {action('export-pdf', t('print.exportPdf'))}
        {action('print', t('print.print'))}
      </div>
    </ModalDialog>
  )
}
