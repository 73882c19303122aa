import { Readability } from '@mozilla/readability'
import type { MessageId } from '../shared/i18n/catalog-types'
import { parseHTML } from 'linkedom'
import { cleanText } from '../shared/text/clean-text'
import { assembleItems } from './document-items'
import { HEADING_RANK_ATTRIBUTE, htmlBlocks, noteText, type DomNode } from './html-blocks'
import { takePageNotes, type NoteDocument } from './html-footnotes'
import {
  markBoxTitles,
  removePageContents,
  removePermalinks,
  type PageDocument
} from './html-page-parts'
import { NO_CHROME_CONTEXT, type ChromeContext } from './page-chrome'
import type { BuildNotice, ParsedBlock, ParsedReport } from './parsed-section'
import { richFields } from './rich-text'
import { listed, say } from './build-words'

/**
 * An HTML page saved from a browser (`.html`, `.htm`):
 *
 * 1. The page is parsed by linkedom, a DOM for Node that runs no script and loads nothing.
 * 2. What a page runs, fetches or asks for is removed first and counted: scripts, style sheets,
 *    forms, frames, images and other media, embedded objects. None of it could ever reach the
 *    app, which holds only text; removing it first also keeps its text (a frame's fallback, a
 *    script's code) out of the article.
 * 3. The page's own table of contents, the permalink marks beside its headings ("#", "¶") and
 *    its footnotes are taken out (html-page-parts.ts, html-footnotes.ts): the contents and
 *    marks are said as dropped, the footnotes become the report's last section.
 * 4. Mozilla's Readability finds the article: it leaves out the page's header, navigation,
 *    sidebars and footer. Outside a browser it needs no more than the document (see its README:
 *    "Node.js usage"); the page's address would only turn relative links into absolute ones,
 *    and the blocks below keep no links, so none is given. Readability's `isProbablyReaderable`
 *    is a quick guess for browsers deciding whether to offer reader view; the build always asks
 *    for the article, and Readability keeps its best attempt when none looks like one.
 *    Readability drops a heading that repeats the page's <title>; here it is kept (the page
 *    heading of Node's docs, say), and the page chrome rules drop it when it repeats the
 *    report's title.
 * 5. The article's headings, paragraphs, lists, tables, quotes and code become blocks
 *    (html-blocks.ts), and the page chrome rules (page-chrome.ts) drop what is left of the
 *    site around the report: a banner, a page title, "On This Page" and what follows.
 *
 * Heading levels follow the page, by rank (document-items.ts): the highest heading kept is level
 * 1, and each lower kind of heading one level more (bold run-in headings below all others), to
 * MAX_SECTION_LEVEL.
 */
export function parseHtml(
  source: string,
  context: ChromeContext = NO_CHROME_CONTEXT,
  { wholeDocument = false }: { wholeDocument?: boolean } = {}
): ParsedReport {
  const { document } = parseHTML(withBody(source))
  const notices: BuildNotice[] = []
  const removed = removeActiveContent(document as unknown as QueryableDocument)
  if (removed) notices.push({ kind: 'dropped', message: removed })
  notices.push(...pageParts(document as unknown as PageDocument))
  const notes = takePageNotes(document as unknown as NoteDocument)

  markHeadingRanks(document as unknown as QueryableDocument)
  const body = (document as unknown as QueryableDocument).body as DomNode | null
  let root = body
  if (!wholeDocument) {
    const pageText = cleanText(body?.textContent ?? '').length
    // Readability changes the document it reads; nothing reads this one after it.
    const reader = new Readability(document, { serializer: (node) => node })
    // Keep a heading that repeats the page's <title>: the page chrome rules judge it, against
    // the report's own title, and say so when they drop it.
    ;(reader as unknown as { _headerDuplicatesTitle: () => boolean })._headerDuplicatesTitle = () =>
      false
    const article = reader.parse()
    // No article means no text Readability would show (it keeps its best attempt otherwise).
    root = (article?.content as DomNode | null | undefined) ?? null
    const left = pageText - cleanText(root?.textContent ?? '').length
    if (root && left > 0) {
      notices.push({
        kind: 'dropped',
        message: say('build.dropped.aroundArticle', { characters: left })
      })
    }
  }

  const items = root ? htmlBlocks(root) : []
  const footnotes: ParsedBlock[] = notes.flatMap(({ label, element }) => {
    const text = noteText(element as unknown as DomNode)
    return text.text
      ? [{ text: text.text, block: { kind: 'footnote' as const, label }, ...richFields(text) }]
      : []
  })
  const report = assembleItems(items, context, { footnotes })
  if (/<html[\s>]/i.test(source) && !/<\/html\s*>\s*$/i.test(source)) {
    report.notices.push({
      kind: 'warning',
      message:
        'the page looks cut off: the file stops before the end of the page (it has no closing </html>). ' +
        'Everything up to there is kept; save the page again if it is not complete.'
    })
  }
  return { sections: report.sections, notices: [...notices, ...report.notices] }
}

