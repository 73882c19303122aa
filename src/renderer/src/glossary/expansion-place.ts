/**
 * The expansion shown under an acronym (glossary.css, `::after`): its box is the page's to draw, so
 * its size is worked out here from the same measures: 0.85rem of the interface face, at most
 * min(22rem, 70vw) of text wide with 0.6rem of padding each side, lines 1.35 high.
 */
const FONT_REM = 0.85
const PADDING_X_REM = 0.6
const PADDING_Y_REM = 0.35
const LINE_HEIGHT = 1.35
const MAX_WIDTH_REM = 22
/** Room kept between the expansion and the pane's edge. */
const MARGIN = 8

let canvas: HTMLCanvasElement | null = null

/** How wide a line of `text` is in the expansion's face, in pixels. */
function textWidth(text: string, fontPx: number): number {
  canvas ??= document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) return text.length * fontPx * 0.55
  context.font = `${fontPx}px system-ui, sans-serif`
  return context.measureText(text).width
}

/**
 * Where an acronym's expansion goes so that all of it is inside the text pane in view: `shift`
 * moves it left from the acronym's start (never past the pane's left edge), and `above` puts it
 * over the word when there is no room below. A pane never scrolls sideways for it.
 */
export function placeExpansion(
  term: HTMLElement,
  pane: HTMLElement
): { shift: number; above: boolean } {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const fontPx = FONT_REM * rem
  const maxWidth = Math.min(MAX_WIDTH_REM * rem, window.innerWidth * 0.7)
  // max-width holds the text; the padding comes on top of it.
  const natural = textWidth(term.dataset.expansion ?? '', fontPx)
  const width = Math.min(natural, maxWidth) + 2 * PADDING_X_REM * rem
  const lines = Math.ceil(natural / maxWidth)
  const height = lines * fontPx * LINE_HEIGHT + 2 * PADDING_Y_REM * rem

  const box = term.getBoundingClientRect()
  const view = pane.getBoundingClientRect()
  const left = view.left + pane.clientLeft
  const right = left + pane.clientWidth
  const bottom = view.top + pane.clientTop + pane.clientHeight
  const overflow = box.left + width - (right - MARGIN)
  const shift = overflow > 0 ? -Math.min(overflow, Math.max(0, box.left - left - MARGIN)) : 0
  const above = box.bottom + 0.35 * rem + height > bottom && box.top - height > view.top
  return { shift: Math.round(shift), above }
}
