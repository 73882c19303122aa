import { describe, expect, it } from 'vitest'
import { placeToolbar, TOOLBAR_MARGIN, type Box, type SelectionPlace } from './toolbar-place'

const box = (top: number, left: number, bottom: number, right: number): Box => ({
  top,
  left,
  bottom,
  right
})
/** A text pane right of a 312 px sidebar, below a 46 px toolbar, in a 1280×800 window. */
const PANE = box(46, 313, 800, 1280)
const SIZE = { width: 600, height: 40 }
const line = (top: number, left = 450) => box(top, left, top + 28, left + 500)

function place(overrides: Partial<SelectionPlace>): SelectionPlace {
  return {
    first: line(300),
    last: line(360),
    backwards: false,
    pane: PANE,
    avoid: [],
    ...overrides
  }
}

describe('where the selection toolbar goes', () => {
  it('below the last line after a drag forwards, above the first after one backwards', () => {
    expect(placeToolbar(SIZE, place({}))).toEqual({ top: 388 + TOOLBAR_MARGIN, left: 450 })
    expect(placeToolbar(SIZE, place({ backwards: true }))).toEqual({
      top: 300 - 40 - TOOLBAR_MARGIN,
      left: 450
    })
  })

  it('never over the heading above: it goes below the selection instead', () => {
    const heading = box(255, 450, 290, 900)
    expect(placeToolbar(SIZE, place({ backwards: true, avoid: [heading] })).top).toBe(
      388 + TOOLBAR_MARGIN
    )
  })

  it('steps over a heading when both sides have one (the shorter step), covering neither', () => {
    const above = box(255, 450, 292, 900)
    const below = box(400, 450, 460, 900)
    const { top } = placeToolbar(SIZE, place({ avoid: [above, below] }))
    expect(top).toBe(255 - 40 - TOOLBAR_MARGIN)
    const taller = box(200, 450, 292, 900)
    expect(placeToolbar(SIZE, place({ avoid: [taller, below] })).top).toBe(460 + TOOLBAR_MARGIN)
  })

  it('inside the pane: never over the sidebar, never above or below the pane', () => {
    // A selection starting at the window's left edge (as a runaway drag once made).
    const far = placeToolbar(SIZE, place({ first: line(300, 0), last: line(300, 0) }))
    expect(far.left).toBe(PANE.left + TOOLBAR_MARGIN)
    // At the pane's bottom: above instead.
    const low = placeToolbar(SIZE, place({ first: line(700), last: line(770) }))
    expect(low.top).toBe(700 - 40 - TOOLBAR_MARGIN)
    // A selection filling the pane: inside it all the same.
    const full = placeToolbar(SIZE, place({ first: line(40), last: line(790) }))
    expect(full.top).toBeGreaterThanOrEqual(PANE.top + TOOLBAR_MARGIN)
    expect(full.top + SIZE.height).toBeLessThanOrEqual(PANE.bottom - TOOLBAR_MARGIN)
    // Too wide to start at the selection: moved left, still inside.
    const right = placeToolbar(SIZE, place({ last: line(360, 1200) }))
    expect(right.left + SIZE.width).toBeLessThanOrEqual(PANE.right - TOOLBAR_MARGIN)
  })

  it('a selection filling the pane, with a heading at its top: the toolbar is in the pane, off the heading', () => {
    // A drag up into the app's toolbar that scrolled the pane: the selection runs from the pane's
    // top to below its bottom, and a section's heading is where the toolbar would be pressed to.
    const heading = box(PANE.top + 20, 420, PANE.top + 70, 1000)
    for (const backwards of [true, false]) {
      const { top } = placeToolbar(
        SIZE,
        place({ first: line(PANE.top + 2), last: line(790), backwards, avoid: [heading] })
      )
      expect(top).toBeGreaterThanOrEqual(PANE.top + TOOLBAR_MARGIN)
      expect(top + SIZE.height).toBeLessThanOrEqual(PANE.bottom - TOOLBAR_MARGIN)
      const coversHeading = top < heading.bottom && heading.top < top + SIZE.height
      expect(coversHeading).toBe(false)
    }
  })
})
