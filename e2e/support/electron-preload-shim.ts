/**
 * `electron` as the real preload sees it, rebuilt for the browser harness: contextBridge puts the
 * API on window (frozen, as contextIsolation would hand over a copy), and ipcRenderer.invoke goes
 * to a Playwright binding that runs main's real handlers in the test process and answers in JSON
 * text (an envelope with JSON values, as the contract's are). The binding is taken
 * off window before any page script runs, so the page sees only `window.reader`, as in Electron.
 * Main's events (webContents.send) arrive as the harness's MAIN_EVENT and go to the listeners
 * registered with ipcRenderer.on, with a stand-in for Electron's event object.
 */
import { MAIN_EVENT, type MainEventDetail } from './main-event'

/** Main's answer, as JSON text (see browser-harness.ts). */
type Invoke = (channel: string, args: unknown[]) => Promise<string>
type Listener = (event: unknown, ...args: unknown[]) => void

const globals = window as unknown as { __readerIpc?: Invoke }
const invoke = globals.__readerIpc as Invoke
delete globals.__readerIpc

const listeners = new Map<string, Set<Listener>>()
window.addEventListener(MAIN_EVENT, (event) => {
  const { channel, payload } = (event as CustomEvent<MainEventDetail>).detail
  for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: null }, payload)
})

export type IpcRendererEvent = { sender: unknown }

export const contextBridge = {
  exposeInMainWorld(key: string, api: object) {
    Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true })
  }
}

export const ipcRenderer = {
  invoke: async (channel: string, ...args: unknown[]) =>
    JSON.parse(await invoke(channel, args)) as unknown,
  on(channel: string, listener: Listener) {
    listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    return ipcRenderer
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener)
    return ipcRenderer
  }
}
