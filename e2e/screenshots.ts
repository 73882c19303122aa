/**
 * The README's screenshots, made by driving the app in the browser harness exactly as the e2e
 * specs do, so they show the app as it is. Run: `npm run screenshots` (writes docs/screenshots/).
 * Every view in the light and the dark theme; at 1280×800, and the small laptop at 800×600.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  buildEdition,
  correctedBundledReport,
  editedBundledReport,
  FIELD_GUIDE,
  SAMPLE_CHAPTERS
} from './fixtures/content'
import { launchApp } from './fixtures/launch-app'
import { WINDOW_SIZES } from './fixtures/window-sizes'
import { LOCALES, SOURCE_LOCALE } from '../src/shared/i18n/locales'
import { piledNotes, webAnnotationFile } from './fixtures/many-notes'
import { repoRoot } from './fixtures/paths'
import { caretPoint, dragSelect } from './fixtures/drag-select'
import { selectText } from './fixtures/select-text'

const OUT = join(repoRoot, 'docs', 'screenshots')
const P1 = 'legislation-law-enforcement-and-border-security-p1'

/** A few notes, as a reader would have made them. */
async function annotate(page: Page): Promise<void> {
  await selectText(page, P1, 'Committee for National Security (KNB)')
  await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
  // The highlight drawn first: drawing it redraws the paragraph, and a selection made before
  // that in the same paragraph would be lost (on a busy machine main answers late).
  await page.locator('mark[data-annotation-id]').first().waitFor()
  await selectText(page, P1, 'wide discretion to determine what qualifies as terrorism')
  await page.getByRole('toolbar').getByRole('button', { name: 'Add note…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New highlight' })
  await dialog.getByRole('radio', { name: 'Question' }).check()
  await dialog
    .getByRole('textbox', { name: 'Note' })
    .fill('Who decides? Compare with the 2020 chapter.')
  await dialog.getByRole('textbox', { name: /Tags/ }).fill('law, follow-up')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
}

/** One section across the bundled report and two sample chapters, a search hit and a highlight. */
async function compareLegislation(page: Page): Promise<void> {
  const narrow = (page.viewportSize()?.width ?? 1280) < 900
  const showSidebar = () => page.getByRole('button', { name: 'Show contents and notes' }).click()
  if (narrow) await showSidebar()
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: 'Legislation, Law Enforcement, and Border Security' })
    .click()
  if (narrow) await showSidebar()
  await page.getByRole('button', { name: 'Compare this section across reports' }).click()
  await page.locator('.compare-column .report-text').nth(2).waitFor()
  await page.getByRole('combobox', { name: 'Search the reports' }).fill('border')
  await page.locator('.compare-column mark.hit').first().waitFor()
  if (narrow) await page.getByRole('button', { name: 'Hide contents and notes' }).click()
  await selectText(page, `cmp--sample-westland--${P1}`, 'passenger data')
  await page.getByRole('toolbar').getByRole('button', { name: 'Evidence' }).click()
  await page.locator('.compare-column mark[data-annotation-id]').nth(2).waitFor()
  await page.evaluate('window.getSelection().removeAllRanges()')
  await page.locator('.compare-pane').evaluate((pane) => pane.scrollTo({ top: 0 }))
}

/** The bundled report with two sample chapters that share its headings (made once). */
let sampleLibrary: string | undefined
const withSampleChapters = () =>
  (sampleLibrary ??= buildEdition({ extra: { ...SAMPLE_CHAPTERS, ...FIELD_GUIDE } }))

/** 1,500 notes imported on three passages of the first paragraphs (500 on each). */
async function importPiles(page: Page, answer: (file: string) => Promise<void>): Promise<void> {
  const notes = piledNotes(1_500, 3, (i) => `Remark ${i + 1} from the course on this passage.`)
  if ((page.viewportSize()?.width ?? 1280) < 900) {
    await page.getByRole('button', { name: 'Show contents and notes' }).click()
  }
  await page.getByRole('tab', { name: /^Notes/ }).click()
  await answer(webAnnotationFile(notes))
  await page.getByRole('button', { name: 'Import JSON…' }).click()
  await page.getByRole('tab', { name: /^Notes \(1,502\)/ }).waitFor({ timeout: 300_000 })
}

