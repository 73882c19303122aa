import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { APP_ORIGIN } from '../src/main/app-protocol'
import { originOf } from '../src/main/trust'
import {
  channelByMethod,
  ipcEvents,
  subscriberName,
  type IpcEvent
} from '../src/shared/ipc-contract'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const QUOTE = 'abolishing the death penalty'

test.describe('what the page can reach', () => {
  test('the page sees only the typed reader API: no Node, no ipcRenderer', async ({ startApp }) => {
    // Every contract method, and one subscriber per contract event (e.g. onMenuCommand).
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      readerMethods: Object.keys(window.reader).sort()
    }))
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
      readerMethods: [
        ...Object.keys(channelByMethod),
        ...(Object.keys(ipcEvents) as IpcEvent[]).map(subscriberName)
      ].sort()
    })
  })

  test('main refuses a malformed call from the page with a clear error', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const message = await page.evaluate(() =>
      window.reader.getReport('../../etc/passwd').then(
        () => 'accepted',
        (error: Error) => error.message
      )
    )
    expect(message).toMatch(/Invalid arguments for getReport/)
  })

  test('the CSP blocks an injected inline script', async ({ startApp }) => {
    const app = await startApp()
    await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
    const { ran, blocked } = await app.page.evaluate(async () => {
      // The page hears of the refusal as an event: wait for it, not for a while.
      const refused = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.effectiveDirective)
        )
      )
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      const blocked = await refused
      return { ran: (window as unknown as { __injected?: boolean }).__injected === true, blocked }
    })
    expect(ran).toBe(false)
    expect(blocked).toMatch(/^script-src/)
    await expect.poll(() => app.consoleErrors.join('\n')).toMatch(/Content Security Policy/)
  })
})

test.describe('the app stays offline', () => {
  test("a whole session requests nothing outside the app's own origin", async ({ startApp }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'reader-offline-')), 'notes.json')
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The app's own origin: app://reader in Electron, the harness's loopback server in Chromium.
    const origin = originOf(page.url())
    if (app.target === 'electron') expect(origin).toBe(APP_ORIGIN)
    else expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

    // Read: a contents entry brings its section into view.
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await contents.getByRole('link', { name: 'Countering Violent Extremism' }).click()
    await expect(
      page.getByRole('heading', { name: 'Countering Violent Extremism', level: 2 })
    ).toBeInViewport()

    // Search, open a result, step through its hits, clear.
    await page.keyboard.press('Control+K')
    await page.keyboard.type('repatriated')
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    await expect(options).toHaveCount(2)
    await page.keyboard.press('Enter')
    const counter = page.locator('.hit-counter')
    await expect(counter).toHaveText(/^[12] of 2 hits$/)
    const first = (await counter.textContent()) ?? ''
    await page.keyboard.press('Enter')
    await expect(counter).not.toHaveText(first)
    await page.keyboard.press('Shift+Enter')
    await expect(counter).toHaveText(first)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('main', { name: 'Report text' }).locator('mark')).toHaveCount(0)

    // Highlight a passage with a note.
    await selectText(page, P1, QUOTE)
    await page
      .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
      .getByRole('button', { name: 'Add note…' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'New highlight' })
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Read offline.')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(page.locator(`#${P1} mark[data-annotation-id]`)).toHaveText(QUOTE)

    // Export the notes as JSON.
    await page.getByRole('tab', { name: 'Notes (1)' }).click()
    await app.answerFileDialogs({ save: file })
    await page.getByRole('button', { name: 'Export JSON…' }).click()
    await expect(page.getByText(/^Exported 1 note/)).toBeVisible()
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('AnnotationCollection')

    expect(app.requests.length).toBeGreaterThan(0)
    expect(app.requests.filter((url) => originOf(url) !== origin)).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })

  test('the page cannot reach the network even when it tries', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const origin = originOf(page.url())
    const isOutside = (url: string) => originOf(url) !== origin
    // How each attempt outside the app ended: Chromium reports a blocked load as a failed request.
    const endings: string[] = []
    page.on('requestfinished', (request) => {
      if (isOutside(request.url())) endings.push(`${request.url()} finished`)
    })
    page.on('requestfailed', (request) => {
      if (isOutside(request.url())) {
        endings.push(`${request.url()} ${request.failure()?.errorText ?? 'failed'}`)
      }
    })
    const outcomes = await page.evaluate(async () => {
      const settle = (attempt: () => Promise<unknown>) =>
        attempt().then(
          () => 'reached',
          () => 'blocked'
        )
      const event = (start: (reached: () => void, blocked: () => void) => void) =>
        new Promise<string>((resolve) => {
          try {
            start(
              () => resolve('reached'),
              () => resolve('blocked')
            )
          } catch {
            resolve('blocked')
          }
        })
      return {
        fetch: await settle(() => fetch('https://example.com/')),
        loopback: await settle(() => fetch('http://127.0.0.1:9/')),
        image: await event((reached, blocked) => {
          const image = new Image()
          image.onload = reached
          image.onerror = blocked
          image.src = 'https://example.com/pixel.png'
        }),
        socket: await event((reached, blocked) => {
          const socket = new WebSocket('wss://example.com/')
          socket.onopen = reached
          socket.onerror = blocked
        })
      }
    })
    expect(outcomes).toEqual({
      fetch: 'blocked',
      loopback: 'blocked',
      image: 'blocked',
      socket: 'blocked'
    })
    // Whatever was attempted outside the app was stopped before the network: by the CSP in the
    // page, or by main's request filter in Electron.
    const attempted = () => app.requests.filter(isOutside)
    await expect.poll(() => endings.length).toBe(attempted().length)
    for (const ending of endings) expect(ending).toMatch(/ (csp|net::ERR_BLOCKED_BY_(CSP|CLIENT))$/)
    expect(app.consoleErrors.join('\n')).toMatch(/Content Security Policy/)
  })
})

