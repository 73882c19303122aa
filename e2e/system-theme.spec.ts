import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * The "System" theme follows the operating system's light or dark: at start, as it changes, and
 * when it changes while the app starts (5 launches of 12 stayed light when the system turned dark
 * between the app's first look at it and its listening for changes).
 */

/**
 * Replaces the system's answer to "is it dark?" with one that turns dark right after the reader
 * first asks (while it is being drawn: the loading screen is still on the page), before anything
 * listens: the race, made certain. The page is loaded again with it.
 */
async function startWhileTurningDark(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const real = window.matchMedia.bind(window)
    let dark = false
    let asked = false
    const target = new EventTarget()
    const darkQuery = {
      media: '(prefers-color-scheme: dark)',
      onchange: null,
      get matches() {
        const answer = dark
        const drawingTheReader = (document.getElementById('root')?.childElementCount ?? 0) > 0
        if (!asked && drawingTheReader) {
          asked = true
          // The system turns dark now, telling whoever listens at this moment (no one yet).
          queueMicrotask(() => {
            dark = true
            target.dispatchEvent(new Event('change'))
          })
        }
        return answer
      },
      addEventListener: (type: string, listener: EventListener) =>
        target.addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) =>
        target.removeEventListener(type, listener),
      addListener: (listener: EventListener) => target.addEventListener('change', listener),
      removeListener: (listener: EventListener) => target.removeEventListener('change', listener),
      dispatchEvent: (event: Event) => target.dispatchEvent(event)
    }
    window.matchMedia = (query: string) =>
      query.replace(/\s+/g, '') === '(prefers-color-scheme:dark)'
        ? (darkQuery as unknown as MediaQueryList)
        : real(query)
  })
  await page.reload()
}

for (const size of WINDOW_SIZES) {
  test(`the system theme is followed at start, as it changes, and when it changes during start at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size, { scheme: 'light' })
    // Live: the system turns dark, then light again.
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

    // At start: already dark.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

    // Turning dark while the reader starts, after its first look.
    await page.emulateMedia({ colorScheme: 'light' })
    await startWhileTurningDark(page)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })
}
