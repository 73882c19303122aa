import { cleanText } from '../shared/text/clean-text'

/**
 * A page title line: the line a web page or a print puts above the report that only repeats the
 * report's title (known from its metadata). Captures of the State Department's country chapters
 * have two forms, besides the whole title:
 *
 * - one part of the title alone: "Kyrgyz Republic" for "Country Reports on Terrorism 2021: Kyrgyz
 *   Republic", or the series' name "Country Reports on Terrorism 2021" a page puts over it;
 * - the title's parts joined by dashes or bars, with a chapter label among them: "Country Report
 *   on Terrorism 2021 - Chapter 1 - Turkmenistan".
 *
 * Parts are compared word by word, ignoring case, punctuation and a plural "s" ("Report" is
 * "Reports"), so a line matches only when every word of it is the title's.
 */

/** Where a title or a title line splits into parts: a colon, or a dash or bar between spaces. */
const PART_SEPARATOR = /:\s+|\s+[-–—|]\s+/
/** A chapter label a site puts between the parts of a title. */
const CHAPTER_LABEL = /^(?:chapter|part|section|annex|appendix)\s+(?:\d+|[ivxlc]+)$/i

export function isTitleLine(line: string, title: string): boolean {
  const key = partKey(line)
  if (key === '') return false
  const titleParts = cleanText(title).split(PART_SEPARATOR).map(partKey).filter(Boolean)
  if (key === partKey(title)) return true
  const subject = titleParts[titleParts.length - 1]
  if (subject === undefined) return false
  // A part alone repeats the title only when the title has more than one part.
  if (titleParts.length > 1 && titleParts.includes(key)) return true
  const lineParts = cleanText(line).split(PART_SEPARATOR)
  if (lineParts.length < 2) return false
  let namesSubject = false
  for (const part of lineParts) {
    const partKeyOfLine = partKey(part)
    if (partKeyOfLine === subject) namesSubject = true
    else if (!titleParts.includes(partKeyOfLine) && !CHAPTER_LABEL.test(part.trim())) return false
  }
  return namesSubject
}

/** Words of a part, lowercased, without punctuation or a plural "s", joined by single spaces. */
function partKey(part: string): string {
  return cleanText(part)
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ')
}
