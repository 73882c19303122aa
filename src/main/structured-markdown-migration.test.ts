import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { renderGeneratedContent } from '../content/generate-content'
import { PROJECT_ROOT } from '../content/test-support'
import type { Annotation, NewAnnotation } from '../shared/annotations/annotation-model'
import { formerSection, lastMove, placementMessage } from '../shared/annotations/edition-change'
import { joinedOffset, reportText } from '../shared/annotations/report-text'
import { textTargetForRange } from '../shared/annotations/select-target'
import type { AnnotationView } from '../shared/ipc-contract'
import { blockKind, LibrarySchema, type ProcessedReport } from '../shared/report-model'
import { AnnotationService } from './annotation-service'
import { AnnotationStore } from './annotation-store'

/**
 * Notes saved on a Markdown edition built by the flat parser (every list item, table row, quote,
 * `###` heading and footnote a plain paragraph) stay valid when the same source is built with
 * structure: the edition-change machinery (anchoring.ts, placement.ts) places each one on the
 * same words, now in a list item, table row, quote or footnote of a subsection, and tells the
 * reader what it did. The old build is a fixture the old parser made (see its README), not one
 * written for this test; the new one is built here from the same source.
 */

const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'flat-markdown-edition')
const oldLibrary = v.parse(
  LibrarySchema,
  JSON.parse(readFileSync(join(FIXTURE, 'old-library.json'), 'utf8'))
)
const newLibrary = renderGeneratedContent(join(FIXTURE, 'source')).library
const oldReport = oldLibrary.reports[0] as ProcessedReport
const newReport = newLibrary.reports[0] as ProcessedReport

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

const dialogs = { chooseSavePath: async () => null, chooseOpenPath: async () => null }

/** A highlight of `words` in an old paragraph (or from one paragraph to another), as the reader made it. */
function highlight(
  paragraphId: string,
  words: string,
  note: string,
  endParagraphId?: string,
  endWords?: string
): NewAnnotation {
  const textOf = (id: string) =>
    oldReport.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? ''
  const start = textOf(paragraphId).indexOf(words)
  const last = endParagraphId ?? paragraphId
  const tail = endWords ?? words
  const end = textOf(last).indexOf(tail) + tail.length
  if (start < 0 || end < tail.length) throw new Error(`“${words}” is not in ${paragraphId}`)
  return {
    reportId: oldReport.id,
    editionHash: oldReport.contentHash,
    target: textTargetForRange(
      oldReport,
      { paragraphId, offset: start },
      { paragraphId: last, offset: end }
    ),
    color: 'yellow',
    note,
    tags: []
  }
}

/** The notes a reader saved on the flat edition, through the app's own service and store. */
async function notesOnTheFlatEdition(dir: string): Promise<Record<string, Annotation>> {
  const service = new AnnotationService(await AnnotationStore.open(dir), oldLibrary, dialogs)
  const notes = {
    listItem: highlight('searching-p12', 'clears the search', 'Esc: one key.'),
    nestedListItem: highlight('highlights-and-notes-p6', 'Write the question itself', 'Do this.'),
    tableCell: highlight('searching-p4', 'paragraphs with both words', 'AND by default.'),
    acrossCells: highlight('searching-p5', 'side by side | "illegal', 'Phrase search.'),
    acrossListItems: highlight(
      'searching-p9',
      'open the first result.',
      'Two steps.',
      'searching-p10',
      'Press Enter again'
    ),
    underDeepHeading: highlight('highlights-and-notes-p9', 'follow their text', 'Good to know.'),
    quote: highlight('highlights-and-notes-p10', 'only half an argument', 'Cite sources.'),
    footnoteDefinition: highlight('working-offline-p2', 'quote word for word', 'Exact words.'),
    footnoteReference: highlight(
      'highlights-and-notes-p4',
      'Green marks evidence[^evidence] you may quote.',
      'Green = evidence.'
    ),
    oldHeadingParagraph: highlight('searching-p2', 'What a query can say', 'Read this part.')
  }
  const saved: Record<string, Annotation> = {}
  for (const [name, note] of Object.entries(notes)) {
    saved[name] = (await service.create(note)).item.annotation
  }
  return saved
}

/** The words a placed highlight covers in the new edition. */
function wordsAt(view: AnnotationView): string {
  const { anchor } = view
  if (anchor.status !== 'anchored' || anchor.paragraphId === undefined) return ''
  const joined = reportText(newReport)
  const start = joinedOffset(joined, {
    paragraphId: anchor.paragraphId,
    offset: anchor.start as number
  })
  const end = joinedOffset(joined, {
    paragraphId: anchor.endParagraphId ?? anchor.paragraphId,
    offset: anchor.end as number
  })
  return joined.text.slice(start, end)
}

const blockOf = (id: string | undefined) =>
  newReport.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)

function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-migration-'))
  made.push(dir)
  return dir
}

