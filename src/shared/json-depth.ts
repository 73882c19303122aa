/**
 * How deeply arrays and objects nest in a JSON text, found in one pass without parsing it, or
 * `Infinity` as soon as it passes `limit`. A file of a million `[` takes JSON.parse tens of
 * seconds and makes recursive readers overflow the stack; this lets a reader refuse it first.
 * Brackets inside strings do not count. The text need not be valid JSON.
 */
export function jsonNestingDepth(text: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === 0x5c /* \ */) i++
      else if (code === 0x22 /* " */) inString = false
    } else if (code === 0x22) {
      inString = true
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return Infinity
      }
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--
    }
  }
  return deepest
}
