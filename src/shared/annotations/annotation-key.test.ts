import { describe, expect, it } from 'vitest'
import type { Annotation, NewAnnotation } from './annotation-model'
import { annotationKey } from './annotation-key'

const highlight: Annotation = {
  id: 'anno-0001',
  reportId: 'crt2021-kazakhstan',
  editionHash: 'a'.repeat(64),
  target: {
    kind: 'text',
    paragraphId: 'overview-p1',
    position: { start: 0, end: 10 },
    quote: { exact: 'Kazakhstan', prefix: '', suffix: ' remained on guard' }
  },
  color: 'yellow',
  note: 'Check the 2020 figures.',
  tags: ['follow-up'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

describe('recognizing the same annotation when importing', () => {
  it('treats a copy with another id, times, edition or tags as the same', () => {
    const copy: Annotation = {
      ...highlight,
      id: 'anno-9999',
      editionHash: 'b'.repeat(64),
      tags: ['other'],
      createdAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-03T00:00:00.000Z'
    }
    expect(annotationKey(copy)).toBe(annotationKey(highlight))
  })

  it('matches a new annotation with the same content', () => {
    const draft: NewAnnotation = {
      reportId: highlight.reportId,
      editionHash: highlight.editionHash,
      target: highlight.target,
      color: highlight.color,
      note: highlight.note,
      tags: []
    }
    expect(annotationKey(draft)).toBe(annotationKey(highlight))
  })

  it('tells apart annotations that differ in report, place, quote, note or colour', () => {
    const text = highlight.target.kind === 'text' ? highlight.target : null
    if (!text) throw new Error('text target')
    const variants: Annotation[] = [
      { ...highlight, reportId: 'other-report' },
      { ...highlight, target: { ...text, paragraphId: 'overview-p2' } },
      { ...highlight, target: { ...text, position: { start: 1, end: 10 } } },
      { ...highlight, target: { ...text, quote: { ...text.quote, exact: 'Kazakhstan.' } } },
      { ...highlight, note: 'Check the 2021 figures.' },
      { ...highlight, color: 'blue' },
      { ...highlight, target: { kind: 'section', sectionId: 'overview' } }
    ]
    const keys = new Set([highlight, ...variants].map(annotationKey))
    expect(keys.size).toBe(variants.length + 1)
  })

  it('treats two notes on the same section with the same text as the same', () => {
    const note: Annotation = { ...highlight, target: { kind: 'section', sectionId: 'overview' } }
    const again: Annotation = { ...note, id: 'anno-0002' }
    expect(annotationKey(again)).toBe(annotationKey(note))
  })
})
