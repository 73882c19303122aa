import type { ProcessedReport } from '../report-model'
import { LIMITS, type Annotation } from './annotation-model'
import { anchorAnnotation, type Anchor } from './anchoring'
import { textTargetForRange } from './select-target'
import type { UnplacedReason } from './unplaced-reason'

/**
 * What placing an annotation in the current edition of its report changes, so that the search
 * for it is done once per edition and its result kept (not repeated on every launch):
 * - `settled`: nothing to do; it is in this edition at its stored place (one comparison to
 *   check), or it was already searched for in this edition and not found, or it is a section note
 *   (found by id).
 * - `moved`: found elsewhere or reworded; the new selectors, made from the new text, with the old
 *   ones kept in `history`.
 * - `unplaced`: not found; marked with this edition and the reason, its selectors kept as they
 *   were, so a later edition can try again from them.
 */
export type Placement =
  | { kind: 'settled' }
  | { kind: 'moved'; annotation: Annotation }
  | { kind: 'unplaced'; annotation: Annotation }

export function placeInEdition(
  annotation: Annotation,
  report: ProcessedReport,
  movedAt: string
): Placement {
  const { target } = annotation
  if (target.kind === 'section' || annotation.unplacedIn?.editionHash === report.contentHash) {
    return { kind: 'settled' }
  }
  const sameEdition = annotation.editionHash === report.contentHash
  const anchor = anchorAnnotation(annotation, report)
  if (anchor.status === 'anchored' && anchor.method === 'position' && sameEdition) {
    return { kind: 'settled' }
  }
  const moved = movedTo(annotation, anchor, report, movedAt)
  if (moved) return { kind: 'moved', annotation: moved }
  const reason: UnplacedReason =
    anchor.status === 'orphan' ? anchor.reason : { code: 'passageChanged' }
  return {
    kind: 'unplaced',
    annotation: { ...annotation, unplacedIn: { editionHash: report.contentHash, reason } }
  }
}

/**
 * `annotation` as it is once moved to the passage `anchor` found for it in `report`: selectors
 * made from the new text, the old ones kept in `history` (so what changed can be shown). Null
 * when the anchor is not a passage, or is a fuzzy match longer than a highlight may be.
 */
export function movedTo(
  annotation: Annotation,
  anchor: Anchor,
  report: ProcessedReport,
  movedAt: string
): Annotation | null {
  const { target } = annotation
  if (
    target.kind !== 'text' ||
    anchor.status !== 'anchored' ||
    anchor.method === 'section' ||
    anchor.paragraphId === undefined ||
    anchor.start === undefined ||
    anchor.end === undefined
  ) {
    return null
  }
  try {
    const history = [
      ...(annotation.history ?? []),
      { editionHash: annotation.editionHash, target, method: anchor.method, movedAt }
    ].slice(-LIMITS.historyLength)
    const moved: Annotation = {
      ...annotation,
      editionHash: report.contentHash,
      target: textTargetForRange(
        report,
        { paragraphId: anchor.paragraphId, offset: anchor.start },
        { paragraphId: anchor.endParagraphId ?? anchor.paragraphId, offset: anchor.end }
      ),
      history
    }
    // Found again: no longer "not found in some edition".
    delete moved.unplacedIn
    return moved
  } catch {
    // A fuzzy match longer than a highlight may be: left unplaced, to re-attach by hand.
    return null
  }
}
