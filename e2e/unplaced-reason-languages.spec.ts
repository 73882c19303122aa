import { hash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createTranslator } from '../src/shared/i18n/translator'
import type { Locale } from '../src/shared/i18n/locales'
import { expectNoViolations } from './fixtures/axe'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const P1 = 'legislation-law-enforcement-and-border-security-p1'
const LOST = 'abolishing the death penalty'
const KEPT_AS_WRITTEN = 'Set aside by hand in a test build.'

/**
 * Notes as the version before this one kept them (segment format 4), marked as not found in the
 * edition the app has, with the English sentences it stored as the reason: one it knows, and one
 * it does not.
 */
function asTheOldVersionKeptThem(userDataDir: string): void {
  const notes = join(userDataDir, 'notes')
  const reportId = readdirSync(notes, { withFileTypes: true }).find((e) => e.isDirectory())?.name
  if (!reportId) throw new Error('No notes were saved.')
  const file = join(notes, reportId, '1.json')
  const segment = JSON.parse(readFileSync(file, 'utf8')) as {
    annotations: { editionHash: string; unplacedIn?: unknown }[]
  }
  const reasons = [
    `The highlighted text (“${LOST}”) is not in this edition of the report.`,
    KEPT_AS_WRITTEN
  ]
  const list = JSON.stringify(
    segment.annotations.map((note, i) => ({
      ...note,
      unplacedIn: { editionHash: note.editionHash, reason: reasons[i] }
    }))
  )
  const digest = hash('sha1', list, 'hex')
  writeFileSync(
    file,
    `{"schemaVersion":4,"reportId":${JSON.stringify(reportId)},"digest":"${digest}","annotations":${list}}`
  )
}

async function openNotes(page: Page, locale: Locale): Promise<void> {
  const t = createTranslator(locale)
  const show = page.getByRole('button', { name: t('toolbar.showSidebar') })
  if (await show.isVisible()) await show.click()
  await page.getByRole('tab', { name: t('tabs.notes', { count: 2 }) }).click()
}

test('why a note could not be placed is said in the language the reader chose, even for a reason stored in English before', async ({
  startApp,
  userDataDir
}) => {
  const first = await startAppAt(startApp, WINDOW_SIZES[1])
  for (const phrase of [LOST, 'wide discretion to determine']) {
    const before = await first.page.locator('mark[data-annotation-id]').count()
    await selectText(first.page, P1, phrase)
    await first.page.getByRole('toolbar').getByRole('button', { name: 'Important' }).click()
    await expect
      .poll(() => first.page.locator('mark[data-annotation-id]').count())
      .toBeGreaterThan(before)
  }
  await first.close()
  asTheOldVersionKeptThem(userDataDir)

  const said: Record<Locale, string> = {
    en: `The highlighted text (“${LOST}”) is not in this edition of the report.`,
    ru: `Выделенного текста («${LOST}») нет в этой редакции отчёта.`,
    kk: `Белгіленген мәтін («${LOST}») есептің бұл басылымында жоқ.`,
    ar: `النص المظلَّل («${LOST}») غير موجود في هذا الإصدار من التقرير.`
  }
  for (const [locale, size, scheme] of [
    ['ru', WINDOW_SIZES[0], 'light'],
    ['ar', WINDOW_SIZES[0], 'dark'],
    ['ar', WINDOW_SIZES[1], 'light'],
    ['kk', WINDOW_SIZES[1], 'dark'],
    ['en', WINDOW_SIZES[1], 'light']
  ] as const) {
    const app = await startAppAt(startApp, size, { locale, scheme })
    const { page } = app
    await openNotes(page, locale)
    const reasons = page.locator('.note-reason')
    await expect(reasons).toHaveCount(2)
    // The sentence the app knows, in this language; the one it does not, kept as it was.
    await expect(reasons.filter({ hasText: LOST })).toContainText(said[locale])
    await expect(reasons.filter({ hasText: KEPT_AS_WRITTEN })).toHaveText(
      new RegExp(`^${KEPT_AS_WRITTEN.replace(/\./g, '\\.')}`)
    )
    if (locale !== 'en') {
      await expect(reasons.filter({ hasText: LOST })).not.toContainText(/highlighted|edition/)
    }
    await reasons.first().scrollIntoViewIfNeeded()
    await expectNoViolations(page, `unanchored notes in ${locale}, ${size.width}×${size.height}`)
    await page.screenshot({
      path: test
        .info()
        .outputPath(`unanchored-${locale}-${size.width}x${size.height}-${scheme}.png`)
    })
    await app.close()
  }
})
