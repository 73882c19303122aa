import type { KeyboardEvent, ReactNode, SyntheticEvent } from 'react'
import { placeExpansion } from './expansion-place'

/** An acronym's use in a text, with what it stands for. */
export interface TermMark {
  start: number
  end: number
  term: string
  expansion: string
  /**
   * A tab stop: the first use of the term in its section. Every other use can be focused from
   * the glossary panel, not by Tab, so the acronyms of a long text do not flood the tab order.
   */
  tabStop: boolean
}

/**
 * Text (a piece of a longer text starting at `offset`) with its acronyms marked: each shows what
 * it stands for on hover and on keyboard focus, and says it to a screen reader. The expansion is
 * drawn by CSS, not put in the text, so selecting, copying and highlighting see the text as is.
 */
export function TermText({
  text,
  offset = 0,
  terms
}: {
  text: string
  offset?: number
  terms: readonly TermMark[]
}): ReactNode {
  const end = offset + text.length
  const inside = terms.filter((t) => t.end > offset && t.start < end)
  if (inside.length === 0) return text
  const pieces: ReactNode[] = []
  let at = offset
  for (const term of inside) {
    const from = Math.max(term.start, at)
    const to = Math.min(term.end, end)
    if (from > at) pieces.push(text.slice(at - offset, from - offset))
    pieces.push(
      <abbr
        key={from}
        className="glossary-term"
        data-term={term.term}
        data-expansion={term.expansion}
        aria-description={term.expansion}
        tabIndex={term.tabStop && from === term.start ? 0 : -1}
        onKeyDown={dismissOnEscape}
        onMouseEnter={keepInPane}
        onFocus={keepInPane}
        onBlur={(event) => delete event.currentTarget.dataset.dismissed}
      >
        {text.slice(from - offset, to - offset)}
      </abbr>
    )
    at = to
  }
  if (at < end) pieces.push(text.slice(at - offset))
  return pieces
}

/** Before the expansion shows: placed so that all of it is inside the text pane in view. */
function keepInPane(event: SyntheticEvent<HTMLElement>): void {
  const term = event.currentTarget
  const pane = term.closest('main')
  if (!pane) return
  const { shift, above } = placeExpansion(term, pane)
  term.style.setProperty('--expansion-shift', `${shift}px`)
  term.toggleAttribute('data-expansion-above', above)
}

/** Escape hides the expansion shown on focus (it shows again on the next focus). */
function dismissOnEscape(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Escape' && event.currentTarget.dataset.dismissed === undefined) {
    event.currentTarget.dataset.dismissed = ''
    event.stopPropagation()
  }
}
