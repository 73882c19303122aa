import {
  IpcError,
  methodForChannel,
  parseIpcArgs,
  type IpcArgs,
  type IpcEnvelope,
  type IpcMethod,
  type IpcResults
} from '../shared/ipc-contract'
import { findReport, libraryOverview, type LibraryLoad } from './library-service'
import type { PreferencesStore } from './preferences-store'

export interface MainServices {
  library: LibraryLoad
  preferences: PreferencesStore
}

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => IpcResults[M] | Promise<IpcResults[M]>
}

/** The main-process side of every IPC method. Free of Electron so the e2e harness runs it as is. */
export function createIpcHandlers({ library, preferences }: MainServices): IpcHandlers {
  return {
    getLibraryOverview: () =>
      libraryOverview(library, preferences.get().lastReportId, preferences.notices),
    getReport: (reportId) => {
      const report = findReport(library, reportId)
      if (!report) throw new IpcError('not-found', `There is no report "${reportId}" in this app.`)
      return report
    },
    setLastReport: (reportId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', `There is no report "${reportId}" in this app.`)
      }
      return preferences.setLastReport(reportId)
    },
    search: (query, options) => engineOf(library).search(query, options),
    hitsInReport: (query, reportId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', `There is no report "${reportId}" in this app.`)
      }
      return engineOf(library).hitsInReport(query, reportId)
    }
  }
}

function engineOf(library: LibraryLoad) {
  if (!library.ok)
    throw new IpcError('failed', 'Search is not available: the report content could not be opened.')
  return library.engine
}

/**
 * Validates a call against the contract and runs its handler, always answering with an envelope.
 * The transport (ipcMain, or the browser harness) has already checked who the sender is.
 */
export async function dispatchIpc(
  handlers: IpcHandlers,
  channel: string,
  rawArgs: unknown
): Promise<IpcEnvelope<unknown>> {
  const method = methodForChannel(channel)
  if (!method) return failure(new IpcError('unknown-channel', `Unknown IPC channel "${channel}".`))
  try {
    const args = parseIpcArgs(method, rawArgs)
    const handler = handlers[method] as (...a: unknown[]) => unknown
    return { ok: true, value: await handler(...(args as unknown[])) }
  } catch (error) {
    return failure(error)
  }
}

function failure(error: unknown): IpcEnvelope<never> {
  if (error instanceof IpcError)
    return { ok: false, error: { code: error.code, message: error.message } }
  return {
    ok: false,
    error: { code: 'failed', message: (error as Error)?.message ?? String(error) }
  }
}
