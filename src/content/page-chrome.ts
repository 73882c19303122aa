import { comparisonKey } from '../shared/text/clean-text'

/**
 * Page chrome: text a web capture contains that is not part of the report. The list is explicit
 * so that nothing else is ever silently dropped. Lines are compared with `comparisonKey`:
 * case-, whitespace- (incl. NBSP) and apostrophe-insensitive, but otherwise exact and whole-line.
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
 * Footer marker: the page's "On This Page" navigation ends the article. This line and everything
 * after it (the site name "U.S. Department of State", titles of unrelated pages such as
 * "The Lessons of 1989: Freedom and Our Future") are dropped.
 */
export const END_OF_ARTICLE_LINES: readonly string[] = ['On This Page']

const bannerKeys = new Set(BANNER_LINES.map(comparisonKey))
const endKeys = new Set(END_OF_ARTICLE_LINES.map(comparisonKey))

export function isBannerLine(line: string): boolean {
  return bannerKeys.has(comparisonKey(line))
}

export function isEndOfArticleLine(line: string): boolean {
  return endKeys.has(comparisonKey(line))
}

/**
 * Removes page chrome from the lines of a plain-text capture: cuts at the first end-of-article
 * line and blanks out banner lines (blank, so block boundaries stay where they were).
 */
export function removePageChrome(lines: readonly string[]): string[] {
  const end = lines.findIndex(isEndOfArticleLine)
  const article = end === -1 ? lines : lines.slice(0, end)
  return article.map((line) => (isBannerLine(line) ? '' : line))
}
