import {
  blockKind,
  sectionLevel,
  type BlockKind,
  type ProcessedReport
} from '../shared/report-model'

/**
 * What came out of a report file, for a trainer to check a build at a glance (build-content
 * --outline): its sections, indented by level, with how many blocks of each kind they hold and,
 * for a PDF, the pages they come from.
 *
 *   crt2021-kyrgyz-republic.txt: 3 sections, 6 blocks
 *     Overview: 1 paragraph
 *     Legislation, Law Enforcement, and Border Security: 1 paragraph, 3 list items
 */

const KIND_NAMES: Record<BlockKind, [string, string]> = {
  paragraph: ['paragraph', 'paragraphs'],
  'list-item': ['list item', 'list items'],
  'table-row': ['table row', 'table rows'],
  quote: ['quote paragraph', 'quote paragraphs'],
  footnote: ['footnote', 'footnotes'],
  code: ['code block', 'code blocks']
}

export function reportOutline(report: ProcessedReport): string[] {
  const blocks = report.sections.reduce((sum, s) => sum + s.paragraphs.length, 0)
  const head = `${report.sourceFile}: ${count(report.sections.length, ['section', 'sections'])}, ${count(blocks, ['block', 'blocks'])}`
  return [
    head,
    ...report.sections.map((section) => {
      const kinds = new Map<BlockKind, number>()
      for (const p of section.paragraphs)
        kinds.set(blockKind(p), (kinds.get(blockKind(p)) ?? 0) + 1)
      const parts = [...kinds].map(([kind, n]) => count(n, KIND_NAMES[kind]))
      const pages = [...new Set(section.paragraphs.flatMap((p) => (p.page ? [p.page] : [])))]
      if (pages.length > 0) {
        const [first, last] = [Math.min(...pages), Math.max(...pages)]
        parts.push(first === last ? `page ${first}` : `pages ${first}–${last}`)
      }
      const indent = '  '.repeat(sectionLevel(section))
      return `${indent}${section.heading}: ${parts.length > 0 ? parts.join(', ') : 'no text'}`
    })
  ]
}

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`
}
