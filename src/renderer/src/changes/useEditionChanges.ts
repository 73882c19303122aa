import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { EditionComparison } from '../../../shared/compare/edition-comparison'
import type { EditionChangesAnswer, ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport } from '../../../shared/report-model'
import { useT } from '../i18n/useT'

/**
 * What changed in the report on screen between editions. As a report opens, main keeps its text
 * and says whether it changed since the user last opened it (offered until dismissed) and whether
 * the app bundles its previous edition (offered as "Compare with the previous edition").
 */
export function useEditionChanges(
  api: ReaderApi,
  report: ProcessedReport,
  onProblem: (message: string) => void
) {
  const t = useT()
  // Each kept with the report it is about: switching reports leaves the other report's behind.
  const [answered, setAnswered] = useState<{ key: string; answer: EditionChangesAnswer } | null>(
    null
  )
  const [offerDismissed, setOfferDismissed] = useState<Set<string>>(() => new Set())
  const [shown, setShown] = useState<{ key: string; comparison: EditionComparison } | null>(null)
  // The comparison whose changes are shown in the text, after the passages they are in.
  const [inTextOf, setInTextOf] = useState<{
    key: string
    comparison: EditionComparison
  } | null>(null)
  const key = `${report.id}/${report.contentHash}`
  const answer = answered?.key === key ? answered.answer : null
  const open = shown?.key === key ? shown.comparison : null
  const inText = inTextOf?.key === key ? inTextOf.comparison : null
  const setOpen = useCallback(
    (comparison: EditionComparison | null) => setShown(comparison ? { key, comparison } : null),
    [key]
  )

  // Said in the language of the moment; a change of language does not ask main again.
  const cannotShow = useEffectEvent((reason: string) =>
    onProblem(t('changes.cannotShow', { reason }))
  )
  useEffect(() => {
    let current = true
    api.reportOpened(report.id).then(
      (opened) => {
        if (!current) return
        setAnswered({ key: `${report.id}/${report.contentHash}`, answer: opened })
        if (opened.notice) onProblem(opened.notice)
      },
      (error: Error) => current && cannotShow(error.message)
    )
    return () => {
      current = false
    }
  }, [api, report.id, report.contentHash, onProblem])

  const sinceLastRead = answer?.sinceLastRead ?? null
  const showLastRead = useCallback(() => {
    if (sinceLastRead) setOpen(sinceLastRead)
  }, [sinceLastRead, setOpen])

  const comparePrevious = useCallback(async () => {
    try {
      setOpen(await api.compareWithPreviousEdition(report.id))
    } catch (error) {
      onProblem(t('changes.cannotCompare', { reason: (error as Error).message }))
    }
  }, [api, report.id, onProblem, setOpen, t])

  return {
    /** Changes since the user last read this report, offered until dismissed or shown. */
    offer: sinceLastRead && !offerDismissed.has(report.id) && !open ? sinceLastRead : null,
    dismissOffer: () => setOfferDismissed((set) => new Set(set).add(report.id)),
    /** The label of the previous edition the app bundles, if it does. */
    previousEdition: answer?.previousEdition ?? null,
    /** The comparison on screen, or null when the report's text is. */
    open,
    showLastRead,
    comparePrevious,
    close: () => setOpen(null),
    /** The changes shown in the text (with the view closed), or null. */
    inText: open ? null : inText,
    /** Closes the view and shows its changes in the text. */
    showInText: () => {
      if (open) setInTextOf({ key, comparison: open })
      setOpen(null)
    },
    backToList: () => setOpen(inText),
    stopShowingInText: () => setInTextOf(null)
  }
}
