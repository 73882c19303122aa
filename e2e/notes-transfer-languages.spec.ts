import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTranslator } from '../src/shared/i18n/translator'
import { noteOnAnotherReport, notesFile } from './fixtures/notes-files'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * Import and export in the reader's language: why an imported item is refused (said by the
 * notes worker) and the Markdown file's own words are Russian in a Russian app, and the Russian
 * Markdown export given back to Import is known for what it is.
 */
test('in Russian, an import says why each item was refused, and the Markdown export is Russian', async ({
  startApp
}) => {
  const ru = createTranslator('ru')
  const app = await startAppAt(startApp, WINDOW_SIZES[1], { locale: 'ru' })
  const { page } = app
  await page.getByRole('tab', { name: ru('tabs.notes', { count: 0 }) }).click()
  const transfer = page.getByRole('group', { name: ru('transfer.label') })
  const message = transfer.getByRole('status')

  const purple = { type: 'TextualBody', purpose: 'classifying', value: 'purple' }
  await app.answerFileDialogs({
    open: notesFile([noteOnAnotherReport(), { ...noteOnAnotherReport('x2'), body: [purple] }, 42])
  })
  await transfer.getByRole('button', { name: ru('transfer.importJson') }).click()
  await expect(message.getByRole('listitem')).toHaveText([
    'Запись 2: её цвет «purple» не входит в цвета приложения (yellow, green, blue, pink).',
    'Запись 3: это не заметка, а число.'
  ])
  await expect(message).not.toContainText(/[A-Za-z]{3,} (is|has|not|its)\b/)

  const markdown = join(mkdtempSync(join(tmpdir(), 'reader-export-')), 'заметки.md')
  await app.answerFileDialogs({ save: markdown })
  await transfer.getByRole('button', { name: ru('transfer.exportMarkdown') }).click()
  await expect(message).toHaveText(ru('transfer.exported', { count: 1, path: markdown }))
  const md = readFileSync(markdown, 'utf8')
  expect(md).toMatch(/^# Выделения и заметки\n\nВ файле 1 заметка\.\n\n/)
  expect(md).toContain(
    'В приложении нет отчёта «old-course-report», поэтому эти заметки нельзя к нему привязать.'
  )
  expect(md).toMatch(/Цвет: Важно \(yellow\) · Создано \d+ (янв|дек)\. 202[56] г\., \d\d:\d\d/)

  await app.answerFileDialogs({ open: markdown })
  await transfer.getByRole('button', { name: ru('transfer.importJson') }).click()
  await expect(message).toHaveText(
    `${ru('refusal.markdownExport')} ${ru('import.nothingImported')}`
  )
})
