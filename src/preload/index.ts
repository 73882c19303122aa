import { contextBridge, ipcRenderer } from 'electron'
import { createReaderApi } from '../shared/ipc-contract'

// The page sees exactly the typed API of the IPC contract as `window.reader`: no ipcRenderer,
// no Node, no generic channel access.
contextBridge.exposeInMainWorld(
  'reader',
  createReaderApi((channel, args) => ipcRenderer.invoke(channel, ...args))
)
