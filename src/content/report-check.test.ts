import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { damagedCopies } from '../../test/support/damaged-json'
import { ProcessedReportSchema, type ProcessedReport } from '../shared/report-model'
import { checkProcessedReport } from './report-check'

/** The schema's verdict: its output, or null. */
const bySchema = (json: unknown) => {
  const parsed = v.safeParse(ProcessedReportSchema, json)
  return parsed.success ? parsed.output : null
}

/** A report with every field the build can write: levels, every kind of block, marks, pages. */
const richReport: ProcessedReport = {
  id: 'field-guide',
  format: 'markdown',
  sourceFile: 'field-guide.md',
  metadata: {
    title: 'Field Guide',
    publisher: 'Test Publisher',
    sourceUrl: 'https://example.org/guide',
    edition: '2026'
  },
  contentHash: 'b'.repeat(64),
  sections: [
    {
      id: 'overview',
      heading: 'Overview',
      paragraphs: [
        {
          id: 'overview-p1',
          text: 'Plain words, with emphasis and a link[1].',
          marks: [
            { start: 13, end: 21, kind: 'emphasis' },
            { start: 28, end: 32, kind: 'link', href: 'https://example.org' }
          ],
          footnoteRefs: [{ start: 32, end: 35, label: '1' }],
          page: 3
        },
        {
          id: 'overview-p2',
          text: 'An item',
          block: { kind: 'list-item', ordered: false, depth: 2 }
        },
        {
          id: 'overview-p3',
          text: 'A numbered item',
          block: { kind: 'list-item', ordered: true, depth: 1, number: 4 }
        }
      ]
    },
    {
      id: 'details',
      heading: 'Details',
      level: 2,
      paragraphs: [
        {
          id: 'details-p1',
          text: 'Year | Cases',
          block: {
            kind: 'table-row',
            table: 1,
            header: true,
            cells: [
              [0, 4],
              [7, 12]
            ]
          }
        },
        { id: 'details-p2', text: 'Quoted words.', block: { kind: 'quote' } },
        { id: 'details-p3', text: 'npm run build', block: { kind: 'code' } },
        { id: 'details-p4', text: 'The footnote.', block: { kind: 'footnote', label: '1' } }
      ]
    },
    { id: 'empty', heading: 'An empty section', level: 4, paragraphs: [] }
  ]
}

describe('the check of a report as the window first shows it', () => {
  const valid = JSON.parse(JSON.stringify(richReport)) as unknown

  it('accepts what the build writes, every field kept, as the schema does', () => {
    expect(checkProcessedReport(valid)).toEqual(bySchema(valid))
    expect(checkProcessedReport(valid)).toEqual(richReport)
  })

  it('gives the schema’s verdict on thousands of damaged and hostile reports', () => {
    let rejected = 0
    for (const json of damagedCopies(valid, 4000, 17)) {
      const expected = bySchema(json)
      expect(checkProcessedReport(json), JSON.stringify(json)).toEqual(expected)
      if (expected === null) rejected++
    }
    expect(rejected).toBeGreaterThan(1500)
    for (const input of [null, [], 'x', 1, { id: 'a' }]) {
      expect(checkProcessedReport(input)).toBeNull()
      expect(bySchema(input)).toBeNull()
    }
  })

  it.each([
    ['a missing field', (r: Damaged) => delete r.sections[0]?.paragraphs[0]?.text],
    ['text that is not text', (r: Damaged) => setIn(r, [0, 0, 'text'], 42)],
    [
      'a negative offset',
      (r: Damaged) => setIn(r, [0, 0, 'footnoteRefs'], [{ start: -1, end: 2, label: '1' }])
    ],
    [
      'an offset that is not whole',
      (r: Damaged) => setIn(r, [0, 0, 'marks'], [{ start: 1.5, end: 2, kind: 'strong' }])
    ],
    [
      'a table cell without its end',
      (r: Damaged) =>
        setIn(r, [1, 0, 'block'], { kind: 'table-row', table: 1, header: false, cells: [[0]] })
    ],
    ['a block of an unknown kind', (r: Damaged) => setIn(r, [1, 1, 'block'], { kind: 'video' })],
    [
      'a heading level out of range',
      (r: Damaged) => ((r.sections[1] as Damaged['sections'][number]).level = 5)
    ],
    ['text nested in arrays', (r: Damaged) => setIn(r, [0, 0, 'text'], [[['deep']]])]
  ])('refuses %s, as the schema does', (_, damage) => {
    const report = structuredClone(richReport) as unknown as Damaged
    damage(report)
    expect(bySchema(report)).toBeNull()
    expect(checkProcessedReport(report)).toBeNull()
  })

  it('leaves out fields it does not know, as the schema does', () => {
    const report = structuredClone(richReport) as unknown as Damaged
    setIn(report, [0, 0, 'comment'], { nested: [1, 2, 3] })
    expect(checkProcessedReport(report)).toEqual(richReport)
    expect(bySchema(report)).toEqual(richReport)
  })
})

type Damaged = {
  sections: { level?: unknown; paragraphs: Record<string, unknown>[] }[]
}

function setIn(
  report: Damaged,
  [section, paragraph, key]: [number, number, string],
  value: unknown
) {
  const target = report.sections[section]?.paragraphs[paragraph]
  if (!target) throw new Error('no such paragraph')
  target[key] = value
}
