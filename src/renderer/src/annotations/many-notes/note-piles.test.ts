import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../../shared/annotations/annotation-model'
import type { AnnotationView } from '../../../../shared/ipc-contract'
import { annotationMarks } from '../../components/annotation-marks'
import { createTranslator } from '../../../../shared/i18n/translator'
import { MAX_SEPARATE, notePiles } from './note-piles'

const english = createTranslator('en')
const WORDS = {
  t: english,
  colorLabel: (color: string) => english(`color.${color}` as 'color.yellow')
}

const paragraphs = ['p1', 'p2', 'p3'].map((id) => ({ id, text: `The text of paragraph ${id}.` }))

let made = 0
/** A highlight of `start`–`end` in `paragraph` (to `endParagraph`), made after the last one. */
function highlight(paragraph: string, start: number, end: number, endParagraph = paragraph) {
  made++
  const annotation = {
    id: `n${made}`,
    reportId: 'report',
    color: made % 2 ? 'yellow' : 'blue',
    note: `Note ${made}`,
    tags: [],
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, made)).toISOString(),
    target: { kind: 'text', paragraphId: paragraph, quote: { exact: 'x', prefix: '', suffix: '' } }
  } as unknown as Annotation
  return {
    annotation,
    anchor: {
      status: 'anchored',
      method: 'position',
      sectionId: 's',
      paragraphId: paragraph,
      ...(endParagraph !== paragraph ? { endParagraphId: endParagraph } : {}),
      start,
      end
    },
    section: { heading: 'S', index: 0 }
  } as AnnotationView
}

const marksIn = (views: AnnotationView[]) =>
  [...annotationMarks(paragraphs, views, WORDS).highlightsByParagraph.values()].flat()

describe('notes piled on the text', () => {
  it('draw 10,000 notes on one passage as one mark with their count, the newest note’s', () => {
    const views = Array.from({ length: 10_000 }, () => highlight('p2', 4, 8))
    const marks = marksIn(views)
    expect(marks).toHaveLength(1)
    expect(marks[0]).toMatchObject({
      start: 4,
      end: 8,
      count: 10_000,
      id: views.at(-1)?.annotation.id
    })
    expect(marks[0]?.description).toMatch(/^10,000 notes on this passage/)
  })

  it('draw 20,000 notes on ten passages as ten marks', () => {
    const passages = Array.from(
      { length: 10 },
      (_, k) => [`p${(k % 3) + 1}`, k * 2, k * 2 + 1] as const
    )
    const views = Array.from({ length: 20_000 }, (_, i) => {
      const [p, s, e] = passages[i % 10] as readonly [string, number, number]
      return highlight(p, s, e)
    })
    const marks = marksIn(views)
    expect(marks).toHaveLength(10)
    expect(marks.every((m) => m.count === 2_000)).toBe(true)
  })

  it('keep a few overlapping highlights apart, each its own mark', () => {
    const views = [highlight('p1', 0, 10), highlight('p1', 5, 15)]
    expect(marksIn(views).map((m) => [m.start, m.end, m.count])).toEqual([
      [0, 10, undefined],
      [5, 15, undefined]
    ])
  })

  it('draw more highlights piled over one another than can be told apart as one mark over all of them', () => {
    const views = Array.from({ length: MAX_SEPARATE + 1 }, (_, i) => highlight('p1', i, i + 6))
    const piles = notePiles(paragraphs, views)
    expect(piles).toHaveLength(1)
    expect(piles[0]).toMatchObject({ samePassage: false, from: { index: 0, offset: 0 } })
    expect(piles[0]?.to).toEqual({ index: 0, offset: MAX_SEPARATE + 6 })
    expect(marksIn(views)[0]?.description).toMatch(/^5 notes on passages that overlap here/)
  })

  it('keep highlights that only touch apart', () => {
    const views = Array.from({ length: 8 }, (_, i) => highlight('p3', i * 2, i * 2 + 2))
    expect(marksIn(views)).toHaveLength(8)
  })

  it('draw a pile over several paragraphs as a piece in each, its count on the last', () => {
    const views = [highlight('p1', 4, 3, 'p3'), highlight('p1', 4, 3, 'p3')]
    const marks = annotationMarks(paragraphs, views, WORDS).highlightsByParagraph
    expect([...marks.keys()]).toEqual(['p1', 'p2', 'p3'])
    expect(marks.get('p3')?.[0]).toMatchObject({ start: 0, end: 3, endsHere: true, count: 2 })
    expect(marks.get('p1')?.[0]).toMatchObject({ start: 4, startsHere: true, endsHere: false })
  })

  it('still print every note of a pile after its paragraph', () => {
    const views = Array.from({ length: 30 }, () => highlight('p2', 0, 3))
    const print = annotationMarks(paragraphs, views, WORDS, {
      printNotes: true
    }).printNotesByParagraph
    expect(print.get('p2')).toHaveLength(30)
    // Laid out only for printing: reading, 20,000 notes are not 20,000 boxes made for nothing.
    expect(annotationMarks(paragraphs, views, WORDS).printNotesByParagraph.size).toBe(0)
  })

  it('lists a pile newest first, in whatever order its notes come', () => {
    const views = Array.from({ length: 6 }, () => highlight('p2', 0, 3))
    const newestFirst = views.map((v) => v.annotation.id).reverse()
    const [a, b, c, d, e, f] = views
    for (const order of [views, [...views].reverse(), [d, a, f, b, e, c]]) {
      const pile = notePiles(paragraphs, order as AnnotationView[])[0]
      expect(pile?.notes.map((n) => n.annotation.id)).toEqual(newestFirst)
    }
  })
})
