import type { MessageId } from '../shared/i18n/catalog-types'
import type { ReportMetadata } from '../shared/report-model'
import { cleanText, comparisonKey } from '../shared/text/clean-text'
import type { BuildNotice } from './parsed-section'
import { say } from './build-words'
import { isTitleLine } from './title-line'

/**
 * Page chrome: text a web capture or a print contains that is not part of the report. The rules
 * are explicit, so that nothing else is ever dropped, and the build says what each one dropped.
 * Lines are compared with `comparisonKey`: case-, whitespace- (incl. NBSP) and
 * apostrophe-insensitive, but otherwise exact and whole-line.
 *
 * Every format hands the rules its text as lines, a blank line between blocks: plain text as
 * written, an HTML page or a PDF as one line per line or block of the extracted text.
 */

/** The U.S. government site banner (USWDS "official website" banner) at the top of the page. */
export const BANNER_LINES: readonly string[] = [
  "An official website of the United States Government Here's how you know",
  'An official website of the United States government',
  "Here's how you know",
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
  "A lock ( Lock A locked padlock ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites."
]

/**
 * Where the article ends: the page's "On This Page" navigation, and the related-pages and
 * feedback boxes government sites put under an article. This line and everything after it (on
 * state.gov the site name "U.S. Department of State" and titles of unrelated pages such as "The
 * Lessons of 1989: Freedom and Our Future") are dropped.
 */
export const END_OF_ARTICLE_LINES: readonly string[] = [
  'On This Page',
  'Related Articles',
  'Was this page helpful?'
]

/** The site's own navigation lines, wherever they are. */
export const NAVIGATION_LINES: readonly string[] = [
  'Skip to main content',
  'Skip to content',
  'Back to top',
  'Return to top',
  'Share this page',
  'Print this page'
]

/**
 * The banner of an archived government site, over one to six lines: it starts "ARCHIVED
 * CONTENT" (or "You are viewing ARCHIVED CONTENT") and ends at "For current information, go to
 * …" (e.g. "This is archived content … It is NOT UPDATED … For current information, go to
 * state.gov"). A line after it that is only a web address (the "go to" link) belongs to it.
 *
 * The State Department's 2017–2021 archive prints it as one sentence that says when the pages
 * were released, with no "go to" link: "You are viewing ARCHIVED CONTENT released online from
 * January 20, 2017 to January 20, 2021." That line is the banner, with the lines of the same
 * notice right after it ("Content in this archive site is NOT UPDATED, and links may not
 * function.", "… should not be construed as an endorsement …").
 */
const ARCHIVE_BANNER_START = /^\W*(?:you\s+are\s+viewing\s+)?archived\s+content\b/i
const ARCHIVE_BANNER_END = /\bfor\s+current\s+information\b/i
const ARCHIVE_RELEASED =
  /^\W*(?:you\s+are\s+viewing\s+archived\s+content|this\s+is\s+an\s+archive\s+of\s+information)\s+released\s+online\s+from\b/i
const ARCHIVE_NOTICE =
  /\bnot\s+updated\b|\blinks?\s+(?:may|might)\s+not\s+(?:function|work)\b|\bshould\s+not\s+be\s+construed\s+as\s+an\s+endorsement\b/i
const ARCHIVE_BANNER_LINES = 6
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?\.?$/i

/** The edition's own rules, from `pageChrome` in edition.json (see read-edition.ts). */
export interface EditionChromeRules {
  /** Lines to drop wherever they are; a rule ending in "…" drops lines that start with it. */
  dropLines: readonly string[]
  /** Lines where the article ends: the first one found and everything after it are dropped. */
  endAt: readonly string[]
}

export const NO_EDITION_RULES: EditionChromeRules = { dropLines: [], endAt: [] }

/** What the rules know of the report beyond its text. */
export interface ChromeContext {
  /** Its metadata, for the page title and details lines; without it those rules are off. */
  metadata?: ReportMetadata
  edition: EditionChromeRules
  /** Keep lines that repeat the title (a document whose only heading it is needs it). */
  keepTitleLines?: boolean
}

