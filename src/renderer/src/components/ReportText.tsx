import { memo, useMemo, type ReactNode } from 'react'
import type { ColorLabels } from '../../../shared/annotations/annotation-model'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { Paragraph, ProcessedReport } from '../../../shared/report-model'
import { sectionLevel } from '../../../shared/report-model'
import { groupBlocks } from '../../../shared/report-blocks'
import { hitPlaces } from '../../../shared/search/hit-places'
import type { ReportHits } from '../../../shared/search/search-types'
import { annotationMarks } from './annotation-marks'
import { useColorLabel } from '../annotations/useColorLabel'
import { footnoteLinks } from './footnote-links'
import { Marked, NO_MARKS, type HighlightMark, type TextMarks } from './Marked'
import { BlockGroupView, type BlockContext } from './ReportBlocks'
import type { TermMark } from '../glossary/TermText'
import { useT } from '../i18n/useT'
import { interfaceLanguage } from '../i18n/I18nProvider'
import { SectionNotes } from '../annotations/many-notes/SectionNotes'

/**
 * The whole report, marked. Memoized: the reader around it redraws often (the section being read
 * as it scrolls, a message, a dialog), and the text only needs to when what it shows changes,
 * so every prop it takes is kept stable by its owner.
 */
export const ReportText = memo(function ReportText({
  report,
  hits,
  activeHit,
  annotations,
  colorLabels,
  onOpenAnnotation,
  onAddSectionNote,
  onOpenSectionNotes,
  printNotes: withPrintNotes = false,
  termsByParagraph,
  afterBlocks,
  labelledBy = '',
  teamHighlights
}: {
  report: ProcessedReport
  /** Search hits to mark in this report, if any. */
  hits: ReportHits | null
  activeHit: number
  /** The anchored annotations of this report. */
  annotations: AnnotationView[]
  colorLabels: ColorLabels | null
  onOpenAnnotation: (id: string) => void
  onAddSectionNote: (sectionId: string) => void
  /** Lists every note on a section, when there are more than the text shows. */
  onOpenSectionNotes?: (sectionId: string) => void
  /**
   * Whether to lay out the notes that print after their paragraph (only when printing with
   * notes: 20,000 notes are 20,000 boxes).
   */
  printNotes?: boolean
  /** The acronyms to explain in each paragraph (see glossary/term-marks.ts). */
  termsByParagraph?: ReadonlyMap<string, TermMark[]>
  /** What else to show after a block or group of blocks (the changes of an edition, in place). */
  afterBlocks?: (blocks: readonly Paragraph[]) => ReactNode
  /**
   * Ids of elements that name each section before its heading does: a comparison column's report
   * title, so sections of the same name in different columns are told apart.
   */
  labelledBy?: string
  /** Colleagues' and the course's highlights by paragraph (team/team-marks.ts), drawn under own. */
  teamHighlights?: ReadonlyMap<string, HighlightMark[]>
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  // Hits in headings and paragraphs, numbered in reading order.
  const places = hits ? hitPlaces(hits, report) : []
  const spansByParagraph = new Map(
    places.filter((p) => p.kind === 'paragraph').map((p) => [p.id, p])
  )
  const spansByHeading = new Map(places.filter((p) => p.kind === 'heading').map((p) => [p.id, p]))
  // Computed again only when the notes change, not on every render (scrolling, a search).
  const { highlightsByParagraph, printNotesByParagraph, sectionNotes } = useMemo(
    () =>
      annotationMarks(
        report.sections.flatMap((s) => s.paragraphs),
        annotations,
        {
          t,
          colorLabel: (color) => colorLabel(color, colorLabels)
        },
        { printNotes: withPrintNotes }
      ),
    [report.sections, annotations, colorLabels, colorLabel, t, withPrintNotes]
  )

  const footnotes = footnoteLinks(report, t)
  const marksOf = (paragraph: Paragraph): TextMarks => {
    const hitsHere = spansByParagraph.get(paragraph.id)
    return {
      ...NO_MARKS,
      spans: hitsHere?.spans ?? [],
      firstMark: hitsHere?.first ?? 0,
      highlights: [
        ...(teamHighlights?.get(paragraph.id) ?? []),
        ...(highlightsByParagraph.get(paragraph.id) ?? [])
      ],
      links: footnotes.linksOf(paragraph),
      terms: termsByParagraph?.get(paragraph.id)
    }
  }
  const printNotes = (blocks: readonly Paragraph[]) => {
    const notes = blocks.flatMap((b) => printNotesByParagraph.get(b.id) ?? [])
    const after = afterBlocks?.(blocks) ?? null
    if (notes.length === 0) return after
    return (
      <>
        {after}
        <div className="print-notes" {...interfaceLanguage(t.locale)}>
          {notes.map(({ id, label, annotation, quote }) => (
            <div key={id} className={`print-note hl-border-${annotation.color}`}>
              <span className="print-note-label">
                {t.rich('print.noteOn', { label, quote: <bdi translate="no">{quote}</bdi> })}
              </span>
              <p className="note-text" dir="auto" translate="no">
                {annotation.note}
              </p>
            </div>
          ))}
        </div>
      </>
    )
  }

  const openFromEvent = (target: EventTarget) => {
    const mark = (target as HTMLElement).closest?.('mark[data-annotation-id]')
    const id = mark?.getAttribute('data-annotation-id')
    // A click that ends a text selection is a selection, not a click on the highlight.
    if (id && window.getSelection()?.isCollapsed !== false) onOpenAnnotation(id)
  }

  return (
    // The report stays in the language it was written in: never translated, its direction its own
    // (an English report in an Arabic window reads left to right, isolated from the interface).
    <article
      translate="no"
      dir="auto"
      className="report-text"
      onClick={(event) => {
        // A footnote reference, or a footnote's way back: moved to in the page, never navigated.
        if (followFootnoteLink(event.target)) event.preventDefault()
        else openFromEvent(event.target)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          const mark = (event.target as HTMLElement).closest?.('mark[data-annotation-id]')
          if (mark) {
            event.preventDefault()
            onOpenAnnotation(mark.getAttribute('data-annotation-id') as string)
          }
        }
      }}
    >
      {report.sections.map((section) => {
        // Levels 1 to 4 are h2 to h5: the report's title is the page's h1.
        const Heading = `h${sectionLevel(section) + 1}` as 'h2' | 'h3' | 'h4' | 'h5'
        const context: BlockContext = {
          marksOf,
          activeHit,
          printNotes,
          footnoteBack: footnotes.backOf,
          sectionHeading: section.heading
        }
        return (
          <section
            key={section.id}
            id={section.id}
            data-section-id={section.id}
            data-level={sectionLevel(section)}
            aria-labelledby={`${labelledBy} ${section.id}-heading`.trim()}
          >
            <div className="section-heading">
              <Heading id={`${section.id}-heading`} tabIndex={-1}>
                <Marked
                  text={section.heading}
                  spans={spansByHeading.get(section.id)?.spans ?? []}
                  firstMark={spansByHeading.get(section.id)?.first ?? 0}
                  activeMark={activeHit}
                />
              </Heading>
              <button
                type="button"
                translate="yes"
                className="section-note-button"
                aria-label={t('sectionNote.add.label', { section: section.heading })}
                onClick={() => onAddSectionNote(section.id)}
              >
                {t('sectionNote.add')}
              </button>
            </div>
            <SectionNotes
              notes={sectionNotes.get(section.id) ?? []}
              all={withPrintNotes}
              onOpenAll={onOpenSectionNotes && (() => onOpenSectionNotes(section.id))}
            >
              {({ annotation }) => (
                <aside
                  key={annotation.id}
                  className={`section-note hl-border-${annotation.color}`}
                  aria-label={t('sectionNote.label')}
                  {...interfaceLanguage(t.locale)}
                >
                  <button
                    type="button"
                    className="link-button"
                    data-print-prefix={`${t('sectionNote.label')} · `}
                    onClick={() => onOpenAnnotation(annotation.id)}
                  >
                    {colorLabel(annotation.color, colorLabels)}
                  </button>
                  <p className="note-text" dir="auto" translate="no">
                    {annotation.note}
                  </p>
                </aside>
              )}
            </SectionNotes>
            {groupBlocks(section.paragraphs).map((group, i) => (
              <BlockGroupView key={i} group={group} context={context} />
            ))}
          </section>
        )
      })}
    </article>
  )
})

/** Moves to the element a footnote link leads to, and focuses it; false for anything else. */
function followFootnoteLink(target: EventTarget): boolean {
  const link = (target as HTMLElement).closest?.('a.footnote-ref, a.footnote-back')
  const id = link?.getAttribute('href')?.slice(1)
  if (!id) return false
  const destination = document.getElementById(id)
  destination?.scrollIntoView({ block: 'center' })
  destination?.focus({ preventScroll: true })
  return true
}
