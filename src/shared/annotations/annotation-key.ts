import type { Annotation, NewAnnotation } from './annotation-model'

/**
 * A key equal for annotations with the same content: same report, same place (paragraph,
 * offsets and quote, or section), same note and colour. Import skips an item whose key (or id)
 * is already there, so importing the same export twice, or a colleague's copy of your notes,
 * adds nothing. Ids, times and tags are left out: a copy re-created elsewhere differs in those,
 * and a duplicate that only gained a tag is still the same note.
 */
export function annotationKey(
  a: Pick<Annotation | NewAnnotation, 'reportId' | 'target' | 'note' | 'color'>
): string {
  const { target } = a
  const place =
    target.kind === 'section'
      ? ['section', target.sectionId]
      : [
          'text',
          target.paragraphId,
          target.endParagraphId ?? null,
          target.position.start,
          target.position.end,
          target.quote.exact
        ]
  // JSON keeps the parts apart whatever characters they contain.
  return JSON.stringify([a.reportId, ...place, a.note, a.color])
}
