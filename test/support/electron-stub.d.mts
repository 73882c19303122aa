export declare const app: undefined
export declare const ipcMain: undefined
export declare const shell: undefined
declare const _default: { app: undefined; ipcMain: undefined; shell: undefined }
export default _default
