import { defineConfig } from '@playwright/test'
import type { AppTarget } from './e2e/fixtures/launch-app'
// The test process runs main's real handlers and electron-store: give them the `electron` stub.
import './test/support/register-electron-stub.mjs'

export default defineConfig<{ appTarget: AppTarget }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  projects: [
    // Debian's Chromium with the real main-process handlers in the test process (runs anywhere).
    { name: 'chromium', use: { appTarget: 'browser' } },
    // The same specs against the real app (needs the Electron binary; `npm run test:electron`).
    { name: 'electron', use: { appTarget: 'electron' } }
  ]
})
