import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateContent } from '../src/content/generate-content'
import { repoRoot } from './fixtures/paths'
import { expect, test } from './fixtures/test'

test.describe('a trainer’s own edition', () => {
  test('the example edition shows its name in the title and the About screen', async ({
    startApp
  }) => {
    const generatedDir = mkdtempSync(join(tmpdir(), 'reader-edition-'))
    generateContent({
      contentDir: join(repoRoot, 'examples', 'field-course'),
      outDir: generatedDir
    })
    const { page } = await startApp({ generatedDir })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page).toHaveTitle(/Central Asia Field Course, Spring 2027 — Field Course Reader$/)

    await page.getByRole('button', { name: 'About' }).click()
    const about = page.getByRole('dialog', { name: 'Field Course Reader' })
    const version = (
      JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
    ).version
    await expect(about).toContainText('Central Asia Field Course, Spring 2027')
    await expect(about).toContainText(`Version ${version}`)
    await expect(about).toContainText('Training team, training@example.org')
    await expect(about.getByRole('listitem')).toHaveCount(2)
    await expect(about.getByRole('listitem').first()).toContainText(
      'U.S. Department of State, Bureau of Counterterrorism'
    )
    await page.keyboard.press('Escape')
    await expect(about).toHaveCount(0)

    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()
    )
    expect(accent).toBe('#7a2e8c')
  })
})
