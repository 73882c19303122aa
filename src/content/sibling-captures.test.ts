import { beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_FILES, type Library, type ProcessedReport } from '../shared/report-model'
import { createSearchEngine } from '../shared/search/search-engine'
import type { SearchEngine } from '../shared/search/search-types'
import { formatNotice } from './build-library'
import { renderGeneratedContent } from './generate-content'
import { CAPTURES_DIR } from './test-support'

/**
 * Captures of sibling country chapters, as a trainer would drop them in a folder: the .gov
 * banner, an archive banner, page title lines, "•" bullets, nested numbered items, a file cut off
 * in the middle of a word. The prose is the tests' own, in the style of the captures.
 */

let library: Library
let printed: string[]
let engine: SearchEngine

beforeAll(() => {
  const generated = renderGeneratedContent(CAPTURES_DIR)
  library = generated.library
  printed = generated.notices.map(formatNotice)
  const packed = generated.files.find((f) => f.name === GENERATED_FILES.packedIndex)?.contents
  if (!(packed instanceof Uint8Array)) throw new Error('no packed index built')
  engine = createSearchEngine(library, packed)
})

const report = (id: string): ProcessedReport => {
  const found = library.reports.find((r) => r.id === id)
  if (!found) throw new Error(`no report ${id}`)
  return found
}
const texts = (r: ProcessedReport) => r.sections.flatMap((s) => s.paragraphs.map((p) => p.text))

describe('captures of sibling chapters', () => {
  it('open on the report’s first section, not on a banner or a page title', () => {
    expect(report('crt2021-kyrgyz-republic').sections.map((s) => s.heading)).toEqual([
      'Overview',
      'Legislation, Law Enforcement, and Border Security',
      'Countering Violent Extremism'
    ])
    expect(report('crt2021-turkmenistan').sections.map((s) => s.heading)).toEqual([
      'Overview',
      '2021 Terrorist Incidents',
      'Legislation, Law Enforcement, and Border Security',
      'Countering the Financing of Terrorism'
    ])
  })

  it('keep no banner or title line in the text or the index', () => {
    const all = JSON.stringify(library.reports.map((r) => r.sections))
    for (const chrome of [
      'ARCHIVED CONTENT',
      'For current information',
      '.gov website',
      'Chapter 1',
      'On This Page'
    ]) {
      expect(all).not.toContain(chrome)
    }
    expect(engine.search('archived').total).toBe(0)
    expect(engine.search('chapter').total).toBe(0)
    // The country's name is found where the text says it, not in a title section.
    expect(engine.search('Kyrgyz').results.map((r) => r.heading)).not.toContain('Introduction')
  })

  it('keep each "•" bullet as a list item of its own', () => {
    const legislation = report('crt2021-kyrgyz-republic').sections[1]
    expect(legislation?.paragraphs.map((p) => p.block?.kind ?? 'paragraph')).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'list-item'
    ])
    expect(Math.max(...texts(report('crt2021-kyrgyz-republic')).map((t) => t.length))).toBeLessThan(
      400
    )
  })

  it('nest the items of a numbered list', () => {
    const items = report('crt2021-turkmenistan').sections[2]?.paragraphs.flatMap((p) =>
      p.block?.kind === 'list-item' ? [[p.block.depth, p.block.number ?? null, p.text]] : []
    )
    expect(items).toEqual([
      [1, 1, 'Checking travel documents against international watch lists.'],
      [1, 2, 'Screening cargo at road and rail crossings.'],
      [2, null, 'Rail crossings received scanners first.'],
      [2, null, 'Road crossings are to follow next year.'],
      [1, 3, 'Sharing information between agencies within the country.']
    ])
  })

  it('keep the last word of a file cut off in the middle of it, and find it', () => {
    expect(texts(report('crt2021-kyrgyz-republic')).at(-1)).toMatch(/two more youth cent$/)
    expect(engine.search('cent').results.map((r) => r.paragraphId)).toEqual([
      'countering-violent-extremism-p1'
    ])
  })

  it('print, per file, what was dropped and what looks wrong', () => {
    expect(printed).toEqual([
      'crt2021-kyrgyz-republic.txt: dropped the .gov banner ("An official website of the United States…", 5 lines)',
      'crt2021-kyrgyz-republic.txt: dropped the archive banner ("ARCHIVED CONTENT: This page is kept for…", 2 lines)',
      'crt2021-kyrgyz-republic.txt: dropped the page title ("Kyrgyz Republic", 1 line): it repeats the report\'s title',
      'crt2021-kyrgyz-republic.txt: warning: the text looks cut off: it ends in the middle of a sentence ("…promised to fund two more youth cent"). Everything up to there is kept; check that the file is complete.',
      'crt2021-turkmenistan.txt: dropped the .gov banner ("An official website of the United States…", 5 lines)',
      'crt2021-turkmenistan.txt: dropped the page title ("Country Report on Terrorism 2021 -…", 1 line): it repeats the report\'s title',
      'crt2021-turkmenistan.txt: dropped the end of the page ("On This Page…", 3 lines): the navigation and links after the article',
      'crt2021-turkmenistan.txt: warning: the section "2021 Terrorist Incidents" has no text under its heading; it is kept',
      'crt2021-turkmenistan.txt: warning: a paragraph appears twice ("Cooperation with international partners…", in "Overview" and "Legislation, Law Enforcement, and Border Security"); each is kept'
    ])
  })
})
