import type { EditionChange } from './change-model'
import type { ComparableReport } from './edition-sentences'

/**
 * Where each change is shown in the text of the new edition: after the block it ends in. Text
 * that is gone is shown after the block of the same id (the same place in its section), else
 * after the last block of its section; a heading's change is not (the heading shows itself).
 */
export function changesByBlock<C extends EditionChange>(
  changes: readonly C[],
  report: ComparableReport
): Map<string, C[]> {
  const blocks = new Set<string>()
  const lastOfSection = new Map<string, string>()
  for (const section of report.sections) {
    for (const block of section.paragraphs) blocks.add(block.id)
    const last = section.paragraphs.at(-1)
    if (last) lastOfSection.set(section.id, last.id)
  }
  const placed = new Map<string, C[]>()
  for (const change of changes) {
    const at = placeOf(change, blocks, lastOfSection)
    if (at) placed.set(at, [...(placed.get(at) ?? []), change])
  }
  return placed
}

function placeOf(
  change: EditionChange,
  blocks: Set<string>,
  lastOfSection: Map<string, string>
): string | undefined {
  if (change.unit === 'heading') return undefined
  const now = change.newSpans.at(-1)?.paragraphId
  if (now) return now
  const was = change.oldSpans.at(-1)?.paragraphId
  if (was && blocks.has(was)) return was
  return change.newSection ? lastOfSection.get(change.newSection.id) : undefined
}
