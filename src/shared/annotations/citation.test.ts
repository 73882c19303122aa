import { describe, expect, it } from 'vitest'
import { MARKDOWN_VIEWERS } from '../../../test/support/markdown-viewers'
import type { ReportMetadata } from '../report-model'
import { createTranslator } from '../i18n/translator'
import {
  citationMarkdown as markdownIn,
  citationPlain as plainIn,
  passagePages,
  type CitationSource
} from './citation'

const english = createTranslator('en')
const citationPlain = (quote: string, source: CitationSource) => plainIn(quote, source, english)
const citationMarkdown = (quote: string, source: CitationSource) =>
  markdownIn(quote, source, english)

const KAZAKHSTAN: ReportMetadata = {
  title: 'Country Reports on Terrorism 2021: Kazakhstan',
  publisher: 'U.S. Department of State, Bureau of Counterterrorism',
  edition: '2021',
  sourceUrl: 'https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/'
}
const QUOTE = 'Kazakhstan remained on guard against homegrown terrorist attacks'

describe('a passage with its citation', () => {
  it('as plain text: the quote, title, section, publisher, edition and address', () => {
    expect(citationPlain(QUOTE, { metadata: KAZAKHSTAN, section: 'Overview' })).toBe(
      '“Kazakhstan remained on guard against homegrown terrorist attacks” — Country Reports on Terrorism 2021: Kazakhstan, section “Overview”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/'
    )
  })

  it('names every section a passage over several runs through, each once, in order', () => {
    const sections = ['Overview', '2021 Terrorist Incidents', 'Legislation']
    expect(citationPlain('x', { metadata: KAZAKHSTAN, section: sections })).toContain(
      'Kazakhstan, sections “Overview”, “2021 Terrorist Incidents”, and “Legislation”. U.S.'
    )
    expect(
      citationPlain('x', { metadata: KAZAKHSTAN, section: ['Overview', 'Summary'] })
    ).toContain(', sections “Overview” and “Summary”.')
    expect(
      citationPlain('x', { metadata: KAZAKHSTAN, section: ['Overview', 'Overview'] })
    ).toContain(', section “Overview”.')
  })

  it('as Markdown: a block quote ending with the citation, the title in italics', () => {
    expect(citationMarkdown(QUOTE, { metadata: KAZAKHSTAN, section: 'Overview' })).toBe(
      [
        '> Kazakhstan remained on guard against homegrown terrorist attacks',
        '>',
        '> — *Country Reports on Terrorism 2021: Kazakhstan*, section “Overview”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. <https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/>'
      ].join('\n')
    )
  })

  it('keeps an edition label that says "edition", and leaves out what is not known', () => {
    const metadata = { ...KAZAKHSTAN, edition: 'Second edition, 2027' }
    expect(citationPlain('x', { metadata })).toBe(
      '“x” — Country Reports on Terrorism 2021: Kazakhstan. U.S. Department of State, Bureau of Counterterrorism, Second edition, 2027. https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/'
    )
    expect(citationPlain('x', { metadata, withoutEdition: true })).toContain(
      'Kazakhstan. U.S. Department of State, Bureau of Counterterrorism. https://'
    )
  })

  it('shows in a Markdown viewer exactly as written, whatever the report or quote holds', () => {
    const metadata: ReportMetadata = {
      title: 'Notes on *C* & <b>HTML</b>',
      publisher: '_Field_ team',
      edition: '2027',
      sourceUrl: 'javascript:alert(1)'
    }
    const quote = '# Not a heading\n[link](x) `code` *stars*'
    for (const render of Object.values(MARKDOWN_VIEWERS)) {
      const html = render(citationMarkdown(quote, { metadata }))
      expect(html).toContain('<em>Notes on *C* &amp; &lt;b&gt;HTML&lt;/b&gt;</em>')
      expect(html).toContain('# Not a heading')
      expect(html).toContain('[link](x) `code` *stars*')
      expect(html).toContain('_Field_ team, 2027 edition. javascript:alert(1)')
      expect(html).not.toMatch(/<(a|b|h\d|code|strong)[\s>]/)
    }
  })
})

describe('the page of a passage, for a report with pages', () => {
  const paged = {
    sections: [
      {
        id: 'summary',
        heading: 'Summary',
        paragraphs: [
          { id: 'summary-p1', text: 'On the first page.', page: 12 },
          { id: 'summary-p2', text: 'Over the page.', page: 13 }
        ]
      }
    ]
  }

  it('cites the page after the section, or the pages of a passage over two', () => {
    const pages = passagePages(paged, 'summary-p1')
    expect(pages).toEqual({ first: 12, last: 12 })
    expect(citationPlain('x', { metadata: KAZAKHSTAN, section: 'Summary', pages })).toContain(
      'Kazakhstan, section “Summary”, p. 12. U.S. Department of State'
    )
    const both = passagePages(paged, 'summary-p1', 'summary-p2')
    expect(
      citationMarkdown('x', { metadata: KAZAKHSTAN, section: 'Summary', pages: both })
    ).toContain('*, section “Summary”, pp. 12–13. U.S. Department of State')
  })

  it('cites no page for a report without pages', () => {
    const unpaged = {
      sections: [{ id: 'a', heading: 'A', paragraphs: [{ id: 'a-p1', text: 't' }] }]
    }
    expect(passagePages(unpaged, 'a-p1')).toBeNull()
    expect(citationPlain('x', { metadata: KAZAKHSTAN, section: 'A', pages: null })).toContain(
      'section “A”. U.S.'
    )
  })
})
