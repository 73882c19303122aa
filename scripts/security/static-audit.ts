import { checkCsp } from './csp-check'
import { checkElectronShell } from './electron-checks'
import { checkRendererHtml } from './html-check'
import { checkNoShell } from './process-checks'
import { isTestFile } from './project'
import type { Source } from './ast'
import type { CheckResult } from './types'

/** What the static part of the audit reads: the code of src/ and scripts/, and the renderer HTML. */
export interface StaticInputs {
  /** Every code file under src/ and scripts/, tests included. */
  sources: Source[]
  /** The renderer's HTML: the source page and, when built, the output page (text null if absent). */
  pages: { path: string; text: string | null }[]
}

/**
 * Every static check, on sources in memory: the audit runs it on the files on disk, and the
 * unit tests run it on this repository and on weakened copies of its files.
 */
export function staticChecks({ sources, pages }: StaticInputs): CheckResult[] {
  const app = sources.filter((s) => s.path.startsWith('src/') && !isTestFile(s.path))
  const main = app.filter((s) => s.path.startsWith('src/main/'))
  const preload = app.filter((s) => s.path.startsWith('src/preload/'))
  return [
    ...checkElectronShell({ main, preload, all: app }),
    checkCsp(main),
    checkRendererHtml(pages),
    checkNoShell(sources)
  ]
}