describe('notes saved on a flat Markdown edition, opened on the structured build', () => {
  const dir = userData()
  const saving = notesOnTheFlatEdition(dir)
  const opened = saving.then(async () =>
    new AnnotationService(await AnnotationStore.open(dir), newLibrary, dialogs).snapshot()
  )
  const viewOf = async (name: string) => {
    const saved = await saving
    return (await opened).items.find((i) => i.annotation.id === saved[name]?.id) as AnnotationView
  }

  it('is the same source: only the structure differs, and so the edition', () => {
    expect(newReport.id).toBe(oldReport.id)
    expect(newReport.contentHash).not.toBe(oldReport.contentHash)
  })

  it.each([
    ['listItem', 'list-item', 'stepping-through-the-hits'],
    ['nestedListItem', 'list-item', 'the-four-colours'],
    ['tableCell', 'table-row', 'what-a-query-can-say'],
    ['acrossCells', 'table-row', 'what-a-query-can-say'],
    ['underDeepHeading', 'paragraph', 'when-a-new-edition-arrives'],
    ['quote', 'quote', 'when-a-new-edition-arrives'],
    ['footnoteDefinition', 'footnote', 'footnotes']
  ])(
    'places the note on a %s on the same words, now in a %s of “%s”',
    async (name, kind, section) => {
      const view = await viewOf(name)
      const saved = await saving
      expect(view.anchor).toMatchObject({ status: 'anchored', sectionId: section })
      expect(wordsAt(view)).toBe(
        saved[name]?.target.kind === 'text' && saved[name].target.quote.exact
      )
      if (view.anchor.status !== 'anchored') return
      expect(blockKind(blockOf(view.anchor.paragraphId) ?? {})).toBe(kind)
      // The highlight's new selectors are the new edition's, so it is drawn and exported from them.
      expect(view.annotation.editionHash).toBe(newReport.contentHash)
      expect(lastMove(view.annotation)).toMatchObject({ kind: 'moved' })
    }
  )

  it('lands a highlight of one table cell inside that cell', async () => {
    const view = await viewOf('tableCell')
    const block = blockOf(view.anchor.status === 'anchored' ? view.anchor.paragraphId : '')
    expect(block?.block).toMatchObject({ kind: 'table-row', header: false })
    const cells = block?.block?.kind === 'table-row' ? block.block.cells : []
    const { start, end } = view.anchor as { start: number; end: number }
    expect(cells.some(([from, to]) => from <= start && end <= to)).toBe(true)
  })

  it('keeps a highlight over two list items over the same two items', async () => {
    const view = await viewOf('acrossListItems')
    expect(wordsAt(view)).toBe('open the first result.\n\nPress Enter again')
    const { paragraphId, endParagraphId } = view.anchor as {
      paragraphId: string
      endParagraphId: string
    }
    expect([blockOf(paragraphId)?.block, blockOf(endParagraphId)?.block]).toEqual([
      { kind: 'list-item', ordered: true, depth: 1, number: 1 },
      { kind: 'list-item', ordered: true, depth: 1, number: 2 }
    ])
  })

  it('moves a note on a footnote reference to the reworded "[1]" and shows the old and new words', async () => {
    const view = await viewOf('footnoteReference')
    expect(wordsAt(view)).toBe('Green marks evidence[1] you may quote.')
    expect(lastMove(view.annotation)).toMatchObject({
      kind: 'changed',
      before: 'Green marks evidence[^evidence] you may quote.',
      after: 'Green marks evidence[1] you may quote.'
    })
  })

  it('lists a note on a ### heading (a paragraph in the flat edition, a heading now) as unanchored, saying where it was', async () => {
    const view = await viewOf('oldHeadingParagraph')
    expect(view.anchor).toEqual({
      status: 'orphan',
      reason: { code: 'textNotInEdition', excerpt: 'What a query can say' }
    })
    expect(formerSection(newReport, 'searching-p2')).toBe('Searching')
    // Kept, with its note, to re-attach or delete: nothing is lost.
    expect(view.annotation.note).toBe('Read this part.')
  })

  it('tells the reader at launch what happened to each note', async () => {
    const { placedAtLaunch } = await opened
    expect(placedAtLaunch).toEqual({ moved: 8, changed: 1, unplaced: 1 })
    expect(placementMessage(placedAtLaunch)).toBe(
      'A new edition of a report changed passages you had marked: 8 highlights followed their text to a new place; 1 highlight now covers reworded text (the Notes tab shows the old and new words); and 1 highlight could not be placed (listed under Unanchored in the Notes tab, with the reason and where it was). Nothing was lost.'
    )
  })

  it('keeps the new places, so the next launch has nothing to place or tell', async () => {
    await opened
    const again = await new AnnotationService(
      await AnnotationStore.open(dir),
      newLibrary,
      dialogs
    ).snapshot()
    expect(again.placedAtLaunch).toEqual({ moved: 0, changed: 0, unplaced: 0 })
    expect(again.items.map((i) => i.anchor)).toEqual((await opened).items.map((i) => i.anchor))
  })
})