test.describe('in real Electron: navigation, new windows and permissions', () => {
  test.skip(
    ({ appTarget }) => appTarget !== 'electron',
    'Electron only: will-navigate, setWindowOpenHandler and the permission handlers are Electron main-process APIs, and the browser harness is plain Chromium. src/main/security.test.ts proves the handlers; these specs run with `npm run test:electron` where the Electron binary exists.'
  )

  /** Runs `action`, and expects the page still to show the app afterwards, never having left it. */
  async function staysOnApp(page: Page, action: () => Promise<unknown>): Promise<void> {
    const left = page
      .waitForEvent('framenavigated', {
        predicate: (frame) => !frame.url().startsWith(`${APP_ORIGIN}/`),
        timeout: 1_500
      })
      .then(
        (frame) => frame.url(),
        () => null
      )
    await action()
    expect(await left).toBeNull()
    expect(page.url()).toMatch(/^app:\/\/reader\//)
    expect(await page.evaluate(() => window.location.href)).toMatch(/^app:\/\/reader\//)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  test('navigating away leaves the page on app://reader', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    for (const url of ['https://example.com', 'http://127.0.0.1:9/', 'file:///etc/passwd']) {
      await staysOnApp(page, () =>
        page.evaluate((target) => {
          window.location.href = target
        }, url)
      )
    }
    // A link the reader clicks goes nowhere either.
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = 'https://example.com/'
      link.id = 'outbound-link'
      link.textContent = 'outbound'
      document.body.prepend(link)
    })
    await staysOnApp(page, () => page.locator('#outbound-link').click())
  })

  test('window.open returns null and no window opens', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const popup = page.waitForEvent('popup', { timeout: 1_500 }).then(
      (opened) => opened.url(),
      () => null
    )
    const results = await page.evaluate(() =>
      ['https://example.com', `${window.location.origin}/index.html`, 'about:blank'].map(
        (url) => window.open(url) === null
      )
    )
    expect(results).toEqual([true, true, true])
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = 'https://example.com/'
      link.target = '_blank'
      link.id = 'new-window-link'
      link.textContent = 'new window'
      document.body.prepend(link)
    })
    await page.locator('#new-window-link').click()
    expect(await popup).toBeNull()
    expect(page.context().pages()).toHaveLength(1)
  })

  test('permissions are denied: query, notifications, geolocation', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const answers = await page.evaluate(async () => {
      // Every call must answer; the bound only names a call that hangs (a slow machine answers).
      const within = <T>(promise: Promise<T>) =>
        Promise.race([
          promise,
          new Promise<string>((resolve) => setTimeout(() => resolve('no answer in 30 s'), 30_000))
        ])
      const query = (name: string) =>
        navigator.permissions.query({ name: name as PermissionName }).then(
          (status) => status.state,
          (error: Error) => `error ${error.name}`
        )
      return {
        queryGeolocation: await within(query('geolocation')),
        queryNotifications: await within(query('notifications')),
        queryCamera: await within(query('camera')),
        requestNotifications: await within(Notification.requestPermission()),
        notificationPermission: Notification.permission,
        geolocation: await within(
          new Promise<string>((resolve) =>
            navigator.geolocation.getCurrentPosition(
              () => resolve('granted'),
              (error) =>
                resolve(error.code === error.PERMISSION_DENIED ? 'denied' : `error ${error.code}`)
            )
          )
        )
      }
    })
    expect(answers).toEqual({
      queryGeolocation: 'denied',
      queryNotifications: 'denied',
      queryCamera: 'denied',
      requestNotifications: 'denied',
      notificationPermission: 'denied',
      geolocation: 'denied'
    })
  })
})
