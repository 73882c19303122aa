import { useCallback, type RefObject } from 'react'
import {
  citationMarkdown,
  citationPlain,
  passagePages,
  sectionHeadings,
  type CitationSource
} from '../../../shared/annotations/citation'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { locatedTarget, type SelectionLocator } from './useAnnotationEditing'
import { readSelection } from '../selection/useTextSelection'
import { useT } from '../i18n/useT'

export type CitationForm = 'plain' | 'markdown'

/**
 * Copy with citation: a passage (the selection, or a highlight's quote) and where it comes from,
 * as plain text or Markdown (citation.ts), onto the clipboard through navigator.clipboard, which
 * main allows the app's own page (security.ts). What happened is said in a passing message.
 */
export function useCitationCopy({
  report,
  reports,
  scrollRef,
  locate,
  onToast
}: {
  report: ProcessedReport
  reports: ReportSummary[]
  scrollRef: RefObject<HTMLElement | null>
  /** Where a selection is, when the pane holds more than the report on screen. */
  locate?: SelectionLocator
  /** Says what happened, in a message that goes away by itself. */
  onToast: (message: string) => void
}) {
  const setStatus = onToast
  const t = useT()
  const copy = useCallback(
    async (quote: string, source: CitationSource, form: CitationForm) => {
      const text =
        form === 'plain' ? citationPlain(quote, source, t) : citationMarkdown(quote, source, t)
      const what = `“${quote.length > 40 ? `${quote.slice(0, 39).trimEnd()}…` : quote}”`
      try {
        await navigator.clipboard.writeText(text)
        setStatus(
          t(form === 'plain' ? 'citation.copied.text' : 'citation.copied.markdown', { what })
        )
      } catch {
        setStatus(t('citation.notCopied', { what }))
      }
    },
    [setStatus, t]
  )

  /** The passage selected in the report on screen, however long, with every section it is in. */
  const copySelection = (form: CitationForm) => {
    const found = locatedTarget(report, readSelection(scrollRef.current), locate, Infinity)
    if ('problem' in found) return setStatus(found.problem)
    const { paragraphId, endParagraphId, quote } = found.target
    const pages = passagePages(found.report, paragraphId, endParagraphId)
    const source = { metadata: found.report.metadata, section: found.sections, pages }
    void copy(quote.exact, source, form)
  }

  /**
   * A highlight's quote. Placed in the current edition: cited with its section (and its pages,
   * when its report is the one on screen and has pages). Not placed: cited from its report
   * without section or edition (the quote is from an earlier one).
   */
  const copyView = (view: AnnotationView, form: CitationForm) => {
    const { annotation, anchor } = view
    const summary = reports.find((r) => r.id === annotation.reportId)
    if (annotation.target.kind !== 'text' || !summary) return
    const placed = anchor.status === 'anchored'
    const onScreen =
      anchor.status === 'anchored' && anchor.paragraphId && annotation.reportId === report.id
        ? { from: anchor.paragraphId, to: anchor.endParagraphId }
        : null
    const pages = onScreen ? passagePages(report, onScreen.from, onScreen.to) : null
    // A highlight over several sections of the report on screen names them all.
    const sections = onScreen ? sectionHeadings(report, onScreen.from, onScreen.to) : []
    void copy(
      annotation.target.quote.exact,
      {
        metadata: summary.metadata,
        section: sections.length > 1 ? sections : placed ? view.section?.heading : undefined,
        withoutEdition: !placed,
        pages
      },
      form
    )
  }

  return { copySelection, copyView }
}