/** The page's own contents and permalink marks, removed, and what the build says of them. */
function pageParts(document: PageDocument): BuildNotice[] {
  const notices: BuildNotice[] = []
  const links = removePageContents(document)
  if (links > 0) {
    notices.push({
      kind: 'dropped',
      message: say('build.dropped.htmlContents', { links })
    })
  }
  markBoxTitles(document)
  const marks = removePermalinks(document)
  if (marks > 0) {
    notices.push({
      kind: 'dropped',
      message: say('build.dropped.permalinks', { headings: marks })
    })
  }
  return notices
}

/**
 * linkedom builds the tree as written: a file that is only a fragment (`<h2>…</h2><p>…</p>`, as
 * hand-written HTML may be) has no body, where a browser would make one. Give it one.
 */
function withBody(source: string): string {
  if (/<body[\s>]/i.test(source)) return source
  const head = /<head[\s>][\s\S]*?<\/head\s*>/i.exec(source)?.[0] ?? ''
  const content = source
    .replace(head, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html[^>]*>/gi, '')
  return `<!DOCTYPE html><html>${head}<body>${content}</body></html>`
}

/** The DOM calls this file makes on linkedom's document (typed here: no DOM library in Node). */
interface QueryableDocument {
  body: unknown
  querySelectorAll(selector: string): ArrayLike<{
    nodeName: string
    remove(): void
    setAttribute(name: string, value: string): void
  }>
}

/** Each heading's rank as the page gives it, before Readability renames any (see html-blocks.ts). */
function markHeadingRanks(document: QueryableDocument): void {
  for (const heading of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    heading.setAttribute(HEADING_RANK_ATTRIBUTE, heading.nodeName.slice(1))
  }
}

/** What a page runs, fetches or asks for: never carried over, so removed before anything else. */
const ACTIVE_CONTENT: readonly [selector: string, counted: MessageId][] = [
  ['script', 'build.dropped.active.scripts'],
  ['noscript', 'build.dropped.active.noscripts'],
  ['style, link[rel~="stylesheet" i]', 'build.dropped.active.styleSheets'],
  ['form, input, button, select, textarea', 'build.dropped.active.forms'],
  ['iframe, frame, frameset', 'build.dropped.active.frames'],
  ['img, picture, svg, canvas, video, audio, source, track, map', 'build.dropped.active.media'],
  ['object, embed, applet', 'build.dropped.active.objects'],
  ['template, dialog', 'build.dropped.active.templates']
]

function removeActiveContent(document: QueryableDocument): string | null {
  const counts: string[] = []
  for (const [selector, counted] of ACTIVE_CONTENT) {
    const found = Array.from(document.querySelectorAll(selector))
    for (const element of found) element.remove()
    if (found.length > 0) counts.push(say(counted, { count: found.length }))
  }
  if (counts.length === 0) return null
  return say('build.dropped.active', { counts: listed(counts) })
}
