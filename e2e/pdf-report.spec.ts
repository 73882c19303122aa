import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { generateContent } from '../src/content/generate-content'
import { expectNoViolations } from './fixtures/axe'
import { repoRoot } from './fixtures/paths'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * A report a trainer made from a PDF: the briefing handout as LibreOffice Writer exports it in
 * two columns, without tags (test/fixtures/pdf), built by the real content pipeline. The reader
 * shows what the page showed: the handout's sections nested under its title, the table with its
 * header row, the nested bullets and the numbered lists, the quote, and the footnotes, linked
 * both ways; in the light and the dark theme, with axe at zero.
 */

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'pdf', 'reports')
const TITLE = 'Course handout: Tajikistan'

function pdfEdition(name: string): string {
  const contentDir = mkdtempSync(join(tmpdir(), 'reader-pdf-content-'))
  const outDir = mkdtempSync(join(tmpdir(), 'reader-generated-'))
  for (const file of [`${name}.pdf`, `${name}.meta.json`]) {
    copyFileSync(join(FIXTURES, file), join(contentDir, file))
  }
  generateContent({ contentDir, outDir })
  return outDir
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

for (const size of WINDOW_SIZES) {
  test(`a two-column handout from LibreOffice reads as its source at ${size.width}×${size.height}`, async ({
    startApp
  }, testInfo) => {
    const app = await startApp({ generatedDir: pdfEdition('handout-columns') })
    const { page } = app
    await page.setViewportSize(size)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)

    // The contents: the handout's title, its sections nested under it, and the footnotes.
    await showSidebar(page)
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents.locator(':scope > ol > li > a')).toHaveText([
      'Tajikistan: Field Briefing',
      'Footnotes'
    ])
    await expect(
      contents.locator(':scope > ol > li').first().locator(':scope > ol > li > a')
    ).toHaveText([
      'Overview',
      '2021 Terrorist Incidents',
      'Legislation, Law Enforcement, and Border Security',
      'Countering the Financing of Terrorism',
      'Countering Violent Extremism',
      'International and Regional Cooperation',
      'Questions for discussion'
    ])

    // A narrow window shows the contents over the text: closed again, as a reader would.
    if (size.width < 1000)
      await page.getByRole('button', { name: 'Hide contents and notes' }).click()

    // The table, its header row as column headers, its last row from the next column.
    const table = page.getByRole('region', { name: /^Table 1 in/ }).getByRole('table')
    await expect(table.getByRole('columnheader')).toHaveText(['Post', 'Region', 'Staff'], {
      useInnerText: true
    })
    await expect(table.getByRole('row')).toHaveCount(5)
    await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(
      ['Ishkashim', 'Gorno-Badakhshan', '38'],
      { useInnerText: true }
    )

    // Bullets with sub-bullets under them, and numbered lists that keep their numbers.
    const programs = page.locator('#countering-violent-extremism > ul')
    await expect(programs.locator(':scope > li')).toHaveCount(3)
    await expect(programs.locator(':scope > li').first().locator('ul > li')).toHaveCount(2)
    const questions = page.locator('#questions-for-discussion > ol')
    await expect(questions.locator(':scope > li')).toHaveCount(5)
    await expect(questions.locator(':scope > li').nth(4)).toHaveAttribute('value', '5')

    // The quote, and a footnote reference that leads to its footnote and back.
    await expect(page.locator('blockquote p[data-paragraph]')).toHaveCount(2)
    const reference = page.locator('#overview-p1').getByRole('link', { name: 'Footnote 1' })
    await reference.click()
    const footnote = page.locator('#footnotes-p1')
    await expect(footnote).toBeFocused()
    await expect(footnote).toHaveText(
      'The figure for the length of the border is the one given by the border troops in their annual report; other sources give slightly different lengths.'
    )
    await page.getByRole('link', { name: 'Back to the text of footnote 1' }).click()
    await expect(reference).toBeFocused()

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
      await expectNoViolations(page, `a PDF-made report in the ${scheme} theme`)
      for (const [part, id] of [
        ['table', 'border-posts-visited-by-the-course'],
        ['lists', 'countering-violent-extremism']
      ] as const) {
        await page.locator(`#${id}`).evaluate((section) => section.scrollIntoView())
        await screenshot(
          page,
          testInfo,
          `pdf-report-${part}-${size.width}x${size.height}-${scheme}`
        )
      }
    }
    expect(app.consoleErrors).toEqual([])
  })
}
