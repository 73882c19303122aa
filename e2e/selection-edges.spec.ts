import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import {
  caretPoint,
  clearSelection,
  dragSelect,
  selectedPlace,
  selectedText,
  toolbarPlacementProblem
} from './fixtures/drag-select'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * What a drag does at the edges of the text: past its top into the app's toolbar, aside into the
 * sidebar, down to the end of the report with the pane scrolling by itself; what Ctrl+C and
 * Copy with citation take from a selection over a heading; and an acronym clicked, not dragged.
 */

const SCHEMES = ['light', 'dark'] as const
const LAST_SECTION = 'international-and-regional-cooperation'
const toolbarOf = (page: Page) =>
  page.getByRole('toolbar', { name: 'Highlight or copy the selected text' })

/** Words of the app's own that a selection in the text must never take. */
const APP_WORDS = ['Display', 'Print / PDF', 'About', 'Contents', 'Glossary', '+ Note', 'Publisher']

/**
 * Where the selection's moving end (its focus) is drawn, and the text pane's box: to check that a
 * drag that left the text stopped at the text's edge in view.
 */
function focusAndPane(page: Page) {
  return page.evaluate(() => {
    const selection = window.getSelection() as Selection
    const caret = document.createRange()
    caret.setStart(selection.focusNode as Node, selection.focusOffset)
    const box = [...caret.getClientRects()][0] ?? caret.getBoundingClientRect()
    const pane = (
      document.querySelector('main.reading-pane') as HTMLElement
    ).getBoundingClientRect()
    const text = (document.querySelector('.report-text') as HTMLElement).getBoundingClientRect()
    return {
      focusTop: box.top,
      focusLeft: box.left,
      pane: { top: pane.top, left: pane.left, bottom: pane.bottom },
      textTop: text.top,
      inText: document.querySelector('.report-text')?.contains(selection.focusNode) ?? false
    }
  })
}

/**
 * How far the selection toolbar is from the selection's nearest line, above or below it (px);
 * Infinity when it covers the selection or there is none.
 */
function toolbarGap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const toolbar = document.querySelector('.selection-toolbar')?.getBoundingClientRect()
    const lines = [...(window.getSelection()?.getRangeAt(0).getClientRects() ?? [])].filter(
      (r) => r.width > 0
    )
    if (!toolbar || lines.length === 0) return Infinity
    const top = Math.min(...lines.map((r) => r.top))
    const bottom = Math.max(...lines.map((r) => r.bottom))
    if (toolbar.bottom <= top) return top - toolbar.bottom
    if (toolbar.top >= bottom) return toolbar.top - bottom
    return Infinity
  })
}

