import type { FootnoteRef } from '../shared/report-model'
import type { PdfNote } from './pdf-footnotes'
import { NOTE_LABEL } from './pdf-footnotes'
import { RAISED_CLOSE, RAISED_OPEN } from './pdf-lines'

/**
 * Footnote references in a PDF's text. A raised label after a word refers to the footnote with
 * that label on its page (or, for notes gathered at the end, to the one with that label there);
 * it becomes the footnote's number in brackets, "[1]", numbered in order of first reference as
 * Markdown's footnotes are. A raised run that refers to no footnote (an exponent, "1st") stays
 * text, joined to the word before it.
 */

/** Around a resolved reference's number in a line's text, until the lines are joined. */
const REF_OPEN = '\uE002'
const REF_CLOSE = '\uE003'
const RAISED_RUN = new RegExp(`${RAISED_OPEN}([^${RAISED_CLOSE}]*)${RAISED_CLOSE}`, 'gu')
const REF = new RegExp(`${REF_OPEN}(\\d+)${REF_CLOSE}`, 'gu')

export class NoteNumbers {
  /** Notes in the order of their numbers (first reference first). */
  readonly numbered: PdfNote[] = []
  /** Raised labels that referred to no footnote, with their pages. */
  readonly unresolved: { page: number; label: string }[] = []
  private readonly numbers = new Map<PdfNote, number>()
  private readonly byLabel = new Map<string, PdfNote[]>()

  constructor(private readonly notes: readonly PdfNote[]) {
    for (const note of notes) {
      const same = this.byLabel.get(note.label)
      if (same) same.push(note)
      else this.byLabel.set(note.label, [note])
    }
  }

  /** A line's text with its raised runs resolved: references marked, other raised text plain. */
  resolve(text: string, page: number): string {
    return text.replace(RAISED_RUN, (_, raw: string) => {
      const label = raw.trim()
      const note = NOTE_LABEL.test(label) ? this.noteFor(page, label) : null
      if (!note) {
        if (/^\d+$/u.test(label) && this.notes.length > 0) this.unresolved.push({ page, label })
        return label
      }
      return `${REF_OPEN}${this.numberOf(note)}${REF_CLOSE}`
    })
  }

  /** The notes nothing referred to, numbered after the others. */
  finish(): PdfNote[] {
    for (const note of this.notes) this.numberOf(note)
    return this.numbered
  }

  private numberOf(note: PdfNote): number {
    let number = this.numbers.get(note)
    if (number === undefined) {
      number = this.numbered.push(note)
      this.numbers.set(note, number)
    }
    return number
  }

  private noteFor(page: number, label: string): PdfNote | null {
    const withLabel = this.byLabel.get(label) ?? []
    return (
      withLabel.find((note) => note.page === page) ??
      withLabel.find((note) => Math.abs(note.page - page) === 1) ??
      withLabel.find((note) => note.page > page && !this.numbers.has(note)) ??
      null
    )
  }
}

/** Joined text with resolved references turned into "[n]", and where each one is. */
export function withReferences(text: string): { text: string; refs: FootnoteRef[] } {
  const refs: FootnoteRef[] = []
  let out = ''
  let last = 0
  for (const match of text.matchAll(REF)) {
    out += text.slice(last, match.index)
    const label = match[1] ?? ''
    const start = out.length
    out += `[${label}]`
    refs.push({ start, end: out.length, label })
    last = match.index + match[0].length
  }
  out += text.slice(last)
  return { text: out, refs }
}

/** Text with any marks of raised runs or references removed (a heading's, a footnote's own). */
export function withoutMarks(text: string): string {
  return text.replace(RAISED_RUN, '$1').replace(REF, '[$1]')
}
