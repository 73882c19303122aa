import { correctedBundledReport } from './fixtures/content'
import { selectText } from './fixtures/select-text'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const SECTION = 'Legislation, Law Enforcement, and Border Security'

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  test(`after a new edition the reader is told what moved, what changed and what was lost, at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const first = await startApp()
    await first.page.setViewportSize(size)
    await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
    for (const [text, colour] of [
      ['comprehensive CT legal framework', 'Evidence'],
      ['wide discretion to determine', 'Question'],
      ['abolishing the death penalty', 'Important']
    ] as const) {
      const before = await first.page.locator('mark[data-annotation-id]').count()
      await selectText(first.page, P1, text)
      await first.page.getByRole('toolbar').getByRole('button', { name: colour }).click()
      await expect
        .poll(() => first.page.locator('mark[data-annotation-id]').count())
        .toBeGreaterThan(before)
    }
    await first.close()

    const generatedDir = correctedBundledReport()
    const second = await startApp({ generatedDir })
    const { page } = second
    await page.setViewportSize(size)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Told at launch, once, in one banner.
    await expect(page.getByRole('alert')).toHaveText(
      /A new edition of a report changed passages you had marked: 1 highlight followed its text to a new place; 1 highlight now covers reworded text .*; and 1 highlight could not be placed .*\. Nothing was lost\./
    )
    // In the text: the reworded highlight says it changed, and what it was.
    const reworded = page.locator(`#${P1} mark.hl-blue`)
    await expect(reworded).toHaveText('broad discretion to determine')
    await expect(reworded).toHaveClass(/text-changed/)
    await expect(reworded).toHaveAttribute(
      'aria-description',
      /it was “wide discretion to determine”/
    )

    await showSidebar(page)
    await page.getByRole('tab', { name: /Notes/ }).click()
    const change = page.locator('.note-item .text-change')
    await expect(change).toHaveCount(1)
    await expect(change.locator('del')).toHaveText('removed: wide ')
    await expect(change.locator('ins')).toHaveText('added: broad ')
    const orphan = page.locator('.note-item', { has: page.locator('.note-reason') })
    await expect(orphan.locator('.note-reason')).toHaveText(
      `The highlighted text (“abolishing the death penalty”) is not in this edition of the report. It was in the section “${SECTION}”.`
    )
    await second.close()

    // The next launch has nothing new to tell.
    const third = await startApp({ generatedDir })
    await expect(third.page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(third.page.locator(`#${P1} mark.hl-blue`)).toHaveText(
      'broad discretion to determine'
    )
    await expect(third.page.getByRole('alert')).toHaveCount(0)
  })
}