/** The notes panel with many notes, and a pile's mark with its count in the text. */
async function manyNotes(page: Page, answer: (file: string) => Promise<void>): Promise<void> {
  await importPiles(page, answer)
  await page
    .locator('mark[data-count]')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }))
}

/** The list of a pile's notes, opened from its mark. */
async function pileOfNotes(page: Page, answer: (file: string) => Promise<void>): Promise<void> {
  await importPiles(page, answer)
  if ((page.viewportSize()?.width ?? 1280) < 900) await page.keyboard.press('Escape')
  await page.locator('mark[data-count]').first().click()
  await page.getByRole('dialog', { name: /notes on this passage/ }).waitFor()
}

interface View {
  name: string
  size?: { width: number; height: number }
  /** The content to start on, when not the bundled report alone. */
  generatedDir?: () => string
  /** Brings a fresh app (with notes made by `annotate`) to the view; `answer` sets the file dialogs' answer. */
  show: (page: Page, answer: (file: string) => Promise<void>) => Promise<void>
}

const VIEWS: View[] = [
  {
    name: 'reading',
    show: async (page) => {
      await page.locator(`#${P1}`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
    }
  },
  {
    name: 'search',
    show: async (page) => {
      const box = page.getByRole('combobox', { name: 'Search the reports' })
      await box.fill('border security')
      await box.press('ArrowDown')
      await box.press('Enter')
      await page.locator('.hit-counter').waitFor()
    }
  },
  {
    name: 'notes',
    show: async (page) => {
      await page.getByRole('tab', { name: /Notes/ }).click()
      await page.locator('.note-item').first().waitFor()
    }
  },
  {
    name: 'display',
    show: async (page) => {
      await page.getByRole('button', { name: 'Display' }).click()
      await page.getByRole('dialog', { name: 'Display' }).waitFor()
    }
  },
  {
    name: 'glossary',
    show: async (page) => {
      await page.getByRole('tab', { name: 'Glossary' }).click()
      await page.getByRole('button', { name: /^KNB Committee for National Security/ }).click()
      await page.locator(`#${P1} abbr[data-term="KNB"]`).first().waitFor()
    }
  },
  {
    name: 'glossary-small-laptop',
    size: { width: 800, height: 600 },
    show: async (page) => {
      await page.getByRole('button', { name: 'Show contents and notes' }).click()
      await page.getByRole('tab', { name: 'Glossary' }).click()
      await page.getByRole('region', { name: 'Glossary' }).waitFor()
    }
  },
  {
    // A real drag that starts on an acronym's first letter: the toolbar beside the selection.
    name: 'selection-small-laptop',
    size: { width: 800, height: 600 },
    show: async (page) => {
      // tsx (which runs this script) wraps named functions in the fixture's page callbacks with a
      // `__name` helper that the page does not have: give the page one that does nothing.
      await page.evaluate('window.__name = (f) => f')
      const text = (await page.locator(`#${P1}`).textContent()) ?? ''
      const from = text.indexOf('CT legal framework')
      const press = await caretPoint(page, P1, from, { scroll: true })
      const release = await caretPoint(page, P1, from + 'CT legal framework'.length, {
        side: 'after'
      })
      await dragSelect(page, press, release)
      await page.getByRole('toolbar', { name: 'Highlight or copy the selected text' }).waitFor()
    }
  },
  {
    name: 'small-laptop',
    size: { width: 800, height: 600 },
    show: async (page) => {
      await page.getByRole('combobox', { name: 'Search the reports' }).fill('Egmont')
      await page.getByRole('listbox', { name: 'Search results' }).waitFor()
    }
  },
  { name: 'many-notes', show: manyNotes },
  { name: 'many-notes-small-laptop', size: { width: 800, height: 600 }, show: manyNotes },
  { name: 'pile', show: pileOfNotes },
  { name: 'pile-small-laptop', size: { width: 800, height: 600 }, show: pileOfNotes },
  { name: 'compare', generatedDir: withSampleChapters, show: compareLegislation },
  {
    name: 'compare-small',
    size: { width: 800, height: 600 },
    generatedDir: withSampleChapters,
    show: compareLegislation
  }
]

/**
 * The reader in each language beside English, as the system's language, with the sidebar shown
 * (laid over the text in the small window): `ru-light.png`, `ar-small-laptop-dark.png`…
 */
async function languageShots(scheme: 'light' | 'dark'): Promise<void> {
  for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    for (const size of WINDOW_SIZES) {
      const name = `${locale}${size.width < 1000 ? '-small-laptop' : ''}-${scheme}`
      if (!wanted(name) && !wanted('languages')) continue
      const userDataDir = mkdtempSync(join(tmpdir(), 'reader-screenshots-'))
      const app = await launchApp({ userDataDir, locale })
      try {
        const { page } = app
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        await page.getByRole('heading', { level: 1 }).waitFor()
        const sidebar = page.locator('.sidebar')
        if (!(await sidebar.isVisible())) await page.locator('.toolbar-button').first().click()
        await sidebar.waitFor()
        await page.screenshot({ path: join(OUT, `${name}.png`) })
      } finally {
        await app.close()
        rmSync(userDataDir, { recursive: true, force: true })
      }
    }
  }
}

