import { channelByMethod } from '../src/shared/ipc-contract'
import { expect, test } from './fixtures/test'

test.describe('what the page can reach', () => {
  test('the page sees only the typed reader API: no Node, no ipcRenderer', async ({ startApp }) => {
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
      readerMethods: Object.keys(channelByMethod).sort()
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
    const ran = await app.page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    expect(app.consoleErrors.join('\n')).toMatch(/Content Security Policy/)
  })
})
