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

/**
 * Replaces the system's "is it dark?" with one that keeps Chromium's rules (media_query_list.cc):
 * each query remembers its own last answer, read or told, and tells its listeners only of a change
 * from that answer, when the browser next looks (at the next frame). The test chooses when the
 * system changes (`__system.set`) and when the browser looks (`__system.look`): a page too busy to
 * draw a frame between two changes, made certain. The page is loaded again with it.
 */
async function startWithSystemUnderTestControl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const real = window.matchMedia.bind(window)
    let dark = false
    const queries: Array<{ last: boolean; target: EventTarget }> = []
    const newQuery = (): MediaQueryList => {
      const state = { last: dark, target: new EventTarget() }
      queries.push(state)
      const query = {
        media: '(prefers-color-scheme: dark)',
        onchange: null,
        get matches() {
          state.last = dark
          return dark
        },
        addEventListener: (type: string, listener: EventListener) =>
          state.target.addEventListener(type, listener),
        removeEventListener: (type: string, listener: EventListener) =>
          state.target.removeEventListener(type, listener),
        dispatchEvent: (event: Event) => state.target.dispatchEvent(event)
      }
      return query as unknown as MediaQueryList
    }
    Object.assign(window, {
      __system: {
        set: (value: boolean) => (dark = value),
        look: () => {
          for (const state of queries) {
            if (state.last === dark) continue
            state.last = dark
            state.target.dispatchEvent(new Event('change'))
          }
        }
      }
    })
    window.matchMedia = (query: string) =>
      query.replace(/\s+/g, '') === '(prefers-color-scheme:dark)' ? newQuery() : real(query)
  })
  await page.reload()
}

type SystemControl = { __system: { set: (dark: boolean) => void; look: () => void } }

test('the system turning dark and back before the browser looks again leaves the window light', async ({
  startApp
}) => {
  const { page } = await startAppAt(startApp, WINDOW_SIZES[1], { scheme: 'light' })
  await startWithSystemUnderTestControl(page)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  // The system turns dark; before the browser looks, the reader opens a sheet and the app, drawing
  // it, reads the system: the window turns dark.
  await page.evaluate(() => (window as unknown as SystemControl).__system.set(true))
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.keyboard.press('Escape')

  // The system turns light again, and only then does the browser look.
  await page.evaluate(() => {
    const { __system } = window as unknown as SystemControl
    __system.set(false)
    __system.look()
  })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})

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
