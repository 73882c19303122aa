import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { renderGeneratedContent } from '../../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../../content/test-support'
import type { ProcessedReport } from '../report-model'
import { AnnotationSchema, LIMITS, type Annotation, type TextTarget } from './annotation-model'
import { anchorAnnotation } from './anchoring'
import { placeInEdition } from './placement'
import { textTargetFor } from './select-target'

const report = renderGeneratedContent(BUNDLED_CONTENT_DIR).library.reports[0] as ProcessedReport
const P1 = 'legislation-law-enforcement-and-border-security-p1'
const MOVED_AT = '2026-03-04T05:06:07.000Z'

function paragraphText(r: ProcessedReport, id: string): string {
  return r.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? ''
}

function highlight(phrase: string, on: ProcessedReport = report): Annotation {
  const text = paragraphText(on, P1)
  const start = text.indexOf(phrase)
  return {
    id: 'anno-0001',
    reportId: on.id,
    editionHash: on.contentHash,
    target: textTargetFor({ id: P1, text }, start, start + phrase.length),
    color: 'blue',
    note: 'Check this.',
    tags: ['law'],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z'
  }
}

function edition(hash: string, change: (text: string) => string): ProcessedReport {
  const copy = structuredClone(report)
  const paragraph = copy.sections.flatMap((s) => s.paragraphs).find((p) => p.id === P1)
  if (paragraph) paragraph.text = change(paragraph.text)
  return { ...copy, contentHash: hash.repeat(64) }
}

const textOf = (a: Annotation) => a.target as TextTarget

describe('placing a note in the current edition of its report', () => {
  it('leaves a note alone in the edition it was made on', () => {
    expect(placeInEdition(highlight('wide discretion'), report, MOVED_AT)).toEqual({
      kind: 'settled'
    })
  })

  it('moves a note whose text moved: new selectors from the new text, the old kept as history', () => {
    const note = highlight('Committee for National Security (KNB)')
    const next = edition('b', (t) => `A sentence the editors added. ${t}`)
    const placed = placeInEdition(note, next, MOVED_AT)
    if (placed.kind !== 'moved') throw new Error(placed.kind)
    const { annotation } = placed
    const { start, end } = textOf(annotation).position
    expect(paragraphText(next, P1).slice(start, end)).toBe('Committee for National Security (KNB)')
    expect(annotation).toMatchObject({
      id: note.id,
      editionHash: next.contentHash,
      note: note.note,
      updatedAt: note.updatedAt,
      history: [
        { editionHash: report.contentHash, target: note.target, method: 'quote', movedAt: MOVED_AT }
      ]
    })
    // Next launch: found where it is, nothing to do.
    expect(placeInEdition(annotation, next, MOVED_AT)).toEqual({ kind: 'settled' })
  })

  it('takes the new wording of a passage that was edited', () => {
    const note = highlight('continued to have wide discretion to determine')
    const next = edition('b', (t) => t.replace('wide discretion', 'broad discretion'))
    const placed = placeInEdition(note, next, MOVED_AT)
    if (placed.kind !== 'moved') throw new Error(placed.kind)
    expect(textOf(placed.annotation).quote.exact).toBe(
      'continued to have broad discretion to determine'
    )
    expect(placed.annotation.history?.[0]).toMatchObject({
      method: 'fuzzy',
      target: { quote: { exact: 'continued to have wide discretion to determine' } }
    })
  })

  it('marks a note whose passage was deleted, once per edition, and tries again in the next', () => {
    const note = highlight('abolishing the death penalty')
    const without = edition('b', (t) => t.replace(/President Tokayev[^.]*\./, ''))
    const placed = placeInEdition(note, without, MOVED_AT)
    if (placed.kind !== 'unplaced') throw new Error(placed.kind)
    expect(placed.annotation).toEqual({
      ...note,
      unplacedIn: {
        editionHash: without.contentHash,
        reason: { code: 'textNotInEdition', excerpt: 'abolishing the death penalty' }
      }
    })
    // Not searched for again in that edition; listed as unanchored with the reason kept.
    expect(placeInEdition(placed.annotation, without, MOVED_AT)).toEqual({ kind: 'settled' })
    expect(anchorAnnotation(placed.annotation, without)).toEqual({
      status: 'orphan',
      reason: placed.annotation.unplacedIn?.reason
    })
    // A later edition that has the passage again gets it back, from its original selectors.
    const restored = edition('d', (t) => t)
    const back = placeInEdition(placed.annotation, restored, MOVED_AT)
    if (back.kind !== 'moved') throw new Error(back.kind)
    expect(back.annotation.unplacedIn).toBeUndefined()
    expect(textOf(back.annotation).quote.exact).toBe('abolishing the death penalty')
  })

  it('keeps at most the last places in its history', () => {
    let note = highlight('Committee for National Security (KNB)')
    for (let i = 0; i < LIMITS.historyLength + 3; i++) {
      const next = edition(i % 2 ? 'e' : 'f', (t) => `${'Added. '.repeat(i + 1)}${t}`)
      const placed = placeInEdition(
        note,
        { ...next, contentHash: `${i}`.padStart(64, '0') },
        MOVED_AT
      )
      if (placed.kind !== 'moved') throw new Error(placed.kind)
      note = placed.annotation
    }
    expect(note.history).toHaveLength(LIMITS.historyLength)
  })

  it('always gives a note the store accepts as it is (the store does not check it again)', () => {
    const editions = [
      edition('b', (t) => `Added. ${t}`),
      edition('c', (t) => t.replace('wide discretion', 'broad discretion')),
      edition('d', (t) => t.replace(/President Tokayev[^.]*\./, ''))
    ]
    const phrases = ['wide discretion', 'abolishing the death penalty', 'Committee for National']
    for (const next of editions) {
      for (const phrase of phrases) {
        const placed = placeInEdition(highlight(phrase), next, MOVED_AT)
        if (placed.kind === 'settled') continue
        expect(v.safeParse(AnnotationSchema, placed.annotation).issues).toBeUndefined()
      }
    }
  })

  it('leaves section notes to be found by their section', () => {
    const note: Annotation = {
      ...highlight('wide discretion'),
      target: { kind: 'section', sectionId: 'overview' },
      editionHash: 'c'.repeat(64)
    }
    expect(placeInEdition(note, report, MOVED_AT)).toEqual({ kind: 'settled' })
  })
})