export const NO_CHROME_CONTEXT: ChromeContext = { edition: NO_EDITION_RULES }

/** The result of the rules on a list of lines. */
export interface PageChrome {
  /** For each line, whether it is kept (blank lines are always kept: they separate blocks). */
  keep: boolean[]
  /** What was dropped, one notice per rule, in the order of the text. */
  notices: BuildNotice[]
}

/**
 * What a rule drops, as the build says it: one whole message each (build.dropped.*), with the
 * quote of the first line, how many lines, and why if that is not clear.
 */
type DroppedKind =
  | 'build.dropped.endOfPage'
  | 'build.dropped.editionEnd'
  | 'build.dropped.archiveBanner'
  | 'build.dropped.govBanner'
  | 'build.dropped.navigation'
  | 'build.dropped.editionLines'
  | 'build.dropped.pageTitle'
  | 'build.dropped.details'

interface Removal {
  what: DroppedKind
  /** Where its first line is, to list removals in the order of the text. */
  first: number
  lines: string[]
}

export function findPageChrome(lines: readonly string[], context: ChromeContext): PageChrome {
  const keep = lines.map(() => true)
  const removals = new Map<DroppedKind, Removal>()
  const drop = (index: number, what: DroppedKind): void => {
    const line = lines[index] ?? ''
    keep[index] = false
    if (cleanText(line) === '') return
    const removal = removals.get(what) ?? { what, first: index, lines: [] }
    removal.lines.push(cleanText(line))
    removals.set(what, removal)
  }
  const matchers = lineMatchers(context.edition)
  const isBlank = (i: number): boolean => cleanText(lines[i] ?? '') === ''

  // The end first: nothing after it is worth another rule. It never takes the whole text.
  let end = lines.length
  let sawText = false
  for (let i = 0; i < lines.length && end === lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(i)) continue
    if (sawText && (matchers.builtInEnd(line) || matchers.editionEnd(line))) end = i
    else if (!matchers.banner(line) && !matchers.navigation(line)) sawText = true
  }
  if (end < lines.length) {
    const what = matchers.builtInEnd(lines[end] ?? '')
      ? 'build.dropped.endOfPage'
      : 'build.dropped.editionEnd'
    for (let i = end; i < lines.length; i++) drop(i, what)
  }

  let inHead = true
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? ''
    if (isBlank(i)) continue
    const bannerEnd = archiveBannerEnd(i)
    if (bannerEnd >= 0) {
      for (let j = i; j <= bannerEnd; j++) drop(j, 'build.dropped.archiveBanner')
      i = bannerEnd
    } else if (matchers.banner(line)) drop(i, 'build.dropped.govBanner')
    else if (matchers.navigation(line) || matchers.builtInEnd(line)) {
      // An end-of-article line before any text is the page's navigation, not the article's end.
      drop(i, 'build.dropped.navigation')
    } else if (matchers.editionLine(line) || matchers.editionEnd(line)) {
      drop(i, 'build.dropped.editionLines')
    } else if (
      inHead &&
      context.metadata &&
      !context.keepTitleLines &&
      isTitleLine(line, context.metadata.title)
    ) {
      drop(i, 'build.dropped.pageTitle')
    } else if (inHead && context.metadata && isDetailsLine(line, context.metadata)) {
      drop(i, 'build.dropped.details')
    } else inHead = false
  }
  const inOrder = [...removals.values()].sort((a, b) => a.first - b.first)
  return { keep, notices: inOrder.map(droppedNotice) }

  /** The last line of an archive banner starting at `start`, or -1 if it is not one. */
  function archiveBannerEnd(start: number): number {
    const first = cleanText(lines[start] ?? '')
    if (!ARCHIVE_BANNER_START.test(first) && !ARCHIVE_RELEASED.test(first)) return -1
    const withLink = archiveBannerLinkEnd(start)
    if (withLink >= 0 || !ARCHIVE_RELEASED.test(first)) return withLink
    // The one-sentence form: the notice's own lines after it belong to it.
    let last = start
    for (let i = start + 1, seen = 1; i < end && seen < ARCHIVE_BANNER_LINES; i++) {
      if (isBlank(i)) continue
      seen++
      if (!ARCHIVE_NOTICE.test(cleanText(lines[i] ?? ''))) break
      last = i
    }
    return last
  }

  /** The last line of a banner that ends at its "go to" link, or -1 if there is none. */
  function archiveBannerLinkEnd(start: number): number {
    let seen = 0
    for (let i = start; i < end && seen < ARCHIVE_BANNER_LINES; i++) {
      if (isBlank(i)) continue
      seen++
      if (!ARCHIVE_BANNER_END.test(cleanText(lines[i] ?? ''))) continue
      let next = i + 1
      while (next < end && isBlank(next)) next++
      return next < end && WEB_ADDRESS.test(cleanText(lines[next] ?? '')) ? next : i
    }
    return -1
  }
}

