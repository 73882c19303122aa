import { defineConfig } from '@playwright/test'
import type { AppTarget } from './e2e/fixtures/launch-app'
// The test process runs main's real handlers and electron-store: give them the `electron` stub.
import './test/support/register-electron-stub.mjs'

export default defineConfig<{ appTarget: AppTarget }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Timeouts catch a hang, never a slow machine: every spec must pass on a busy 2-core machine
  // (`npm run test:under-load`). The longest spec (a drag through every paragraph) takes about
  // 10 s on an idle one; an assertion waits only as long as the page needs, so a generous bound
  // costs nothing when the app is right.
  timeout: 180_000,
  expect: { timeout: 30_000 },
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
