import { useEffect, useState } from 'react'
import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'
import type { ReaderApi } from '../../../shared/ipc-contract'

/** The report's glossary, asked of main whenever the report changes; none until it answers. */
export function useGlossary(
  api: ReaderApi,
  reportId: string,
  onProblem: (message: string) => void
): GlossaryTerm[] {
  const [glossary, setGlossary] = useState<{ reportId: string; terms: GlossaryTerm[] }>({
    reportId: '',
    terms: []
  })
  useEffect(() => {
    let cancelled = false
    api.getGlossary(reportId).then(
      (terms) => !cancelled && setGlossary({ reportId, terms }),
      (error: unknown) =>
        !cancelled &&
        onProblem(
          `The glossary of this report could not be opened, so acronyms are not explained: ${(error as Error).message}`
        )
    )
    return () => {
      cancelled = true
    }
  }, [api, reportId, onProblem])
  return glossary.reportId === reportId ? glossary.terms : []
}