/**
 * `npm run screenshots -- many-notes pile` makes only the views whose names start so
 * (`-- languages`, or `-- ru ar`, only the shots in other languages).
 */
const only = process.argv.slice(2)
const wanted = (name: string) => only.length === 0 || only.some((start) => name.startsWith(start))
mkdirSync(OUT, { recursive: true })
for (const scheme of ['light', 'dark'] as const) {
  await languageShots(scheme)
  for (const view of VIEWS) {
    if (!wanted(view.name)) continue
    const userDataDir = mkdtempSync(join(tmpdir(), 'reader-screenshots-'))
    const app = await launchApp({ userDataDir, generatedDir: view.generatedDir?.() })
    try {
      const { page } = app
      await page.setViewportSize(view.size ?? { width: 1280, height: 800 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.getByRole('heading', { level: 1 }).waitFor()
      await annotate(page)
      await view.show(page, (file) => app.answerFileDialogs({ open: file }))
      await page.screenshot({ path: join(OUT, `${view.name}-${scheme}.png`) })
    } finally {
      await app.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }

  // After a new edition: what the reader is told, and the notes it moved.
  const userDataDir = mkdtempSync(join(tmpdir(), 'reader-screenshots-'))
  try {
    const first = await launchApp({ userDataDir })
    await first.page.getByRole('heading', { level: 1 }).waitFor()
    await annotate(first.page)
    // Both notes on disk before the app closes.
    await first.page.locator('mark[data-annotation-id]').nth(1).waitFor()
    await first.close()
    const generatedDir = editedBundledReport((source) =>
      source.replace('wide discretion', 'broad discretion')
    )
    const second = await launchApp({ userDataDir, generatedDir })
    const { page } = second
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: scheme })
    await page.getByRole('alert').waitFor()
    await page.getByRole('tab', { name: /Notes/ }).click()
    await page.locator('.text-change').waitFor()
    await page.screenshot({ path: join(OUT, `new-edition-${scheme}.png`) })
    await second.close()
  } finally {
    rmSync(userDataDir, { recursive: true, force: true })
  }

  // What changed since the reader last read the report, with the notes it touches, at both sizes.
  for (const [name, size] of [
    ['what-changed', { width: 1280, height: 800 }],
    ['what-changed-small', { width: 800, height: 600 }]
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'reader-screenshots-'))
    try {
      const first = await launchApp({ userDataDir: dir })
      await first.page.getByRole('heading', { level: 1 }).waitFor()
      await annotate(first.page)
      await first.page.locator('mark[data-annotation-id]').nth(1).waitFor()
      await first.close()
      const second = await launchApp({ userDataDir: dir, generatedDir: correctedBundledReport() })
      const { page } = second
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await page.getByRole('button', { name: 'Show what changed' }).click()
      await page.locator('#what-changed-title:focus').waitFor()
      await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) })
      // Back to the report at the reworded sentence: the changes shown in the text.
      await page.getByRole('button', { name: 'Show in the report' }).nth(1).click()
      await page.locator('.changes-shown-bar').waitFor()
      await page.screenshot({ path: join(OUT, `${name}-in-text-${scheme}.png`) })
      await second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
console.log(`screenshots: written to ${OUT}`)
