// Exits non-zero with one line of explanation when the Electron binary is absent, so `npm start`
// and `npm run test:electron` never try (and fail) to download it, and never report a pass.
import { findElectronBinary } from './electron-binary.mjs'

const found = findElectronBinary()
if (!found.ok) {
  console.error(`Cannot start Electron: ${found.reason}.`)
  process.exit(1)
}
