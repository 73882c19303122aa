import { readSelection, type TextSelection } from './useTextSelection'

/** Where a selection is in the text, whatever marks the page has drawn in it since. */
export type SelectionSpan = Pick<TextSelection, 'paragraphId' | 'endParagraphId' | 'start' | 'end'>

/**
 * Clears the page's selection once what was made of it is saved, but only if it is still the
 * passage that was highlighted. A save waits for the disk, and meanwhile the reader may have
 * selected the next passage: clearing that one would take it away from under them (their
 * toolbar vanished mid-click).
 */
export function clearSelectionIfStill(root: HTMLElement | null, made: SelectionSpan): void {
  const now = readSelection(root)
  if (now && sameSpan(now, made)) window.getSelection()?.removeAllRanges()
}

function sameSpan(a: SelectionSpan, b: SelectionSpan): boolean {
  return (
    a.paragraphId === b.paragraphId &&
    (a.endParagraphId ?? a.paragraphId) === (b.endParagraphId ?? b.paragraphId) &&
    a.start === b.start &&
    a.end === b.end
  )
}
