import type { Paragraph } from '../../../shared/report-model'
import type { TeamNoteView } from '../../../shared/team/team-model'
import { annotationMarks, type MarkWords } from '../components/annotation-marks'
import type { HighlightMark } from '../components/Marked'

/**
 * The marks colleagues' and the course's highlights make in a report, by paragraph: placed as the
 * reader's own are (annotation-marks.ts), with ids of their own (two people's notes may share an
 * id), their author, and a description naming them.
 */
export function teamMarksByParagraph(
  paragraphs: readonly Paragraph[],
  notes: readonly TeamNoteView[],
  words: MarkWords
): Map<string, HighlightMark[]> {
  const renamed = notes.map((view, n) => ({
    ...view,
    annotation: { ...view.annotation, id: `team-${n}` }
  }))
  const { highlightsByParagraph } = annotationMarks(paragraphs, renamed, words)
  for (const marks of highlightsByParagraph.values()) {
    marks.forEach((mark, i) => {
      const view = notes[Number(mark.id.slice('team-'.length))]
      if (!view) return
      const { person, annotation } = view
      const { t } = words
      const who =
        person.kind === 'course'
          ? t('team.mark.course')
          : t('team.mark.person', { name: person.name })
      marks[i] = {
        ...mark,
        description: annotation.note
          ? t('team.mark.withNote', { who, note: annotation.note.slice(0, 120) })
          : who,
        author: {
          initials: person.initials,
          course: person.kind === 'course',
          noteKey: teamNoteKey(view)
        }
      }
    })
  }
  return highlightsByParagraph
}

/** Names one team note among everyone's (two people's notes may share an id). */
export const teamNoteKey = (view: Pick<TeamNoteView, 'person' | 'annotation'>) =>
  `${view.person.id}/${view.annotation.id}`

/** The first of a team note's marks in the text (where "Go to" brings the reader). */
export const teamMarkSelector = (view: Pick<TeamNoteView, 'person' | 'annotation'>) =>
  `mark[data-team-note="${CSS.escape(teamNoteKey(view))}"]`
