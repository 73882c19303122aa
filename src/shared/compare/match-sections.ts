import type { EditionText } from './edition-sentences'
import type { SentencePairing } from './pair-sentences'

/**
 * Which section of the old edition each section of the new one is, in four passes, each over the
 * sections still unmatched:
 * 1. the same heading, up to case, punctuation and spaces ("Border Security" = "Border security:"),
 *    where it is the only section with that heading on both sides;
 * 2. the same heading but for its years ("2021 Terrorist Incidents" = "2022 Terrorist Incidents"),
 *    also only where that is unique;
 * 3. the same text: at least half of the shorter section's sentences are paired with sentences of
 *    the other (a renamed section), the sections sharing most first;
 * 4. headings that repeat (two "Overview" sections): in order.
 */

/** `oldToNew[s]`: the new section matched with old section s, or -1 (and the reverse). */
export interface SectionMatching {
  oldToNew: Int32Array
  newToOld: Int32Array
}

export function headingKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** 1800 to 2099: a number like 2396 (a resolution) is not a year. */
const YEAR = /\b(?:1[89]|20)\d\d\b/g

export function yearlessKey(heading: string): string {
  return headingKey(heading).replace(YEAR, '#')
}

export function matchSections(
  before: EditionText,
  after: EditionText,
  pairing: SentencePairing
): SectionMatching {
  const matching: SectionMatching = {
    oldToNew: new Int32Array(before.sections.length).fill(-1),
    newToOld: new Int32Array(after.sections.length).fill(-1)
  }
  const link = (o: number, n: number): void => {
    matching.oldToNew[o] = n
    matching.newToOld[n] = o
  }
  const oldHeadings = before.sections.map((s) => s.heading)
  const newHeadings = after.sections.map((s) => s.heading)

  for (const key of [headingKey, yearlessKey]) {
    const olds = unmatchedByKey(oldHeadings, matching.oldToNew, key)
    const news = unmatchedByKey(newHeadings, matching.newToOld, key)
    for (const [k, o] of olds) {
      const n = news.get(k)
      if (o.length === 1 && n?.length === 1) link(o[0] as number, n[0] as number)
    }
  }

  // Sentences paired between each two unmatched sections.
  const shared = new Map<string, { old: number; new: number; count: number }>()
  after.sentences.forEach((sentence) => {
    const partner = pairing.newPartner[sentence.index] as number
    if (partner === -1 || matching.newToOld[sentence.section] !== -1) return
    const oldSection = (before.sentences[partner] as { section: number }).section
    if (matching.oldToNew[oldSection] !== -1) return
    const id = `${oldSection}/${sentence.section}`
    const entry = shared.get(id) ?? { old: oldSection, new: sentence.section, count: 0 }
    entry.count++
    shared.set(id, entry)
  })
  const size = (text: EditionText, s: number) => {
    const section = text.sections[s] as { first: number; end: number }
    return section.end - section.first
  }
  const byContent = [...shared.values()]
    .filter((e) => e.count * 2 >= Math.min(size(before, e.old), size(after, e.new)))
    .sort((a, b) => b.count - a.count || a.new - b.new || a.old - b.old)
  for (const { old, new: n } of byContent) {
    if (matching.oldToNew[old] === -1 && matching.newToOld[n] === -1) link(old, n)
  }

  const olds = unmatchedByKey(oldHeadings, matching.oldToNew, headingKey)
  const news = unmatchedByKey(newHeadings, matching.newToOld, headingKey)
  for (const [k, o] of olds) {
    const n = news.get(k) ?? []
    for (let i = 0; i < Math.min(o.length, n.length); i++) link(o[i] as number, n[i] as number)
  }
  return matching
}

function unmatchedByKey(
  headings: readonly string[],
  matched: Int32Array,
  key: (heading: string) => string
): Map<string, number[]> {
  const byKey = new Map<string, number[]>()
  headings.forEach((heading, s) => {
    if (matched[s] !== -1) return
    const k = key(heading)
    const list = byKey.get(k)
    if (list) list.push(s)
    else byKey.set(k, [s])
  })
  return byKey
}
