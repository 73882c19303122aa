import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { generateContent } from '../src/content/generate-content'
import { expectNoViolations } from './fixtures/axe'
import { clearSelection } from './fixtures/drag-select'
import type { LaunchedApp, LaunchOptions } from './fixtures/launch-app'
import { repoRoot } from './fixtures/paths'
import { selectText } from './fixtures/select-text'
import { expect, test } from './fixtures/test'
import { WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * Documents as trainers have them (issue 18): the handout written in Markdown, and the same
 * handout as pandoc made it into a Word file, built by the real content pipeline. The reader
 * draws a code block as one (monospaced, line breaks kept, scrolling sideways in its own box) and
 * emphasis, strong and inline code as the source set them, over the same text: a search hit and a
 * highlight inside them land on the words they are on.
 */

const HANDOUT = 'Briefing Handout: Tajikistan'
const CODE = 'how-to-cite-this-handout-p2'
const OVERVIEW = 'overview-of-tajikistan-p1'

/** The handout in Markdown and as a Word file, built into a temp folder. */
function handoutEdition(): string {
  const documents = join(repoRoot, 'test', 'fixtures', 'documents')
  const contentDir = mkdtempSync(join(tmpdir(), 'reader-documents-'))
  const outDir = mkdtempSync(join(tmpdir(), 'reader-generated-'))
  for (const name of ['handout.md', 'handout-docx.docx']) {
    copyFileSync(join(documents, name), join(contentDir, name))
    const stem = name.slice(0, name.lastIndexOf('.'))
    copyFileSync(join(documents, 'handout.meta.json'), join(contentDir, `${stem}.meta.json`))
  }
  generateContent({ contentDir, outDir })
  return outDir
}

async function openReport(
  startApp: (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>,
  size: { width: number; height: number },
  generatedDir: string,
  report: 'handout' | 'handout-docx'
): Promise<Page> {
  const { page } = await startApp({ generatedDir })
  await page.setViewportSize(size)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HANDOUT)
  // Both reports have the same title: choose by position in the switcher (sorted by id).
  const switcher = page.getByRole('combobox', { name: 'Report', exact: true })
  await switcher.selectOption({ index: report === 'handout' ? 0 : 1 })
  await expect(page.locator(`#${OVERVIEW}`)).toBeVisible()
  return page
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

let generated: string
test.beforeAll(() => {
  generated = handoutEdition()
})

for (const size of WINDOW_SIZES) {
  test.describe(`documents at ${size.width}×${size.height}`, () => {
    test('a code block is one block, monospaced, its lines as written, scrolling in its own box', async ({
      startApp
    }) => {
      const page = await openReport(startApp, size, generated, 'handout')
      const code = page.locator(`pre#${CODE}`)
      await expect(code).toHaveText(
        'Central Asia Field Course. Briefing Handout: Tajikistan.\n    Spring 2027 edition, section name, paragraph number.'
      )
      const style = await code.evaluate((el) => {
        const computed = getComputedStyle(el)
        return { whiteSpace: computed.whiteSpace, font: computed.fontFamily }
      })
      expect(style.whiteSpace).toBe('pre')
      expect(style.font).toMatch(/mono/i)
      const box = page.getByRole('region', { name: 'Code in “How to Cite This Handout”' })
      await expect(box).toBeVisible()
      // The page never scrolls sideways: a long line scrolls in the box.
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
      expect(sideways).toBe(0)
    })

    test('emphasis, strong and code are drawn as marked, and a hit and a highlight land in them', async ({
      startApp
    }) => {
      const page = await openReport(startApp, size, generated, 'handout')
      const overview = page.locator(`#${OVERVIEW}`)
      await expect(overview.locator('strong')).toHaveText('hard to patrol')
      await expect(page.locator('#introduction-p1 em')).toHaveText('before')
      await expect(page.locator('#border-security-p5 code.inline-code')).toHaveText('API/PNR')
      // The paragraph's text is the text: the marks add no characters.
      await expect(overview).toHaveText(
        /^Tajikistan shares a 1,400-kilometre border with Afghanistan, much of it along the Panj River\.\[1\] The border is hard to patrol: mountain passes close in winter and reopen in spring\.$/
      )
      const search = page.getByRole('combobox', { name: 'Search the reports' })
      await search.fill('patrol')
      await search.press('Enter')
      // The hit is marked around the word, which is still set in bold inside it.
      await expect(overview.locator('mark.hit')).toHaveText('patrol')
      await expect(overview.locator('mark.hit strong')).toHaveText('patrol')
      await page.keyboard.press('Escape')
      await selectText(page, OVERVIEW, 'hard to patrol')
      await page
        .getByRole('toolbar', { name: 'Highlight or copy the selected text' })
        .getByRole('button', { name: 'Important' })
        .click()
      await clearSelection(page)
      await expect(overview.locator('mark.hl')).toHaveText('hard to patrol')
      await expect(overview.locator('mark.hl strong')).toHaveText('hard to patrol')
    })

    for (const scheme of ['light', 'dark'] as const) {
      test(`the Markdown and the Word file read alike, and pass axe, in the ${scheme} theme`, async ({
        startApp
      }, testInfo) => {
        const page = await openReport(startApp, size, generated, 'handout')
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        await expectNoViolations(page, `the handout from Markdown (${scheme})`)
        await page.locator('#overview-of-tajikistan').evaluate((el) => el.scrollIntoView())
        await screenshot(page, testInfo, `markdown-emphasis-${scheme}`)
        await page.locator(`#${CODE}`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
        await screenshot(page, testInfo, `markdown-code-${scheme}`)
        const markdown = await page.locator('.report-text').innerText()

        const switcher = page.getByRole('combobox', { name: 'Report', exact: true })
        await switcher.selectOption({ index: 1 })
        await expect(page.locator('.report-text')).toHaveText(markdown, { useInnerText: true })
        await expectNoViolations(page, `the handout from Word (${scheme})`)
        await page.locator('#legislation-and-law-enforcement').evaluate((el) => el.scrollIntoView())
        await screenshot(page, testInfo, `docx-lists-table-${scheme}`)
      })
    }
  })
}
