import { COLOR_IDS, type Annotation } from '../../src/shared/annotations/annotation-model'
import { textTargetFor } from '../../src/shared/annotations/select-target'
import type { ProcessedReport } from '../../src/shared/report-model'
import { mulberry32 } from '../../src/shared/seeded-random'

/**
 * Notes as an analyst makes them on the bundled report, for the notes benchmarks: highlights of
 * real passages (a few words to a few sentences), each with a note of real prose from elsewhere
 * (README files of the installed packages), a colour and a tag. `foreign` of them (0 to 1) carry
 * long quotes of that other prose on an older edition instead: nothing in the report matches them,
 * the case that once cost 13.5 s at every launch for 1,500 notes. Deterministic for a seed.
 */
export function benchNotes(
  report: ProcessedReport,
  prose: string[],
  count: number,
  {
    foreign = 0,
    seed = 42,
    idPrefix = 'bench'
  }: { foreign?: number; seed?: number; idPrefix?: string } = {}
): Annotation[] {
  const next = mulberry32(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const paragraphs = report.sections.flatMap((s) => s.paragraphs)
  return Array.from({ length: count }, (_, i) => {
    const paragraph = pick(paragraphs)
    const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
    const base = {
      id: `${idPrefix}-${String(i).padStart(8, '0')}`,
      reportId: report.id,
      editionHash: report.contentHash,
      color: pick(COLOR_IDS),
      note: pick(prose),
      tags: [`tag-${i % 13}`],
      createdAt: at,
      updatedAt: at
    }
    if (next() >= foreign) return { ...base, target: passageOf(paragraph, next) }
    let exact = ''
    while (exact.length < 400) exact += `${pick(prose)} `
    exact = exact.trim().slice(0, 400 + Math.floor(next() * 1200))
    return {
      ...base,
      editionHash: 'c'.repeat(64),
      target: {
        kind: 'text' as const,
        paragraphId: paragraph.id,
        position: { start: 0, end: exact.length },
        quote: { exact, prefix: pick(prose).slice(0, 32), suffix: pick(prose).slice(0, 32) }
      }
    }
  })
}

/** A run of 3 to 30 whole words of a paragraph, as a highlight's target. */
export function passageOf(paragraph: { id: string; text: string }, next: () => number) {
  const words = [...paragraph.text.matchAll(/\S+/g)]
  const first = Math.floor(next() * Math.max(1, words.length - 3))
  const last = Math.min(words.length - 1, first + 2 + Math.floor(next() * 28))
  const start = (words[first] as RegExpMatchArray).index as number
  const lastWord = words[last] as RegExpMatchArray
  return textTargetFor(paragraph, start, (lastWord.index as number) + lastWord[0].length)
}
