import { cleanText } from '../shared/text/clean-text'

/**
 * Footnotes of a web page, an EPUB chapter or a Word file's HTML, found before the article is:
 * a reference is a link to a place in the page that holds a note (a raised number, "[1]", a link
 * marked as a note reference), and the note is the element it leads to, when that is marked as
 * a note or is an item of a list of notes. Each reference is marked for html-blocks.ts
 * (`NOTE_REF_ATTRIBUTE`, with the note's number), each note is taken out of the page, with the
 * links back from it and its own number, and the containers it leaves empty ("Footnotes", a
 * rule) go too: its text becomes a footnote block in the report's last section, never a
 * paragraph glued to the one before it or an item of the list before it.
 *
 * Notes are numbered in the order of their first reference, from 1 (as Markdown's are), so that
 * the notes of several chapters that each count from 1 stay apart.
 *
 * Recognised as pandoc, Sphinx/docutils, DocBook, MediaWiki, Word (through mammoth) and EPUB
 * readers (epub:type, DPUB-ARIA roles) write them.
 */

/** Set on a reference's link: the number of the note it refers to. */
export const NOTE_REF_ATTRIBUTE = 'data-reader-note-ref'

export interface NoteElement {
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<NoteElement>
  readonly parentElement: NoteElement | null
  readonly previousSibling: NoteElement | null
  readonly nextSibling: NoteElement | null
  nodeType: number
  id?: string
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  querySelectorAll(selector: string): ArrayLike<NoteElement>
  remove(): void
}

export interface NoteDocument {
  querySelectorAll(selector: string): ArrayLike<NoteElement>
  getElementById(id: string): NoteElement | null
}

/** A note taken out of the page: its number and its content. */
export interface PageNote {
  label: string
  element: NoteElement
}

const NOTE_MARK = /\b(?:doc-footnote|doc-endnote|doc-rearnote|footnote|endnote|rearnote)\b/i
const NOTES_CONTAINER =
  /\b(?:doc-endnotes|doc-footnotes|footnotes|endnotes|rearnotes|references|notes)\b/i
const REF_MARK = /\b(?:doc-noteref|noteref|footnote-ref|footnote-reference|fnref)\b/i
/** A reference's text: a number or a sign, maybe in brackets. */
const REF_TEXT = /^\[?\s*(?:\d{1,4}|[*†‡§¶]|[a-z])\s*\]?$/i
const BACK_LINK = /^(?:↩︎?|↩|↑|\^|⤴|back)$/iu

const marks = (element: NoteElement): string =>
  ['class', 'role', 'epub:type', 'id'].map((name) => element.getAttribute(name) ?? '').join(' ')

function isNote(element: NoteElement): boolean {
  if (NOTE_MARK.test(marks(element).replace(/\bfootnote-ref\b|\bnoteref\b/gi, ''))) return true
  if (/\bnote\b/.test(element.getAttribute('epub:type') ?? '')) return true
  // An item of a list of notes (pandoc's, MediaWiki's, Word's through mammoth).
  if (element.nodeName !== 'LI') return false
  for (let at = element.parentElement, up = 0; at && up < 3; at = at.parentElement, up++) {
    if (NOTES_CONTAINER.test(marks(at))) return true
  }
  return /^(?:footnote|fn|endnote|cite_note)[-_:.]?\w*/i.test(element.getAttribute('id') ?? '')
}

function isReference(link: NoteElement): boolean {
  if (REF_MARK.test(marks(link))) return true
  const raised = link.parentElement?.nodeName === 'SUP' || link.querySelectorAll('sup').length > 0
  return raised || REF_TEXT.test(cleanText(link.textContent ?? ''))
}

/**
 * Finds the page's footnotes, marks their references and takes them out of the page. Returns
 * them in the order of their numbers.
 */
export function takePageNotes(document: NoteDocument): PageNote[] {
  const notes = new Map<NoteElement, string>()
  const order: PageNote[] = []
  const references: { link: NoteElement; note: NoteElement }[] = []
  for (const link of Array.from(document.querySelectorAll('a[href^="#"]'))) {
    const id = decodeId((link.getAttribute('href') ?? '').slice(1))
    if (!id) continue
    const note = document.getElementById(id)
    if (!note || note === link || contains(note, link) || !isNote(note) || !isReference(link))
      continue
    // A link inside a note that leads to another note is a reference too; one back to the
    // text is not (it leads to a reference, which is no note).
    references.push({ link, note })
  }
  for (const { link, note } of references) {
    let label = notes.get(note)
    if (label === undefined) {
      label = String(order.length + 1)
      notes.set(note, label)
      order.push({ label, element: note })
    }
    markReference(link, label)
  }
  for (const { element } of order) {
    removeOwnLabel(element)
    for (const back of Array.from(element.querySelectorAll('a[href^="#"]'))) {
      if (back.getAttribute(NOTE_REF_ATTRIBUTE) !== null) continue
      const text = cleanText(back.textContent ?? '')
      if (BACK_LINK.test(text) || /doc-backlink|footnote-back/i.test(marks(back))) back.remove()
    }
  }
  for (const { element } of order) removeWithEmptyContainers(element)
  return order
}

function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

function contains(outer: NoteElement, inner: NoteElement): boolean {
  for (let at: NoteElement | null = inner; at; at = at.parentElement) if (at === outer) return true
  return false
}

/**
 * The reference's link stands for "[n]": its text goes, and brackets or a raised box around it
 * that hold nothing else (DocBook's `<sup>[<a>1</a>]</sup>`) go with it.
 */
function markReference(link: NoteElement, label: string): void {
  link.setAttribute(NOTE_REF_ATTRIBUTE, label)
  for (const child of Array.from(link.childNodes)) child.remove()
  const sup = link.parentElement
  if (sup?.nodeName === 'SUP' && /^\[?\]?$/.test(cleanText(sup.textContent ?? ''))) {
    for (const child of Array.from(sup.childNodes)) if (child !== link) child.remove()
  }
}

/**
 * A note's own number at its start, as DocBook and Sphinx write it ("[1]" linking back, or a
 * label span): the report numbers its footnotes itself.
 */
function removeOwnLabel(note: NoteElement): void {
  for (const label of Array.from(note.querySelectorAll('span.label, .fn-label'))) label.remove()
  const first = firstElement(note)
  if (!first) return
  const text = cleanText(first.textContent ?? '')
  if ((first.nodeName === 'SUP' || first.nodeName === 'A') && REF_TEXT.test(text)) first.remove()
}

/** The first element at the start of a note, through the paragraphs that open it. */
function firstElement(note: NoteElement): NoteElement | null {
  for (const child of Array.from(note.childNodes)) {
    if (child.nodeType === 3) {
      if (cleanText(child.textContent ?? '') !== '') return null
      continue
    }
    if (child.nodeType !== 1) continue
    if (child.nodeName === 'P' || child.nodeName === 'DIV') return firstElement(child)
    return child
  }
  return null
}

/** Removes a note, and the containers that held only notes (a "Footnotes" list, its rule). */
function removeWithEmptyContainers(note: NoteElement): void {
  let container = note.parentElement
  note.remove()
  while (container && container.nodeName !== 'BODY') {
    const parent: NoteElement | null = container.parentElement
    const left = cleanText(container.textContent ?? '')
    const onlyNotesHeading = /^(?:foot|end)?notes?$/i.test(left)
    if (left !== '' && !onlyNotesHeading) break
    if (left !== '' && !NOTES_CONTAINER.test(marks(container))) break
    container.remove()
    container = parent
  }
}
