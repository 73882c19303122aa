import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { buildEdition } from './fixtures/content'
import { savedPreferences } from './fixtures/preferences'
import { expect, test } from './fixtures/test'

/** The toolbar's height: one row of controls is under 60 px at any width. */
const toolbarHeight = (page: Page) =>
  page.locator('.toolbar').evaluate((el) => el.getBoundingClientRect().height)

const widthOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().width)

const toggle = (page: Page) => page.getByRole('button', { name: /(Hide|Show) contents and notes/ })

/** Reports with long titles, as a course library has them. */
function longTitledLibrary(): string {
  const extra: Record<string, string> = {}
  for (let i = 1; i <= 5; i++) {
    extra[`chapter-${i}.md`] = `# Chapter ${i}\n\nText of chapter ${i} about border security.\n`
    extra[`chapter-${i}.meta.json`] = JSON.stringify({
      title: `Country Report on Terrorism 2021 — Chapter ${i} — A Very Long Title For A Neighbouring Country In The Region`,
      publisher: 'U.S. Department of State',
      sourceUrl: `https://example.org/chapter-${i}`,
      edition: '2021'
    })
  }
  return buildEdition({ extra })
}

test.describe('a layout that gives the text the screen', () => {
  for (const size of [
    { width: 800, height: 600 },
    { width: 1024, height: 700 },
    { width: 1280, height: 800 }
  ]) {
    test(`one toolbar row at ${size.width}×${size.height}, with hits and six long-titled reports`, async ({
      startApp
    }) => {
      const { page } = await startApp({ generatedDir: longTitledLibrary() })
      await page.setViewportSize(size)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await toolbarHeight(page)).toBeLessThan(60)
      const box = page.getByRole('combobox', { name: 'Search the reports' })
      await box.fill('border security')
      await box.press('Enter')
      await expect(page.locator('.hit-counter')).toBeVisible()
      expect(await toolbarHeight(page)).toBeLessThan(60)
      // Nothing in the toolbar spills out of the window.
      const overflow = await page
        .locator('.toolbar')
        .evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await expect(page.getByRole('button', { name: 'About' })).toBeInViewport()
    })
  }

  test('the title is shown once, and the window title names each thing once', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText('Country Reports on Terrorism 2021: Kazakhstan')).toHaveCount(1)
    await expect(page.getByText('Standard edition')).toHaveCount(0)
    await expect(page).toHaveTitle(
      'Country Reports on Terrorism 2021: Kazakhstan — Offline Reference Reader'
    )
  })

  test('the sidebar collapses and widens, and is remembered across launches', async ({
    startApp,
    userDataDir
  }) => {
    const first = await startApp()
    await first.page.setViewportSize({ width: 1280, height: 800 })
    await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
    const before = await widthOf(first.page, '.sidebar')
    const resizer = first.page.getByRole('separator', { name: 'Sidebar width' })
    await resizer.focus()
    for (let i = 0; i < 3; i++) await first.page.keyboard.press('ArrowRight')
    await expect.poll(() => widthOf(first.page, '.sidebar')).toBeGreaterThan(before + 40)
    const widened = await widthOf(first.page, '.sidebar')
    await toggle(first.page).click()
    await expect(first.page.locator('#sidebar')).toBeHidden()
    expect(await widthOf(first.page, '.reading-pane')).toBe(1280)
    await expect
      .poll(() => savedPreferences(userDataDir).layout)
      .toEqual({ sidebarOpen: false, sidebarWidth: widened })
    await first.close()

    const second = await startApp()
    await second.page.setViewportSize({ width: 1280, height: 800 })
    await expect(second.page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(second.page.locator('#sidebar')).toBeHidden()
    await toggle(second.page).click()
    await expect(second.page.locator('#sidebar')).toBeVisible()
    expect(await widthOf(second.page, '.sidebar')).toBe(widened)
  })

  test('at 800×600 the sidebar lays over the text and gets out of the way', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await page.setViewportSize({ width: 800, height: 600 })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The text starts with the whole width.
    await expect(page.locator('#sidebar')).toBeHidden()
    expect(await widthOf(page, '.reading-pane')).toBe(800)
    await toggle(page).click()
    await expect(page.locator('#sidebar')).toBeVisible()
    // Over the text, not beside it: the text keeps its width.
    expect(await widthOf(page, '.reading-pane')).toBe(800)
    await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: 'Countering Violent Extremism' })
      .click()
    await expect(page.locator('#sidebar')).toBeHidden()
    await expect(
      page.getByRole('heading', { name: 'Countering Violent Extremism', level: 2 })
    ).toBeInViewport()
    // Typing a search opens it on the results; Esc in it closes it.
    await page.getByRole('combobox', { name: 'Search the reports' }).fill('Egmont')
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
    await page.getByRole('tab', { name: 'Contents' }).focus()
    await page.keyboard.press('Escape')
    await expect(page.locator('#sidebar')).toBeHidden()
  })

  test('messages that go away by themselves, and problems in one banner', async ({
    startApp,
    userDataDir
  }) => {
    writeFileSync(join(userDataDir, 'preferences.json'), '{"damaged')
    writeFileSync(join(userDataDir, 'annotations.json'), '{"also damaged')
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const banner = page.getByRole('alert')
    await expect(banner).toHaveCount(1)
    await expect(banner.getByRole('listitem')).toHaveCount(2)
    await banner.getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByRole('alert')).toHaveCount(0)

    // A transient message is announced, then goes away without a click.
    await page.evaluate(() => window.getSelection()?.removeAllRanges())
    await page.keyboard.press('Alt+H') // No hit to highlight: nothing happens, nothing breaks.
    await app.answerFileDialogs({ save: join(userDataDir, 'report.pdf') })
    await app.sendMenuCommand('export-pdf')
    await page
      .getByRole('dialog', { name: 'Print or export PDF' })
      .getByRole('button', { name: 'Export PDF…' })
      .click()
    const toast = page.getByRole('status').filter({ hasText: 'PDF saved' })
    await expect(toast).toBeVisible()
    await expect(toast).toHaveCount(0, { timeout: 30_000 })
  })

  test('Display is a popover beside the text: typeface and line spacing apply and are kept', async ({
    startApp,
    userDataDir
  }) => {
    const first = await startApp()
    const { page } = first
    await page.setViewportSize({ width: 800, height: 600 })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const paragraph = page.locator('p[data-paragraph]').first()
    await page.getByRole('button', { name: 'Display' }).click()
    const popover = page.getByRole('dialog', { name: 'Display' })
    await expect(popover).toBeVisible()
    // Not modal: nothing is dimmed and the text under it can still be scrolled and read.
    expect(
      await popover.evaluate((el) => el.matches(':popover-open') && !el.matches(':modal'))
    ).toBe(true)
    await popover.getByRole('radio', { name: 'Atkinson Hyperlegible (clear sans)' }).check()
    await popover.getByRole('radio', { name: 'Relaxed' }).check()
    await expect(paragraph).toHaveCSS('font-family', /^"?Atkinson Hyperlegible/)
    const fontSize = parseFloat(await paragraph.evaluate((el) => getComputedStyle(el).fontSize))
    await expect(paragraph).toHaveCSS('line-height', `${fontSize * 2}px`)
    // The bundled face is really the one drawn (not a fallback): the font has loaded.
    expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(
      true
    )
    await page.keyboard.press('Escape')
    await expect(popover).toBeHidden()
    await expect(page.getByRole('button', { name: 'Display' })).toBeFocused()
    await expect
      .poll(() => savedPreferences(userDataDir).reading)
      .toMatchObject({ typeface: 'atkinson', lineSpacing: 'relaxed' })
    await first.close()

    const second = await startApp()
    await expect(second.page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(second.page.locator('p[data-paragraph]').first()).toHaveCSS(
      'font-family',
      /^"?Atkinson Hyperlegible/
    )
  })
})
