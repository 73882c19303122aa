import type { Formatter } from './formatter'

/** Decimal units, as a file manager shows them on most systems: 1 MB = 1,000,000 bytes. */
const KB = 1000
const MB = 1000 * KB

/**
 * "640 KB", "5.0 MB", "52 MB", "1.5 GB": a size in the units people read, in the words of `say`
 * (build.size: "5,0 МБ" in Russian). The build's lines and main's messages both say sizes so.
 */
export function fileSize(bytes: number, say: Formatter): string {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 }
  const size = (unit: string, amount: string) => say('fileSize', { unit, amount })
  if (bytes < MB) return size('kilobytes', say.number(Math.max(1, Math.round(bytes / KB))))
  if (bytes >= 1000 * MB) return size('gigabytes', say.number(bytes / (1000 * MB), oneDecimal))
  const mb = bytes / MB
  return size('megabytes', mb < 10 ? say.number(mb, oneDecimal) : say.number(Math.round(mb)))
}
