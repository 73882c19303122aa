import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import {
  ipcContract,
  ipcEvents,
  type IpcEvent,
  type IpcEventPayload,
  type IpcMethod
} from '../shared/ipc-contract'
import { dispatchIpc, type IpcHandlers } from './ipc-handlers'
import { isTrustedSender } from './trust'

/** Registers every contract channel on ipcMain, answering only the app's own windows. */
export function registerIpc(
  handlers: IpcHandlers,
  origins: Set<string>,
  isAppWindow: (event: IpcMainInvokeEvent) => boolean
): void {
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    const { channel } = ipcContract[method]
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const frame = event.senderFrame
      const sender = {
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame.parent === null,
        isAppWindow: isAppWindow(event)
      }
      if (!isTrustedSender(sender, origins)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: 'This window may not call the app.' }
        }
      }
      return dispatchIpc(handlers, channel, args)
    })
  }
}

/** Sends one of the contract's events to a window's page, typed by the contract. */
export function sendEvent<E extends IpcEvent>(
  contents: WebContents,
  event: E,
  payload: IpcEventPayload<E>
): void {
  if (!contents.isDestroyed()) contents.send(ipcEvents[event].channel, payload)
}
