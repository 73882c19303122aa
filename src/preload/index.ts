import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createReaderApi } from '../shared/ipc-contract'

// The page sees exactly the typed API of the IPC contract as `window.reader`: no ipcRenderer,
// no Node, no generic channel access. Events pass on their payload only (checked against the
// contract in createReaderApi), never Electron's event object.
contextBridge.exposeInMainWorld(
  'reader',
  createReaderApi(
    (channel, args) => ipcRenderer.invoke(channel, ...args),
    (channel, deliver) => {
      const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload)
      ipcRenderer.on(channel, listener)
      return () => {
        ipcRenderer.removeListener(channel, listener)
      }
    }
  )
)
