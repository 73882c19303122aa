/**
 * +1 where the line runs left to right, -1 where it runs right to left (Arabic): what a step to the
 * right means along the line at `element`. Arrow keys and drags that move along the line use it, so
 * the mirrored layout moves the way the reader sees it.
 */
export function inlineSign(element: Element): 1 | -1 {
  return getComputedStyle(element).direction === 'rtl' ? -1 : 1
}
