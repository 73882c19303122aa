import { useCallback, useEffect, useState } from 'react'
import type { ContentProblem, Layout, ReaderApi, ReadingSettings } from '../../shared/ipc-contract'
import type { GlossaryTerm } from '../../shared/glossary/glossary-model'
import type { Edition, ProcessedReport, ReportSummary } from '../../shared/report-model'
import { ErrorScreen } from './components/ErrorScreen'
import { ReaderLayout } from './components/ReaderLayout'
import { UserDataProblemScreen } from './components/UserDataProblemScreen'
import { REPORT_SHOWN_MARK } from './report-shown-mark'
import { chooseLocale } from '../../shared/i18n/choose-locale'
import { FOLLOW_THE_SYSTEM } from '../../shared/i18n/language-tags'
import { I18nProvider } from './i18n/I18nProvider'
import { useT } from './i18n/useT'

/** Where the language comes from: the reader's choice, the edition's default, the system's. */
interface LanguageSources {
  choice: string
  editionDefault: string | null
  systemLanguages: readonly string[]
}

/**
 * The app in the reader's language. Until main has said what the reader chose, the window follows
 * the languages Chromium was started with (the system's).
 */
export function App({ api }: { api: ReaderApi }) {
  const [sources, setSources] = useState<LanguageSources>({
    choice: FOLLOW_THE_SYSTEM,
    editionDefault: null,
    systemLanguages: navigator.languages
  })
  const chooseLanguage = useCallback(
    (choice: string) => setSources((s) => (s.choice === choice ? s : { ...s, choice })),
    []
  )
  return (
    <I18nProvider locale={chooseLocale(sources)} onChooseLanguage={chooseLanguage}>
      <Reader api={api} onLanguageSources={setSources} />
    </I18nProvider>
  )
}

type AppState =
  | { kind: 'loading' }
  | { kind: 'problem'; problem: ContentProblem }
  | { kind: 'no-reports' }
  | {
      kind: 'ready'
      reports: ReportSummary[]
      report: ProcessedReport
      /** The report's acronyms, come with the report so its text is drawn once, not twice. */
      glossary: GlossaryTerm[]
      edition: Edition
      appVersion: string
      reading: ReadingSettings
      layout: Layout
      positions: Record<string, string>
      userDataProblem: string | null
    }

function Reader({
  api,
  onLanguageSources
}: {
  api: ReaderApi
  onLanguageSources: (sources: LanguageSources) => void
}) {
  const t = useT()
  const [state, setState] = useState<AppState>({ kind: 'loading' })
  // Problems stay in one banner until dismissed; the same problem is listed once.
  const [problems, setProblems] = useState<string[]>([])
  const addProblem = useCallback(
    (message: string) =>
      setProblems((list) => (list.includes(message) ? list : [...list, message])),
    []
  )

  useEffect(() => {
    let cancelled = false
    async function open() {
      try {
        const overview = await api.getLibraryOverview()
        if (!overview.ok)
          return !cancelled && setState({ kind: 'problem', problem: overview.problem })
        const firstId = overview.lastReportId ?? overview.reports[0]?.id
        if (!firstId) return !cancelled && setState({ kind: 'no-reports' })
        const [report, glossary] = await openReport(api, firstId)
        if (cancelled) return
        onLanguageSources({
          choice: overview.reading.language,
          editionDefault: overview.edition.language,
          systemLanguages: overview.systemLanguages
        })
        setProblems(overview.notices)
        setState({
          kind: 'ready',
          reports: overview.reports,
          report,
          glossary,
          edition: overview.edition,
          appVersion: overview.appVersion,
          reading: overview.reading,
          layout: overview.layout,
          positions: overview.positions,
          userDataProblem: overview.userDataProblem
        })
      } catch (error) {
        if (cancelled) return
        setState({
          kind: 'problem',
          problem: { code: 'content-corrupt', message: (error as Error).message, path: '' }
        })
      }
    }
    void open()
    return () => {
      cancelled = true
    }
  }, [api, onLanguageSources])

  // For the startup benchmark: when the first report reached the screen (a user-timing mark).
  const ready = state.kind === 'ready'
  useEffect(() => {
    if (ready && performance.getEntriesByName(REPORT_SHOWN_MARK).length === 0) {
      requestAnimationFrame(() => performance.mark(REPORT_SHOWN_MARK))
    }
  }, [ready])

  const switchReport = useCallback(
    async (reportId: string): Promise<void> => {
      try {
        const [report, glossary] = await openReport(api, reportId)
        setState((s) => (s.kind === 'ready' ? { ...s, report, glossary } : s))
      } catch (error) {
        addProblem(t('app.reportNotOpened', { reason: (error as Error).message }))
        return
      }
      try {
        await api.setLastReport(reportId)
      } catch (error) {
        addProblem((error as Error).message)
      }
    },
    [api, addProblem, t]
  )

  if (state.kind === 'loading') {
    return (
      <p className="loading" role="status">
        {t('app.opening')}
      </p>
    )
  }
  if (state.kind === 'problem') return <ErrorScreen problem={state.problem} />
  if (state.kind === 'no-reports') {
    return (
      <ErrorScreen problem={{ code: 'content-corrupt', message: t('app.noReports'), path: '' }} />
    )
  }
  if (state.userDataProblem) {
    return (
      <UserDataProblemScreen
        problem={state.userDataProblem}
        onContinue={() => setState({ ...state, userDataProblem: null })}
      />
    )
  }
  return (
    <ReaderLayout
      api={api}
      reports={state.reports}
      report={state.report}
      glossary={state.glossary}
      onSwitchReport={switchReport}
      problems={problems}
      onProblem={addProblem}
      onDismissProblems={() => setProblems([])}
      edition={state.edition}
      appVersion={state.appVersion}
      reading={state.reading}
      layout={state.layout}
      positions={state.positions}
    />
  )
}

/**
 * A report and its glossary, together: acronyms marked after the text was drawn would redraw it,
 * and a selection the reader had begun would be lost. Without a glossary the report still opens.
 */
function openReport(api: ReaderApi, reportId: string): Promise<[ProcessedReport, GlossaryTerm[]]> {
  return Promise.all([
    api.getReport(reportId),
    api.getGlossary(reportId).catch((): GlossaryTerm[] => [])
  ])
}
