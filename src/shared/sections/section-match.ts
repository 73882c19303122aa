/**
 * Country chapters share their section headings, with small differences from report to report:
 * "Legislation, Law Enforcement, and Border Security" and "Legislation, law enforcement and border
 * security" are the same section, and so are "2021 Terrorist Incidents" and "2020 Terrorist
 * Incidents". A section key is the heading with those differences taken out; sections match
 * across reports when their keys are equal.
 */

/** The most reports read side by side: four columns still leave a readable line. */
export const MAX_COMPARED = 4
/** Columns chosen when the comparison opens: the current report and the next two with the section. */
export const DEFAULT_COMPARED = 3

/** A year on its own, 1900 to 2099 ("2021 Terrorist Incidents", "Elections (2020)"). */
const YEAR = /(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/gu
/** Anything that is not a letter or a digit: punctuation, symbols, spaces of every kind. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/**
 * The heading's words in lower case, without punctuation, with "&" read as "and" and without
 * a year standing on its own. A heading that is only a year keeps it (it is then all there is
 * to tell sections apart).
 */
export function sectionKey(heading: string): string {
  const words = (text: string) =>
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/&/g, ' and ')
      .replace(NOT_WORD, ' ')
      .trim()
      .replace(/ +/g, ' ')
  return words(heading.replace(YEAR, ' ')) || words(heading)
}

/** A report's section that matches a key: where a column of the comparison comes from. */
export interface SectionMatch {
  reportId: string
  sectionId: string
  /** The heading as this report words it. */
  heading: string
}

/**
 * What matching needs of a report: its id and its sections' ids and headings, in order. Main has
 * it for every report without reading any (the build's table of contents, library-contents.json).
 */
export interface ReportOutline {
  id: string
  sections: readonly { id: string; heading: string }[]
}

/**
 * The section of each report that matches `key`, in library order; a report without one is left
 * out. Within a report the first matching section is taken (a heading repeated lower down is a
 * subsection of the same name, not the chapter's section).
 */
export function matchingSections(
  library: { reports: readonly ReportOutline[] },
  key: string
): SectionMatch[] {
  const matches: SectionMatch[] = []
  for (const report of library.reports) {
    const section = report.sections.find((s) => sectionKey(s.heading) === key)
    if (section)
      matches.push({ reportId: report.id, sectionId: section.id, heading: section.heading })
  }
  return matches
}

/**
 * matchingSections for any key, from every report's section keys, worked out once (on the first
 * question) instead of for each: so the thousandth report costs a map look-up, not a heading
 * normalized again.
 */
export function sectionFinder(reports: readonly ReportOutline[]): (key: string) => SectionMatch[] {
  let byKey: Map<string, SectionMatch[]> | null = null
  return (key) => {
    if (!byKey) {
      byKey = new Map()
      // Chapters share their headings: each distinct heading is normalized once.
      const keys = new Map<string, string>()
      for (const report of reports) {
        const seen = new Set<string>()
        for (const section of report.sections) {
          let sectionKeyOf = keys.get(section.heading)
          if (sectionKeyOf === undefined) {
            sectionKeyOf = sectionKey(section.heading)
            keys.set(section.heading, sectionKeyOf)
          }
          if (seen.has(sectionKeyOf)) continue
          seen.add(sectionKeyOf)
          const match = { reportId: report.id, sectionId: section.id, heading: section.heading }
          const list = byKey.get(sectionKeyOf)
          if (list) list.push(match)
          else byKey.set(sectionKeyOf, [match])
        }
      }
    }
    return [...(byKey.get(key) ?? [])]
  }
}

/**
 * The reports a comparison opens with: the current report (when it has the section), then the
 * reports after it in the library that have it, wrapping round to the start, up to `count`.
 */
export function defaultCompared(
  matches: readonly SectionMatch[],
  currentReportId: string,
  count = DEFAULT_COMPARED
): string[] {
  const at = matches.findIndex((m) => m.reportId === currentReportId)
  const from = at === -1 ? 0 : at
  const ordered = [...matches.slice(from), ...matches.slice(0, from)]
  return ordered.slice(0, Math.min(count, MAX_COMPARED)).map((m) => m.reportId)
}
