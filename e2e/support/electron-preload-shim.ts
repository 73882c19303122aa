/**
 * `electron` as the real preload sees it, rebuilt for the browser harness: contextBridge puts the
 * API on window (frozen, as contextIsolation would hand over a copy), and ipcRenderer.invoke goes
 * to a Playwright binding that runs main's real handlers in the test process. The binding is taken
 * off window before any page script runs, so the page sees only `window.reader`, as in Electron.
 */
type Invoke = (channel: string, args: unknown[]) => Promise<unknown>

const globals = window as unknown as { __readerIpc?: Invoke }
const invoke = globals.__readerIpc as Invoke
delete globals.__readerIpc

export const contextBridge = {
  exposeInMainWorld(key: string, api: object) {
    Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true })
  }
}

export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) => invoke(channel, args)
}
