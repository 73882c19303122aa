import type { Page } from '@playwright/test'
import { createTranslator } from '../src/shared/i18n/translator'
import { expectNoViolations } from './fixtures/axe'
import { openTeamTab } from './fixtures/sidebar'
import {
  EARLIER_EDITION_WORDS as WORDS,
  TEAM_P1,
  teamOnEarlierEdition
} from './fixtures/team-layers'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * Issue 20: a colleague's note made on an older edition of the report is placed in the reader's
 * edition or listed as not placed, never dropped. The colleagues' files are written as their apps
 * wrote them on the bundled edition; the reader has the corrected one (correctedBundledReport).
 */

const NOT_PLACED = `Not placed in this edition: The highlighted text (“${WORDS.gone}”) is not in this edition of the report.`

/** Chen Wei's passage as the reader's edition words it. */
const REWORDED = WORDS.reworded.replace('wide', 'broad')

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) })

for (const size of WINDOW_SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    const at = `${size.width}x${size.height}-${scheme}`
    test(`colleagues' notes on the edition before this one: placed with their initials where the passage still is, listed with why where it is gone, none dropped (${size.width}×${size.height}, ${scheme})`, async ({
      startApp
    }) => {
      const team = teamOnEarlierEdition()
      const { page } = await startAppAt(startApp, size, {
        scheme,
        generatedDir: team.generatedDir,
        teamFolder: team.folder,
        teamName: 'Bo Lindqvist'
      })

      // In the text: the passage that moved and the one that was reworded, each with its author.
      const paragraph = page.locator(`#${TEAM_P1}`)
      const amina = paragraph.locator('mark.hl-team[data-initials="AO"]')
      const chen = paragraph.locator('mark.hl-team[data-initials="CW"]')
      await expect(amina).toHaveText(WORDS.moved)
      await expect(amina).toHaveAttribute('title', /Amina Okafor’s highlight/)
      await expect(chen).toHaveText(REWORDED)
      await expect(chen).toHaveAttribute('title', /Chen Wei’s highlight/)
      // The passage that is gone is drawn nowhere, and no other words take its place.
      await expect(page.locator('mark.hl-team')).toHaveCount(2)
      await paragraph.scrollIntoViewIfNeeded()
      await expectNoViolations(page, `colleagues' marks from an earlier edition (${at})`)
      await shot(page, `team-editions-text-${at}`)

      // In the Team tab: all three notes, counted, the one not placed with its reason.
      await openTeamTab(page)
      const notes = page.locator('.team-note')
      await expect(notes).toHaveCount(3)
      await expect(page.locator('.team-count')).toHaveText('3 notes')
      const person = page.getByRole('combobox', { name: 'Person' })
      await expect(person.getByRole('option')).toHaveText([
        'Everyone',
        'Amina Okafor (2)',
        'Chen Wei (1)'
      ])
      const gone = notes.filter({ hasText: WORDS.gone })
      await expect(gone).toContainText('Amina Okafor')
      await expect(gone.locator('.note-text')).toHaveText(
        'Check when the amendments came into force.'
      )
      await expect(gone.locator('.note-reason')).toHaveText(NOT_PLACED)
      await gone.scrollIntoViewIfNeeded()
      await expect(gone.locator('.note-reason')).toBeInViewport({ ratio: 1 })
      await expect(gone.locator('.note-copy-why')).toHaveText(
        'It stays listed here. It can be copied to your notes once its author places it in this edition.'
      )
      await expect(gone.getByRole('button')).toHaveCount(0)
      for (const placed of [WORDS.moved, REWORDED]) {
        const note = notes.filter({ has: page.locator('.note-quote', { hasText: placed }) })
        await expect(note.locator('.note-reason')).toHaveCount(0)
        await expect(note.getByRole('button', { name: 'Copy to my notes' })).toBeVisible()
      }
      // The reworded passage is quoted as this edition has it, with what the colleague marked.
      const chenNote = notes.filter({ hasText: 'Chen Wei' })
      await expect(chenNote.locator('.note-quote')).toHaveText(REWORDED)
      await expect(chenNote.locator('.text-change del')).toHaveText('removed: wide ')
      await expect(chenNote.locator('.text-change ins')).toHaveText('added: broad ')
      await expect(notes.locator('.text-change')).toHaveCount(1)
      await expectNoViolations(page, `the Team tab with a note not placed (${at})`)
      await shot(page, `team-editions-tab-${at}`)
      await chenNote.scrollIntoViewIfNeeded()
      await shot(page, `team-editions-reworded-${at}`)

      // A placed note is adopted as the reader's own, where it is in this edition.
      await notes
        .filter({ hasText: 'Chen Wei' })
        .getByRole('button', { name: 'Copy to my notes' })
        .click()
      await expect(page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible()
      await expect(paragraph.locator('mark[data-annotation-id]')).toHaveText(REWORDED)
      // Narrowing to Amina keeps her note that is not placed.
      await person.selectOption({ label: 'Amina Okafor (2)' })
      await expect(notes).toHaveCount(2)
      await expect(gone.locator('.note-reason')).toHaveText(NOT_PLACED)
      await expect(notes.locator('.text-change')).toHaveCount(0)
      team.remove()
    })
  }
}

test('in Arabic, why a colleague’s note from an earlier edition is not placed is said in Arabic, right to left', async ({
  startApp
}) => {
  const team = teamOnEarlierEdition()
  const ar = createTranslator('ar')
  const { page } = await startAppAt(startApp, WINDOW_SIZES[0], {
    locale: 'ar',
    scheme: 'light',
    generatedDir: team.generatedDir,
    teamFolder: team.folder,
    teamName: 'Bo Lindqvist'
  })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator(`#${TEAM_P1} mark.hl-team`)).toHaveCount(2)

  await page.getByRole('button', { name: ar('toolbar.showSidebar') }).click()
  await page.getByRole('tab', { name: ar('tabs.team') }).click()
  await expect(page.locator('.team-note')).toHaveCount(3)
  const gone = page.locator('.team-note', { hasText: WORDS.gone })
  const reason = gone.locator('.note-reason')
  await expect(reason).toHaveText(
    `لم تُوضع في هذا الإصدار: النص المظلَّل («${WORDS.gone}») غير موجود في هذا الإصدار من التقرير.`
  )
  await expect(gone.locator('.note-copy-why')).toHaveText(
    'تبقى الملاحظة في هذه القائمة، ويمكن نسخها إلى ملاحظاتك حين يضعها كاتبها في هذا الإصدار.'
  )
  await expect(gone).not.toContainText(/Not placed|highlighted|edition|copied/)
  // A colleague's note is marked by a stripe where its lines begin: on the right, right to left.
  await expect(gone).toHaveCSS('border-right-style', 'dashed')
  await expect(gone).toHaveCSS('border-left-style', 'none')
  await gone.scrollIntoViewIfNeeded()
  await expect(reason).toBeInViewport({ ratio: 1 })
  await expectNoViolations(page, 'the Team tab in Arabic with a note not placed')
  await shot(page, 'team-editions-tab-ar-800x600-light')
  team.remove()
})
