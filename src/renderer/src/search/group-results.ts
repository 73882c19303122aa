import type { SearchHit } from '../../../shared/search/search-types'

export interface ResultGroup {
  reportId: string
  reportTitle: string
  sections: { sectionId: string; heading: string; hits: { hit: SearchHit; index: number }[] }[]
}

/**
 * Results grouped by report, then section, in the order of each group's best hit. `index` is the
 * hit's place in reading order on screen, which is the order the arrow keys follow.
 */
export function groupResults(
  hits: readonly SearchHit[],
  titles: ReadonlyMap<string, string>
): ResultGroup[] {
  const groups: ResultGroup[] = []
  for (const hit of hits) {
    let group = groups.find((g) => g.reportId === hit.reportId)
    if (!group) {
      group = {
        reportId: hit.reportId,
        reportTitle: titles.get(hit.reportId) ?? hit.reportId,
        sections: []
      }
      groups.push(group)
    }
    let section = group.sections.find((s) => s.sectionId === hit.sectionId)
    if (!section) {
      section = { sectionId: hit.sectionId, heading: hit.heading, hits: [] }
      group.sections.push(section)
    }
    section.hits.push({ hit, index: -1 })
  }
  let index = 0
  for (const group of groups)
    for (const section of group.sections) for (const entry of section.hits) entry.index = index++
  return groups
}

/** The hits in on-screen order. */
export function flattenGroups(groups: readonly ResultGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.sections.flatMap((s) => s.hits.map((h) => h.hit)))
}
