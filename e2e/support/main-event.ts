/**
 * The browser harness's stand-in for `webContents.send`: the test dispatches this DOM event on the
 * page's window with `{ channel, payload }`, and the preload shim hands it to the listeners the
 * real preload registered with `ipcRenderer.on`. Test-only; the app has no such event.
 */
export const MAIN_EVENT = 'reader-harness:main-event'

export interface MainEventDetail {
  channel: string
  payload: unknown
}
