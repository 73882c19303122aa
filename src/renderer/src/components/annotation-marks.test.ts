import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/annotations/annotation-model'
import type { AnnotationView } from '../../../shared/ipc-contract'
import { annotationMarks } from './annotation-marks'
import { createTranslator } from '../../../shared/i18n/translator'

const paragraphs = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, text: `Text of ${id}.` }))

/** A highlight from `start` in one paragraph to `end` in another, placed in this edition. */
function highlight(
  id: string,
  from: string,
  start: number,
  to: string,
  end: number
): AnnotationView {
  const annotation = {
    id,
    reportId: 'report',
    color: 'yellow',
    note: '',
    tags: [],
    target: { kind: 'text', paragraphId: from, quote: { exact: 'x', prefix: '', suffix: '' } }
  } as unknown as Annotation
  return {
    annotation,
    anchor: {
      status: 'anchored',
      method: 'position',
      sectionId: 's',
      paragraphId: from,
      ...(to !== from ? { endParagraphId: to } : {}),
      start,
      end
    },
    section: { heading: 'S', index: 0 }
  }
}

const pieces = (marks: ReturnType<typeof annotationMarks>) =>
  [...marks.highlightsByParagraph].map(([id, list]) =>
    list.map(
      (m) => `${id}:${m.start}-${m.end}${m.startsHere ? ' start' : ''}${m.endsHere ? ' end' : ''}`
    )
  )

const WORDS = { t: createTranslator('en'), colorLabel: (color: string) => color }

describe('the marks of highlights over some paragraphs', () => {
  it('draw a highlight over several paragraphs as a piece in each', () => {
    const marks = annotationMarks(paragraphs, [highlight('h', 'p1', 5, 'p3', 4)], WORDS)
    expect(pieces(marks)).toEqual([['p1:5-11 start'], ['p2:0-11'], ['p3:0-4 end']])
  })

  it('draw the part inside when a column shows only some of the paragraphs', () => {
    const section = paragraphs.slice(1, 3)
    const fromBefore = annotationMarks(section, [highlight('h', 'p1', 5, 'p2', 4)], WORDS)
    expect(pieces(fromBefore)).toEqual([['p2:0-4 start end']])
    const toAfter = annotationMarks(section, [highlight('h', 'p3', 2, 'p4', 4)], WORDS)
    expect(pieces(toAfter)).toEqual([['p3:2-11 start end']])
  })

  it('leave out a highlight wholly outside the paragraphs', () => {
    const marks = annotationMarks(paragraphs.slice(2), [highlight('h', 'p1', 0, 'p2', 3)], WORDS)
    expect(marks.highlightsByParagraph.size).toBe(0)
  })
})