for (const size of WINDOW_SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`at the text's edges, ${size.width}×${size.height}, ${scheme}`, () => {
      test('a drag up past the text into the toolbar stops at the text’s top edge', async ({
        startApp
      }) => {
        const { page } = await startAppAt(startApp, size, { scheme })
        const paragraph = `${LAST_SECTION}-p1`
        const press = await caretPoint(page, paragraph, 40, { scroll: true })
        const toolbar = await page.locator('header.toolbar').boundingBox()
        if (!toolbar) throw new Error('no toolbar')
        // Up into the middle of the app's toolbar, and let go there.
        await dragSelect(page, press, { x: press.x + 30, y: toolbar.y + toolbar.height / 2 })
        const selected = await selectedText(page)
        for (const word of APP_WORDS) expect(selected).not.toContain(word)
        // The moving end is on the first line of text in view (or at the very start of the
        // text, when the pane has scrolled all the way up while the pointer was held there).
        const at = await focusAndPane(page)
        expect(at.inText).toBe(true)
        if (at.textTop < at.pane.top) {
          expect(at.focusTop).toBeGreaterThanOrEqual(at.pane.top - 40)
          expect(at.focusTop).toBeLessThan(at.pane.top + 80)
        }
        const place = await selectedPlace(page)
        expect(place?.to).toEqual({ paragraphId: paragraph, offset: 40 })
        await expect(toolbarOf(page)).toBeVisible()
        expect(await toolbarPlacementProblem(page)).toBeNull()

        // "Important" highlights what was selected, not the report from its start: every
        // paragraph with selected words (a drag that stops past a line's end may start at the
        // very end of a paragraph, which then has none).
        const covered = await page.evaluate(() => {
          const range = window.getSelection()?.getRangeAt(0)
          if (!range) return 0
          return [...document.querySelectorAll('[data-paragraph]')].filter((p) => {
            if (!range.intersectsNode(p)) return false
            const part = document.createRange()
            part.selectNodeContents(p)
            if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
              part.setStart(range.startContainer, range.startOffset)
            if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
              part.setEnd(range.endContainer, range.endOffset)
            return part.toString().length > 0
          }).length
        })
        await toolbarOf(page).getByRole('button', { name: 'Important' }).click()
        await expect(page.locator('mark.hl').first()).toBeAttached()
        const highlighted = await page.evaluate(
          () =>
            new Set(
              [...document.querySelectorAll('mark.hl')].map(
                (m) => m.closest('[data-paragraph]')?.id
              )
            ).size
        )
        expect(highlighted).toBe(covered)
      })

      test('a drag aside, over the sidebar or out of the window, takes none of the app’s words', async ({
        startApp
      }) => {
        const { page } = await startAppAt(startApp, size, { scheme })
        const paragraph = 'legislation-law-enforcement-and-border-security-p2'
        const press = await caretPoint(page, paragraph, 60, { scroll: true })
        if (size.width < 900)
          await page.getByRole('button', { name: 'Show contents and notes' }).click()
        await expect(page.locator('#sidebar')).toBeVisible()
        const sidebar = await page.locator('#sidebar').boundingBox()
        if (!sidebar) throw new Error('no sidebar')
        if (size.width < 900) {
          // Over the sidebar laid over the text, a press is the sidebar's: close it and press
          // in the text, then go left out of the window.
          await page.getByRole('button', { name: 'Hide contents and notes' }).click()
          await expect(page.locator('#sidebar')).toBeHidden()
          await dragSelect(page, press, { x: 2, y: press.y + 20 })
        } else {
          await dragSelect(page, press, { x: sidebar.x + sidebar.width / 2, y: press.y + 20 })
        }
        const selected = await selectedText(page)
        expect(selected.length).toBeGreaterThan(0)
        for (const word of APP_WORDS) expect(selected).not.toContain(word)
        expect((await focusAndPane(page)).inText).toBe(true)
        await expect(toolbarOf(page)).toBeVisible()
        expect(await toolbarPlacementProblem(page)).toBeNull()
      })

      test('a drag held at the bottom until the pane reaches the end shows the toolbar', async ({
        startApp
      }) => {
        const { page } = await startAppAt(startApp, size, { scheme })
        const press = await caretPoint(page, 'overview-p1', 10, { scroll: true })
        await page.mouse.move(press.x, press.y)
        await page.mouse.down()
        const pane = page.locator('main.reading-pane')
        const atEnd = () =>
          pane.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1)
        // Held on the pane's bottom edge, the pane scrolls by itself: keep the pointer there
        // (moving it by a pixel, as a hand does) until the end of the report is in view.
        for (let i = 0; !(await atEnd()); i++) {
          await page.mouse.move(press.x + (i % 2), size.height - 2)
        }
        await page.mouse.up()
        const place = await selectedPlace(page)
        expect(place?.from).toEqual({ paragraphId: 'overview-p1', offset: 10 })
        expect(place?.to.paragraphId).toBe(`${LAST_SECTION}-p2`)
        const toolbar = toolbarOf(page)
        await expect(toolbar).toBeVisible()
        expect(await toolbarPlacementProblem(page)).toBeNull()
        // Too long to highlight: it says so, and the passage can still be copied.
        await expect(toolbar).toContainText('a highlight can be up to 5,000')
        await expect(
          toolbar.getByRole('button', { name: 'Copy with citation as plain text' })
        ).toBeVisible()
      })
    })
  }

  test.describe(`copying a selection, ${size.width}×${size.height}`, () => {
    test('Ctrl+C over a heading copies the report’s words only, and Copy with citation names every section', async ({
      startApp
    }) => {
      const app = await startAppAt(startApp, size)
      const { page } = app
      const end = (await page.locator('#overview-p1').textContent())?.length ?? 0
      const from = await caretPoint(page, 'overview-p1', end - 20, { scroll: true })
      const to = await caretPoint(page, '2021-terrorist-incidents-p1', 19, { side: 'after' })
      await dragSelect(page, from, to)
      await expect(toolbarOf(page)).toBeVisible()
      await page.keyboard.press('Control+c')
      const copied = await app.readClipboard()
      expect(copied).toContain('2021 Terrorist Incidents')
      expect(copied).toContain('There were no repor')
      expect(copied).not.toContain('+ Note')
      expect(copied).not.toContain('Note')

      await toolbarOf(page)
        .getByRole('button', { name: 'Copy with citation as plain text' })
        .click()
      await expect(page.locator('.toast span').last()).toContainText('with its citation')
      expect(await app.readClipboard()).toContain(
        'Kazakhstan, sections “Overview” and “2021 Terrorist Incidents”. U.S. Department of State'
      )
    })
  })

  test.describe(`the text moving under a selection, ${size.width}×${size.height}`, () => {
    test('the toolbar follows the selection when the text grows with no scroll (a late font, a new text size)', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size)
      // A few lines into the first paragraph, the pane not scrolled (so nothing anchors it).
      const from = await caretPoint(page, 'overview-p1', 150)
      const to = await caretPoint(page, 'overview-p1', 180, { side: 'after' })
      await dragSelect(page, from, to)
      await expect(toolbarOf(page)).toBeVisible()
      const before = await toolbarGap(page)
      expect(before).toBeLessThan(24)
      // What a web font arriving late does: the lines wrap again and the selection moves down.
      const movedBy = await page.evaluate(() => {
        const top = () => window.getSelection()?.getRangeAt(0).getBoundingClientRect().top ?? 0
        const was = top()
        document.documentElement.style.setProperty('--reading-font-size', '26px')
        return top() - was
      })
      expect(Math.abs(movedBy)).toBeGreaterThan(24)
      await expect.poll(() => toolbarGap(page)).toBeLessThan(24)
      expect(await toolbarPlacementProblem(page)).toBeNull()
    })
  })

  test.describe(`an acronym clicked or tabbed to, ${size.width}×${size.height}`, () => {
    test('a click shows what it stands for, a drag from it selects, Tab still reaches it', async ({
      startApp
    }) => {
      const { page } = await startAppAt(startApp, size)
      const tooltipOf = (index: number) =>
        page
          .locator('abbr[data-term="EAG"]')
          .nth(index)
          .evaluate((element) => getComputedStyle(element, '::after').content)
      const expansion = '"Eurasian Group on Combating Money Laundering and Financing of Terrorism"'
      // Clicked on its first letter: focused, its expansion shown (the mouse is moved away).
      for (const index of [0, 1]) {
        const term = page.locator('abbr[data-term="EAG"]').nth(index)
        const paragraph = 'countering-the-financing-of-terrorism-p1'
        const start = await term.evaluate((element) => {
          const before = document.createRange()
          before.setStart(element.closest('[data-paragraph]') as Element, 0)
          before.setEndBefore(element)
          return before.toString().length
        })
        const at = await caretPoint(page, paragraph, start, { scroll: true })
        await page.mouse.click(at.x, at.y)
        await page.mouse.move(1, 1)
        await expect(term).toBeFocused()
        expect(await tooltipOf(index)).toBe(expansion)
        // Dragged from the same letter: the selection starts there (not at the first EAG).
        const release = await caretPoint(page, paragraph, start + 12, { side: 'after' })
        await dragSelect(page, at, release)
        expect(await selectedPlace(page)).toEqual({
          from: { paragraphId: paragraph, offset: start },
          to: { paragraphId: paragraph, offset: start + 12 }
        })
        await clearSelection(page)
      }
      // Keyboard focus is as it was: Tab from the section's button reaches the first use.
      const section = page.locator('#countering-the-financing-of-terrorism')
      await section.getByRole('button', { name: /Add a note to the section/ }).focus()
      await page.keyboard.press('Tab')
      await expect(section.locator('abbr[data-term="EAG"]').first()).toBeFocused()
      expect(await tooltipOf(0)).toBe(expansion)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
      expect(results.violations.map((v) => v.id)).toEqual([])
    })
  })
}
