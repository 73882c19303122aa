import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { noteOnAnotherReport, notesFile } from './fixtures/notes-files'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

const P1 = 'legislation-law-enforcement-and-border-security-p1'

/** WCAG 2.1 A and AA, colour contrast included, plus axe's best practices. */
async function expectNoViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`
  )
  expect(found, `axe violations in ${view}`).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    test('every view passes axe: reading, search, hits, notes, dialogs', async ({ startApp }) => {
      const { page } = await startApp()
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoViolations(page, 'the reading view')

      // A highlight with a note and a section note, so the text and the panel have them.
      await selectText(page, P1, 'abolishing the death penalty')
      await expect(page.getByRole('toolbar')).toBeVisible()
      await expectNoViolations(page, 'the selection toolbar')
      await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
      await page.getByRole('button', { name: 'Add a note to the section Overview' }).click()
      await expectNoViolations(page, 'the note dialog')
      await page.getByRole('textbox', { name: 'Note' }).fill('Compare with 2020.')
      await page.getByRole('button', { name: 'Save' }).click()
      await expectNoViolations(page, 'the text with highlights and a section note')

      await page.getByRole('combobox', { name: 'Search the reports' }).fill('terrorism')
      await expect(
        page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
      ).toBeVisible()
      await expectNoViolations(page, 'search results')
      await page.keyboard.press('Enter')
      await expect(page.locator('.hit-counter')).toContainText('of')
      await expectNoViolations(page, 'hit navigation')
      await page.keyboard.press('Escape')

      await page.getByRole('tab', { name: /Notes/ }).click()
      await expect(page.locator('.note-item')).toHaveCount(2)
      await expectNoViolations(page, 'the notes panel')

      await page.locator('mark[data-annotation-id]').first().click()
      await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
      await expectNoViolations(page, 'the highlight dialog')
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: 'Display' }).click()
      await expectNoViolations(page, 'the display settings')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'About' }).click()
      await expectNoViolations(page, 'the About screen')
    })

    test('the notes panel passes axe with an import message and an unanchored note', async ({
      startApp
    }) => {
      const app = await startApp()
      const { page } = app
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.getByRole('tab', { name: /Notes/ }).click()
      // One note of a report this app does not have (unanchored, saying why), one unreadable.
      await app.answerFileDialogs({
        open: notesFile([
          noteOnAnotherReport(),
          { ...noteOnAnotherReport('x2'), created: 'yesterday' }
        ])
      })
      await page.getByRole('button', { name: 'Import JSON…' }).click()
      await expect(page.locator('.note-reason')).toBeVisible()
      await expect(page.locator('.notes-transfer-message li')).toHaveCount(1)
      await expectNoViolations(page, 'the notes panel after an import')
    })

    test('copy with citation passes axe: what it says, and a note’s copy buttons', async ({
      startApp
    }) => {
      const { page } = await startApp()
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await selectText(page, P1, 'abolishing the death penalty')
      await page.getByRole('button', { name: 'Copy with citation as plain text' }).click()
      await expect(page.locator('.copy-status')).toBeVisible()
      await expectNoViolations(page, 'the message after copying with citation')
      await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
      await page.getByRole('tab', { name: /Notes/ }).click()
      await page.getByRole('button', { name: 'Copy with citation…' }).click()
      await expect(
        page.getByRole('button', { name: 'Copy with citation as Markdown' })
      ).toBeVisible()
      await expectNoViolations(page, 'a note’s copy with citation buttons')
    })

    test('the error screen passes axe', async ({ startApp }) => {
      const { page } = await startApp({
        generatedDir: mkdtempSync(join(tmpdir(), 'reader-empty-'))
      })
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoViolations(page, 'the error screen')
    })
  })
}
