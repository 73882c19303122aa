// Stand-in for the `electron` module wherever tests run in plain Node (vitest, the Playwright
// test process). Plain Node has no Electron binary, and importing the npm package would try to
// download one. It exports nothing usable on purpose: main-process logic gets what it needs passed
// in, and electron-store runs outside Electron given an absolute `cwd` (it reads `app`/`ipcMain`
// only when they exist).
export const app = undefined
export const ipcMain = undefined
export const shell = undefined
export default { app, ipcMain, shell }
