import { expect, test } from './fixtures/test'

const TITLE = 'Country Reports on Terrorism 2021: Kazakhstan'
const SECTIONS = [
  'Overview',
  '2021 Terrorist Incidents',
  'Legislation, Law Enforcement, and Border Security',
  'Countering the Financing of Terrorism',
  'Countering Violent Extremism',
  'International and Regional Cooperation'
]

test.describe('reading view', () => {
  test('opens the bundled report with its title, provenance and six contents entries', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    await expect(page).toHaveTitle(new RegExp(TITLE))
    await expect(
      page.getByText('U.S. Department of State, Bureau of Counterterrorism')
    ).toBeVisible()
    await expect(
      page.getByText('https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/')
    ).toBeVisible()
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents.getByRole('link')).toHaveText(SECTIONS)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(SECTIONS)
    // The page chrome of the web capture is not part of the report.
    await expect(page.getByText('official website of the United States Government')).toHaveCount(0)
    await expect(page.getByText('On This Page')).toHaveCount(0)
    // A single report needs no switcher.
    await expect(page.getByRole('combobox', { name: 'Report', exact: true })).toHaveCount(0)
  })

  test('a contents entry brings its section into view and marks it current', async ({
    startApp
  }) => {
    const { page } = await startApp()
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents.getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'location'
    )

    await contents.getByRole('link', { name: 'Countering Violent Extremism' }).click()
    const heading = page.getByRole('heading', { name: 'Countering Violent Extremism', level: 2 })
    await expect(heading).toBeInViewport()
    await expect(heading).toBeFocused()
    await expect(
      contents.getByRole('link', { name: 'Countering Violent Extremism' })
    ).toHaveAttribute('aria-current', 'location')
    await expect(contents.locator('[aria-current]')).toHaveCount(1)
  })

  test('the contents work from the keyboard alone', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const link = page.getByRole('link', { name: 'Countering the Financing of Terrorism' })
    // Tab from the top of the page until the entry has focus, then press Enter.
    for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('heading', { name: 'Countering the Financing of Terrorism', level: 2 })
    ).toBeInViewport()
    await expect(link).toHaveAttribute('aria-current', 'location')
  })

  test('scrolling the text moves the current mark in the contents', async ({ startApp }) => {
    const { page } = await startApp()
    await page.setViewportSize({ width: 1000, height: 600 })
    const contents = page.getByRole('navigation', { name: 'Contents' })
    const pane = page.getByRole('main', { name: 'Report text' })
    // Scroll the way a reader would, with the wheel over the text, until the section is at the top.
    const heading = page.getByRole('heading', {
      name: 'Legislation, Law Enforcement, and Border Security',
      level: 2
    })
    await pane.hover()
    for (let i = 0; i < 40; i++) {
      const box = await heading.boundingBox()
      if (box && box.y < 80) break
      await page.mouse.wheel(0, 120)
    }
    await expect(
      contents.getByRole('link', { name: 'Legislation, Law Enforcement, and Border Security' })
    ).toHaveAttribute('aria-current', 'location')
    await pane.evaluate((el) => el.scrollTo({ top: 0 }))
    await expect(contents.getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'location'
    )
  })

  test('a session makes no console errors and no request outside the app', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    for (const name of SECTIONS) await page.getByRole('link', { name }).click()
    const origin = new URL(page.url()).origin
    expect(app.requests.length).toBeGreaterThan(0)
    expect(app.requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
