/**
 * Cases of the relevance suite (relevance.test.ts) that other tests use too: realistic queries an
 * analyst types against the bundled report, and the paragraph that must come first. Section ids
 * are those of the bundled report.
 */

export const OVERVIEW = 'overview'
export const INCIDENTS = '2021-terrorist-incidents'
export const LEGISLATION = 'legislation-law-enforcement-and-border-security'
export const FINANCING = 'countering-the-financing-of-terrorism'
export const CVE = 'countering-violent-extremism'
export const COOPERATION = 'international-and-regional-cooperation'

/** [query, the paragraph about it, which must rank first]. */
export const RANKED_FIRST: [query: string, paragraphId: string][] = [
  // Names and places
  ['Tokayev', `${LEGISLATION}-p1`],
  ['Max Bokayev', `${LEGISLATION}-p3`],
  ['Atyrau court', `${LEGISLATION}-p3`],
  ['Shymkent', `${LEGISLATION}-p3`],
  ['Kostanay', `${LEGISLATION}-p4`],
  ['Aktobe', `${COOPERATION}-p1`],
  ['Aktau Karaganda Strong Cities Network', `${CVE}-p2`],
  ['Egmont Group', `${FINANCING}-p1`],
  // Acronyms, with their symbols
  ['KNB', `${LEGISLATION}-p1`],
  ['API/PNR', `${LEGISLATION}-p4`],
  ['api pnr', `${LEGISLATION}-p4`],
  ['C5+1', `${COOPERATION}-p2`],
  ['UNSCR 2396', `${LEGISLATION}-p4`],
  ['MISD hotline', `${CVE}-p1`],
  ['UNDP UNODC OSCE', `${COOPERATION}-p1`],
  ['SCO', `${COOPERATION}-p2`],
  // Inflections and apostrophes
  ['prosecuted fighters', `${LEGISLATION}-p2`],
  ['Kazakhstan’s Border Guard', `${LEGISLATION}-p4`],
  ["Kazakhstan's Border Guard", `${LEGISLATION}-p4`],
  ['nonviolent religious movements', `${OVERVIEW}-p1`],
  ['non-violent', `${OVERVIEW}-p1`],
  ['lawenforcement officers', `${LEGISLATION}-p1`],
  // Numbers
  ['181,000', `${CVE}-p2`],
  ['181000 online materials', `${CVE}-p2`],
  ['$900 million', `${LEGISLATION}-p1`],
  ['19.8 percent', `${LEGISLATION}-p3`],
  ['139 criminal offenses', `${LEGISLATION}-p3`],
  // Phrases
  ['"death penalty"', `${LEGISLATION}-p1`],
  ['"illegal border crossing"', `${LEGISLATION}-p4`],
  ['"virtual-asset service providers"', `${FINANCING}-p1`],
  // Topics: the section about it first
  ['terrorist incidents 2021', `${INCIDENTS}-p1`],
  ['financing of terrorism cases', `${FINANCING}-p1`],
  ['online extremist content removed', `${CVE}-p2`],
  ['mentorship program offenders', `${COOPERATION}-p1`],
  ['rehabilitation reintegration returnees prison', `${COOPERATION}-p2`]
]

/** [query, typed still] that must find both paragraphs that say "repatriated". */
export const EVERY_FORM: [query: string, asYouType: boolean][] = [
  ['repatriate', false],
  ['repatriation', false],
  ['repatri', true]
]
