import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { showSidebar } from './fixtures/sidebar'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

const NOTES = 1_500

/** A Web Annotation file of `count` notes on the bundled report's overview section. */
function bigNotesFile(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `urn:x-reader:annotation:bulk-${String(i).padStart(6, '0')}`,
    type: 'Annotation',
    created: '2026-01-02T09:30:00Z',
    body: [{ type: 'TextualBody', value: `Note ${i} from a colleague's course.` }],
    target: {
      source: 'urn:x-reader:report:crt2021-kazakhstan',
      state: `urn:x-reader:edition:${'a'.repeat(64)}`,
      selector: [{ type: 'FragmentSelector', value: 'overview' }]
    }
  }))
  const file = join(mkdtempSync(join(tmpdir(), 'reader-bulk-notes-')), 'notes.json')
  writeFileSync(file, JSON.stringify(items))
  return file
}

/** Every text the import's message line shows, from now on, as the page draws it. */
async function recordMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('.notes-transfer-message') as HTMLElement
    const seen: string[] = []
    ;(window as unknown as { seenMessages: string[] }).seenMessages = seen
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true
    })
  })
  return () => page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages)
}

for (const size of WINDOW_SIZES) {
  test(`an import says how far it got, then what it did, at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const app = await startAppAt(startApp, size)
    const { page } = app
    await showSidebar(page)
    await page.getByRole('tab', { name: 'Notes (0)' }).click()
    const transfer = page.getByRole('group', { name: 'Export and import' })
    const messages = await recordMessages(page)
    await app.answerFileDialogs({ open: bigNotesFile(NOTES) })
    await transfer.getByRole('button', { name: 'Import JSON…' }).click()
    await expect(transfer.getByRole('status')).toHaveText('Imported 1,500 notes.')
    // On the way, both stages were said in plain numbers (the page may draw several events at
    // once, never none of them: each comes in a task of its own, with a write between).
    const seen = await messages()
    expect(seen.some((m) => /^Reading notes: [\d,]+ of 1,500$/.test(m))).toBe(true)
    expect(seen.some((m) => /^Importing notes: [\d,]+ of 1,500$/.test(m))).toBe(true)
    expect(seen.at(-1)).toBe('Imported 1,500 notes.')

    // Every count after it groups its thousands: the tab, the panel's count, the export choice.
    await expect(page.getByRole('tab', { name: 'Notes (1,500)' })).toBeVisible()
    const panel = page.getByRole('region', { name: 'Notes and highlights' })
    await expect(panel.locator('.notes-count')).toHaveText('1,500 of 1,500 notes')
    await expect(transfer.getByRole('combobox')).toHaveText(/all 1,500 notes/)
  })
}
