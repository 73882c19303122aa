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
    // A timeout catches a hang, never a slow machine: the suite must pass on a busy 2-core machine
    // (`npm run test:under-load`), where a test that takes 2 s idle can take twenty times as long.
    // Speed targets live in the benchmarks (`npm run bench`, `npm run bench:store`), not in tests.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    server: { deps: { inline: ['electron-store'] } }
  }
})
