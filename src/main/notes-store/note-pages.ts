import type { Annotation, TextTarget } from '../../shared/annotations/annotation-model'

/** What a note takes besides its texts (ids, times, offsets, the view's anchor), about. */
const OVERHEAD_CHARS = 400

const quoteChars = (target: Annotation['target'] | TextTarget) =>
  target.kind === 'text'
    ? target.quote.exact.length + target.quote.prefix.length + target.quote.suffix.length
    : 0

/**
 * About how many characters a note takes when copied to another thread or the window, without
 * making its JSON: its texts, its earlier places' quotes and a fixed part for the rest. A note
 * may hold from a few hundred characters to over 100,000 (a long note, long quotes, a history of
 * moves), so a page counted in notes alone may be 500 times another.
 */
export function roughChars(annotation: Annotation): number {
  let chars = OVERHEAD_CHARS + annotation.note.length + quoteChars(annotation.target)
  for (const tag of annotation.tags) chars += tag.length + 3
  for (const place of annotation.history ?? []) chars += OVERHEAD_CHARS + quoteChars(place.target)
  return chars
}

/**
 * Where the page of `notes` that starts at `from` ends (exclusive): at most `count` notes and about
 * `chars` characters (roughChars), and always at least one note. What is copied in one piece, and
 * so how long that copy holds a thread, is bounded by the page, not by all the notes.
 */
export function pageEnd(
  notes: readonly Annotation[],
  from: number,
  { count, chars }: { count: number; chars: number }
): number {
  const last = Math.min(notes.length, from + count)
  let taken = 0
  for (let at = from; at < last; at++) {
    taken += roughChars(notes[at] as Annotation)
    if (taken > chars && at > from) return at
  }
  return last
}
