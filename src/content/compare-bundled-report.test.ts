import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TextSpan } from '../shared/compare/change-model'
import { compareEditions } from '../shared/compare/compare-editions'
import type { ProcessedReport } from '../shared/report-model'
import { buildReport } from './build-library'
import { BUNDLED_REPORT_FILE, sampleMetadata } from './test-support'

/** The bundled report against a copy made from its raw text by explicit edits, both built by the pipeline. */

const raw = readFileSync(BUNDLED_REPORT_FILE, 'utf8')
const build = (text: string) =>
  buildReport({
    id: 'crt2021-kazakhstan',
    format: 'text',
    sourceFile: 'crt2021-kazakhstan.txt',
    path: BUNDLED_REPORT_FILE,
    text,
    metadata: sampleMetadata()
  })

function edit(text: string, from: string | RegExp, to: string): string {
  expect(text).toMatch(from)
  return text.replace(from, to)
}

const MOVED = raw.indexOf('Kazakhstani law bans its citizens')
const movedParagraph = raw.slice(MOVED, raw.indexOf('\n', MOVED))

let edited = edit(
  raw,
  'homegrown terrorist attacks.',
  'homegrown terrorist attacks.  It opened a new rehabilitation center in Almaty.'
)
edited = edit(edited, '2021 Terrorist Incidents:', '2022 Terrorist Incidents:')
edited = edit(edited, 'have wide discretion', 'have broad discretion')
edited = edit(edited, `${movedParagraph}\n\n`, '')
edited = edit(edited, 'to screen travelers.', `to screen travelers.\n\n${movedParagraph}`)
edited = edit(edited, 'piloted several initiatives', 'piloted four initiatives')
// The raw capture has a no-break space before this sentence.
edited = edit(edited, /\s+Aktau and Karaganda are members of the Strong Cities Network\./, '')

describe('the bundled report against an edited copy', () => {
  it('is edited as the test means', () => {
    expect(MOVED).toBeGreaterThan(0)
    expect(movedParagraph).toMatch(/^Kazakhstani law .* seven children\.$/)
  })

  const before = build(raw)
  const after = build(edited)
  const changes = compareEditions(before, after)
  const textAt = (report: ProcessedReport, span: TextSpan) =>
    report.sections
      .flatMap((section) => section.paragraphs)
      .find((p) => p.id === span.paragraphId)
      ?.text.slice(span.start, span.end)

  it('finds no change in the report against itself', () => {
    expect(compareEditions(before, build(raw))).toEqual([])
  })

  it('finds each edit once, in the new edition’s reading order', () => {
    expect(changes.map((c) => `${c.kind} ${c.unit} in ${c.newSection?.heading}`)).toEqual([
      'inserted sentence in Overview',
      'modified heading in 2022 Terrorist Incidents',
      'modified sentence in Legislation, Law Enforcement, and Border Security',
      'moved paragraph in Legislation, Law Enforcement, and Border Security',
      'deleted sentence in Countering Violent Extremism',
      'modified sentence in International and Regional Cooperation'
    ])
  })

  it('gives each change its text, words and places', () => {
    const [inserted, heading, modified, moved, deleted, usAgency] = changes
    expect(inserted?.newText).toBe('It opened a new rehabilitation center in Almaty.')
    expect(inserted?.newSpans.map((span) => span.paragraphId)).toEqual(['overview-p1'])
    expect(textAt(after, inserted?.newSpans[0] as TextSpan)).toBe(inserted?.newText)
    expect(heading?.parts).toEqual([
      { kind: 'removed', text: '2021 ' },
      { kind: 'added', text: '2022 ' },
      { kind: 'same', text: 'Terrorist Incidents' }
    ])
    expect(modified?.parts?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'wide ' },
      { kind: 'added', text: 'broad ' }
    ])
    expect(moved?.oldSpans.map((s) => s.paragraphId)).toEqual(
      Array(3).fill('legislation-law-enforcement-and-border-security-p2')
    )
    expect(moved?.newSpans.map((s) => s.paragraphId)).toEqual(
      Array(3).fill('legislation-law-enforcement-and-border-security-p4')
    )
    expect(moved?.newText).toBe(movedParagraph.replace(/\s+/g, ' '))
    expect(moved?.oldSpans.map((span) => textAt(before, span))).toEqual(
      moved?.newSpans.map((span) => textAt(after, span))
    )
    expect(deleted).toMatchObject({
      oldText: 'Aktau and Karaganda are members of the Strong Cities Network.',
      newSection: { id: 'countering-violent-extremism' }
    })
    // "the U.S. Agency…" is one sentence, not two: the whole sentence is the one modified.
    expect(usAgency?.oldText).toMatch(
      /^For example, the U\.S\. Agency for International Development piloted several/
    )
  })
})
