import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Plain Node has no Electron binary: `import 'electron'` would try to download it.
    // Tests swap the module at its boundary for a stub; electron-store is inlined so it sees the stub.
    alias: { electron: fileURLToPath(new URL('./test/support/electron-stub.mjs', import.meta.url)) }
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } }
  }
})
