/**
 * Every count the reader sees ("1,502 notes", "Notes (1,502)", "4,000 of 20,000") goes through
 * here, so large numbers are grouped the same way everywhere. English, like every other word of
 * the window today; the i18n branch is to pass the reader's locale in this one place.
 */
const COUNT_FORMAT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** A count as the reader reads it: 1502 → "1,502". */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n)
}

/** A count with its noun: (1, 'note', 'notes') → "1 note"; (1502, …) → "1,502 notes". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}
