/** A box on screen, in viewport coordinates. */
export interface Box {
  top: number
  left: number
  bottom: number
  right: number
}

/** Where a selection is on screen, for placing what is offered for it. */
export interface SelectionPlace {
  /** The first and last lines of the selection that are in view. */
  first: Box
  last: Box
  /** Whether the selection was made from its end back to its start (the pointer is at `first`). */
  backwards: boolean
  /** The part of the text pane in view: the toolbar stays inside it, off the sidebar. */
  pane: Box
  /** What must stay readable: the headings in view. */
  avoid: readonly Box[]
}

/** Room kept between the toolbar and the pane's edges or the selection. */
export const TOOLBAR_MARGIN = 8

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Where the selection toolbar goes: next to the end of the selection the pointer let go at (below
 * its last line after a drag forwards, above its first line after one backwards), or the other
 * side when that one leaves the pane or has a heading in the way. A heading in the way is stepped
 * over (the toolbar goes on past it, never over it) when both sides have one; always inside the
 * pane in view.
 */
export function placeToolbar(
  size: { width: number; height: number },
  place: SelectionPlace
): { top: number; left: number } {
  const { pane } = place
  const minLeft = pane.left + TOOLBAR_MARGIN
  const maxLeft = Math.max(minLeft, pane.right - size.width - TOOLBAR_MARGIN)
  const minTop = pane.top + TOOLBAR_MARGIN
  const maxTop = Math.max(minTop, pane.bottom - size.height - TOOLBAR_MARGIN)
  const headingUnder = (top: number, left: number) =>
    place.avoid.find((heading) =>
      overlaps({ top, left, bottom: top + size.height, right: left + size.width }, heading)
    )
  // From a place, going down or up, past any heading in the way.
  const pastHeadings = (from: number, left: number, down: boolean) => {
    let top = from
    let heading = headingUnder(top, left)
    while (heading) {
      top = down ? heading.bottom + TOOLBAR_MARGIN : heading.top - size.height - TOOLBAR_MARGIN
      heading = headingUnder(top, left)
    }
    return top
  }
  // From a line, going down (below it) or up (above it).
  const beside = (line: Box, down: boolean) => {
    const left = Math.min(Math.max(line.left, minLeft), maxLeft)
    const next = down ? line.bottom + TOOLBAR_MARGIN : line.top - size.height - TOOLBAR_MARGIN
    const top = pastHeadings(next, left, down)
    return { top, left, stepped: Math.abs(top - next) }
  }
  const candidates = place.backwards
    ? [beside(place.first, false), beside(place.last, true)]
    : [beside(place.last, true), beside(place.first, false)]
  const fits = ({ top }: { top: number }) => top >= minTop && top <= maxTop
  // Of the sides that fit, the one that steps over the least (none, if it can).
  const chosen = candidates.filter(fits).sort((a, b) => a.stepped - b.stepped)[0]
  if (chosen) return { top: chosen.top, left: chosen.left }
  // Neither side fits (a selection that fills the pane): inside the pane, clear of the headings.
  const clamp = (top: number) => Math.min(Math.max(top, minTop), maxTop)
  const { left } = candidates[0] as { left: number }
  const preferred = clamp((candidates[0] as { top: number }).top)
  for (const start of [preferred, minTop]) {
    const top = pastHeadings(start, left, true)
    if (top <= maxTop) return { top, left }
  }
  return { top: preferred, left }
}