/** The built-in rules and the edition's, as tests on one line. */
function lineMatchers(edition: EditionChromeRules) {
  const keys = (list: readonly string[]) => new Set(list.map(comparisonKey))
  const banner = keys(BANNER_LINES)
  const navigation = keys(NAVIGATION_LINES)
  const end = keys(END_OF_ARTICLE_LINES)
  const editionLine = editionMatcher(edition.dropLines)
  const editionEnd = editionMatcher(edition.endAt)
  return {
    banner: (line: string) => banner.has(comparisonKey(line)),
    navigation: (line: string) => navigation.has(comparisonKey(line)),
    builtInEnd: (line: string) => end.has(comparisonKey(line)),
    editionLine,
    editionEnd
  }
}

/** A rule of edition.json: a whole line, or, ending in "…" (or "..."), a line's start. */
function editionMatcher(rules: readonly string[]): (line: string) => boolean {
  const whole = new Set<string>()
  const starts: string[] = []
  for (const rule of rules) {
    const prefix = /(?:…|\.\.\.)$/.exec(rule.trim())
    if (prefix) starts.push(comparisonKey(rule.trim().slice(0, prefix.index)))
    else whole.add(comparisonKey(rule))
  }
  return (line) => {
    const key = comparisonKey(line)
    return key !== '' && (whole.has(key) || starts.some((start) => key.startsWith(start)))
  }
}

/**
 * A line that only repeats the report's details, as the app prints them above the text
 * ("Publisher …", "Edition …", "Source …") or a page shows its address.
 */
function isDetailsLine(line: string, metadata: ReportMetadata): boolean {
  const key = comparisonKey(line)
  const labelled: [string[], string][] = [
    [['Publisher', 'Published by'], metadata.publisher],
    [['Edition'], metadata.edition],
    [['Source', 'Source URL'], metadata.sourceUrl]
  ]
  if (key === comparisonKey(metadata.sourceUrl)) return true
  return labelled.some(([labels, value]) =>
    labels.some((label) =>
      [`${label} ${value}`, `${label}: ${value}`].some((l) => key === comparisonKey(l))
    )
  )
}

/** `dropped the archive banner ("ARCHIVED CONTENT…", 2 lines)`. */
function droppedNotice({ what, lines }: Removal): BuildNotice {
  return droppedLines(what, lines, shortQuote(lines[0] ?? '', lines.length > 1))
}

/** The build.dropped.* message of lines dropped, quoting the first: one notice. */
export function droppedLines(
  what: MessageId,
  lines: readonly string[],
  quote = shortQuote(lines[0] ?? '')
): BuildNotice {
  return { kind: 'dropped', message: say(what, { quote, lines: lines.length }) }
}

const QUOTE_LENGTH = 40

/** The start of a line, cut at a word, with "…" when there is more. */
export function shortQuote(line: string, more = false): string {
  if (line.length <= QUOTE_LENGTH) return more ? `${line}…` : line
  const cut = line.lastIndexOf(' ', QUOTE_LENGTH)
  return `${line.slice(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH).replace(/[\s,;:]+$/, '')}…`
}
