import type { ReaderApi } from '../shared/ipc-contract'

declare global {
  interface Window {
    reader: ReaderApi
  }
}
