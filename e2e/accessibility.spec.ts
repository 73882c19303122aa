import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoViolations } from './fixtures/axe'
import { editedBundledReport } from './fixtures/content'
import type { LaunchOptions } from './fixtures/launch-app'
import { noteOnAnotherReport, notesFile } from './fixtures/notes-files'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'

/** Clicks `button` and waits for the dialog it opens. */
const openDialog = (button: string, dialog: string) => async (page: Page) => {
  await page.getByRole('button', { name: button }).click()
  await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
}

/** Selects a phrase, as a reader would, so the highlight toolbar shows. */
async function selectPhrase(page: Page): Promise<void> {
  await selectText(
    page,
    'legislation-law-enforcement-and-border-security-p1',
    'abolishing the death penalty'
  )
  await expect(page.getByRole('toolbar')).toBeVisible()
}

/** A highlight in the text (Evidence). */
async function addHighlight(page: Page): Promise<void> {
  await selectPhrase(page)
  await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
  await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1)
}

/** A note on the whole Overview section. */
async function addSectionNote(page: Page): Promise<void> {
  await openDialog('Add a note to the section Overview', 'Note on this section')(page)
  await page.getByRole('textbox', { name: 'Note' }).fill('Compare with 2020.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.section-note')).toHaveCount(1)
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search the reports' }).fill(query)
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
  ).toBeVisible()
}

interface View {
  name: string
  /** What the app starts on; the bundled report unless given. */
  launch?: () => Partial<LaunchOptions>
  /** False where the view comes before the reading settings, so follows the system's theme. */
  appliesTheme?: false
  /** Brings the app from its first screen to this view, and no further. */
  open: (page: Page) => Promise<void>
}

/** Every view of the app, each reached by only the steps it needs. */
const VIEWS: View[] = [
  { name: 'the reading view', open: async () => {} },
  { name: 'the selection toolbar', open: selectPhrase },
  {
    name: 'the note dialog',
    open: openDialog('Add a note to the section Overview', 'Note on this section')
  },
  {
    name: 'the text with highlights and a section note',
    open: async (page) => {
      await addHighlight(page)
      await addSectionNote(page)
    }
  },
  { name: 'search results', open: (page) => searchFor(page, 'terrorism') },
  {
    name: 'hit navigation',
    open: async (page) => {
      await searchFor(page, 'terrorism')
      await page.keyboard.press('Enter')
      await expect(page.locator('.hit-counter')).toContainText('of')
    }
  },
  {
    name: 'the notes panel',
    open: async (page) => {
      await addHighlight(page)
      await addSectionNote(page)
      await page.getByRole('tab', { name: /Notes/ }).click()
      await expect(page.locator('.note-item')).toHaveCount(2)
    }
  },
  {
    name: 'the highlight dialog',
    open: async (page) => {
      await addHighlight(page)
      await page.locator('mark[data-annotation-id]').click()
      await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
    }
  },
  { name: 'the display settings', open: openDialog('Display', 'Display') },
  { name: 'the About screen', open: openDialog('About', 'Offline Reference Reader') },
  {
    name: 'the error screen',
    launch: () => ({ generatedDir: mkdtempSync(join(tmpdir(), 'reader-empty-')) }),
    appliesTheme: false,
    open: async () => {}
  },
  {
    name: 'the screen that says notes cannot be saved',
    launch: () => {
      const parent = mkdtempSync(join(tmpdir(), 'reader-blocked-'))
      writeFileSync(join(parent, 'blocked'), '')
      return { userDataDir: join(parent, 'blocked', 'user-data') }
    },
    appliesTheme: false,
    open: async (page) => {
      await expect(page.getByRole('button', { name: 'Read without saving' })).toBeVisible()
    }
  },
  {
    name: 'the question before a typed note is discarded',
    open: async (page) => {
      await selectPhrase(page)
      await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
      await page.getByRole('textbox', { name: 'Note' }).fill('Typed, not saved.')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('button', { name: 'Keep editing' })).toBeVisible()
    }
  },
  {
    name: 'the sidebar over the text in a small window, with a problem banner and a message',
    launch: () => {
      const dir = mkdtempSync(join(tmpdir(), 'reader-user-data-'))
      writeFileSync(join(dir, 'preferences.json'), '{"damaged')
      return { userDataDir: dir }
    },
    open: async (page) => {
      await page.setViewportSize({ width: 800, height: 600 })
      await expect(page.getByRole('alert')).toBeVisible()
      await page.evaluate(() => window.getSelection()?.removeAllRanges())
      await page.keyboard.press('Control+z') // "Nothing to undo.": a message that goes away
      await expect(page.locator('.toast')).toBeVisible()
      await page.getByRole('button', { name: 'Show contents and notes' }).click()
      await expect(page.locator('#sidebar')).toBeVisible()
    }
  }
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    for (const view of VIEWS) {
      test(`${view.name} passes axe`, async ({ startApp }) => {
        const { page } = await startApp(view.launch?.())
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        if (view.appliesTheme !== false) {
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        }
        await view.open(page)
        await expectNoViolations(page, view.name)
      })
    }

    test('the notes panel after a new edition passes axe: reworded text and an unanchored note', async ({
      startApp
    }) => {
      const first = await startApp()
      await first.page.emulateMedia({ colorScheme: scheme })
      await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
      for (const phrase of ['wide discretion to determine', 'abolishing the death penalty']) {
        const before = await first.page.locator('mark[data-annotation-id]').count()
        await selectText(first.page, 'legislation-law-enforcement-and-border-security-p1', phrase)
        await first.page.getByRole('toolbar').getByRole('button', { name: 'Question' }).click()
        await expect
          .poll(() => first.page.locator('mark[data-annotation-id]').count())
          .toBeGreaterThan(before)
      }
      await first.close()
      const second = await startApp({
        generatedDir: editedBundledReport((source) =>
          source
            .replace('wide discretion', 'broad discretion')
            .replace(/President Tokayev signed amendments[^.]*\./, '')
        )
      })
      const { page } = second
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.getByRole('alert')).toBeVisible()
      await page.getByRole('tab', { name: /Notes/ }).click()
      await expect(page.locator('.text-change')).toBeVisible()
      await expect(page.locator('.note-reason')).toBeVisible()
      await expectNoViolations(page, 'the notes panel after a new edition')
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
      await selectText(
        page,
        'legislation-law-enforcement-and-border-security-p1',
        'abolishing the death penalty'
      )
      await page.getByRole('button', { name: 'Copy with citation as plain text' }).click()
      await expect(page.locator('.toast')).toBeVisible()
      await expectNoViolations(page, 'the message after copying with citation')
      await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
      await page.getByRole('tab', { name: /Notes/ }).click()
      await page.getByRole('button', { name: 'Copy with citation…' }).click()
      await expect(
        page.getByRole('button', { name: 'Copy with citation as Markdown' })
      ).toBeVisible()
      await expectNoViolations(page, 'a note’s copy with citation buttons')
    })
  })
}
