import { cleanText } from '../shared/text/clean-text'

/**
 * Parts of a web page that are about the page, not the report, found before the article is: the
 * page's own table of contents (a list of links to its own headings, as pandoc, Sphinx, MkDocs
 * and DocBook put one at the top), and the permalink marks beside headings ("#", "¶", "§", as
 * Node's docs, Sphinx and MkDocs draw them). Both are links within the page, which the app does
 * not follow: left in, a table of contents is an "Introduction" of dead links, and a permalink
 * mark a "#" in every heading.
 *
 * The DOM is linkedom's; it is typed by the little read here.
 */
export interface PageElement {
  readonly nodeName: string
  readonly textContent: string | null
  readonly children: ArrayLike<PageElement>
  readonly parentElement: PageElement | null
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  querySelectorAll(selector: string): ArrayLike<PageElement>
  remove(): void
}

export interface PageDocument {
  querySelectorAll(selector: string): ArrayLike<PageElement>
}

/** Tables of contents marked as such. */
const MARKED_TOC =
  'nav#TOC, #TOC, [role="doc-toc"], nav.toc, div.toc, nav.contents, div.contents.topic, ' +
  'nav[epub\\:type~="toc"], .table-of-contents, #table-of-contents, #markdown-toc'

/**
 * Removes the page's own tables of contents: those marked as such, and any list of at least
 * three items each of which is only a link to a place in the page (with its sub-lists, which
 * must be alike). Returns how many links they held.
 */
export function removePageContents(document: PageDocument): number {
  let links = 0
  const remove = (element: PageElement) => {
    links += inPageLinks(element).length
    element.remove()
  }
  for (const toc of Array.from(document.querySelectorAll(MARKED_TOC))) {
    // Marked as one, its links all count, to this page's file or not (DocBook's "page.html#id").
    links += toc.querySelectorAll('a').length
    toc.remove()
  }
  for (const list of Array.from(document.querySelectorAll('ul, ol, dl'))) {
    // A list inside another is judged with it.
    if (list.parentElement && list.parentElement.nodeName !== 'BODY' && insideList(list)) continue
    if (isContentsList(list)) remove(list)
  }
  return links
}

function insideList(element: PageElement): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (at.nodeName === 'UL' || at.nodeName === 'OL' || at.nodeName === 'DL') return true
  }
  return false
}

const inPageLinks = (element: PageElement) =>
  Array.from(element.querySelectorAll('a[href^="#"]')).filter(
    (a) => (a.getAttribute('href') ?? '').length > 1
  )

/** A list whose every item is a link to a place in the page, and nothing more. */
function isContentsList(list: PageElement): boolean {
  const items = Array.from(list.children).filter((c) => c.nodeName === 'LI' || c.nodeName === 'DT')
  if (items.length < 3) return false
  return items.every((item) => {
    const nested = Array.from(item.children).filter((c) => /^(UL|OL|DL)$/.test(c.nodeName))
    if (!nested.every(isContentsList)) return false
    const own = cleanText((item.textContent ?? '').slice(0, ownTextLength(item, nested)))
    const linked = cleanText(
      Array.from(item.children)
        .filter((c) => !nested.includes(c))
        .flatMap((c) => (c.nodeName === 'A' ? [c] : Array.from(c.querySelectorAll('a'))))
        .filter((a) => (a.getAttribute('href') ?? '').startsWith('#'))
        .map((a) => a.textContent ?? '')
        .join(' ')
    )
    return own !== '' && own === linked
  })
}

/** How much of an item's text comes before its nested lists (which come last in a contents list). */
function ownTextLength(item: PageElement, nested: readonly PageElement[]): number {
  const text = item.textContent ?? ''
  const first = nested[0]
  if (!first) return text.length
  const at = text.indexOf(first.textContent ?? '')
  return at === -1 ? text.length : at
}

/** Permalink marks: a link to a place in the page whose text has no letter or digit. */
const PERMALINK_CLASS =
  /\b(?:headerlink|anchor|anchorjs-link|hash-link|permalink|mark|heading-anchor|header-anchor)\b/

/** Removes the permalink marks in the page's headings; returns how many. */
export function removePermalinks(document: PageDocument): number {
  let count = 0
  for (const heading of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    for (const link of Array.from(heading.querySelectorAll('a'))) {
      const href = link.getAttribute('href') ?? ''
      const text = cleanText(link.textContent ?? '')
      const symbolOnly = !/[\p{L}\p{N}]/u.test(text)
      if (
        (href.startsWith('#') && symbolOnly) ||
        (PERMALINK_CLASS.test(link.getAttribute('class') ?? '') && symbolOnly)
      ) {
        link.remove()
        count++
      }
    }
  }
  return count
}

/** Set on the title of a note, a warning or a tip in a manual: a label of its text, not a section. */
export const BOX_TITLE_ATTRIBUTE = 'data-reader-box-title'

/** The boxes manuals set apart (DocBook's, Sphinx's and MkDocs' admonitions, an aside). */
const BOXES =
  '.note, .warning, .tip, .caution, .important, .admonition, .hint, .attention, .danger, ' +
  '.seealso, .sidebar, aside, [role="note"]'

/**
 * Marks the headings inside a manual's note, warning or tip boxes ("Note", "Warning"): they title
 * the box, they do not start a section (which would take in all the text after the box).
 */
export function markBoxTitles(document: PageDocument): void {
  for (const box of Array.from(document.querySelectorAll(BOXES))) {
    for (const heading of Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      heading.setAttribute(BOX_TITLE_ATTRIBUTE, '')
    }
  }
}
