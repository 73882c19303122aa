import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { renderGeneratedContent } from '../../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../../content/test-support'
import type { ProcessedReport } from '../report-model'
import { DEFAULT_COLOR_LABELS, type Annotation } from './annotation-model'
import { anchorAll, type Anchor } from './anchoring'
import { escapeMarkdown, exportMarkdown } from './export-markdown'
import { textTargetFor } from './select-target'

const library = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
const report = library.reports[0] as ProcessedReport
const LAW = 'legislation-law-enforcement-and-border-security'

function highlight(
  id: string,
  paragraphId: string,
  phrase: string,
  extra: Partial<Annotation> = {}
) {
  const paragraph = report.sections.flatMap((s) => s.paragraphs).find((p) => p.id === paragraphId)
  if (!paragraph) throw new Error(paragraphId)
  const start = paragraph.text.indexOf(phrase)
  const annotation: Annotation = {
    id,
    reportId: report.id,
    editionHash: report.contentHash,
    target: textTargetFor(paragraph, start, start + phrase.length),
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-01-02T09:30:00.000Z',
    updatedAt: '2026-01-02T09:30:00.000Z',
    ...extra
  }
  return annotation
}

function sectionNote(id: string, sectionId: string, note: string): Annotation {
  return {
    ...highlight(id, 'overview-p1', 'Kazakhstan'),
    target: { kind: 'section', sectionId },
    note
  }
}

const exportOf = (annotations: Annotation[], anchors?: Map<string, Anchor>) =>
  exportMarkdown(
    annotations,
    library,
    anchors ?? anchorAll(annotations, library),
    DEFAULT_COLOR_LABELS
  )

describe('exporting notes to Markdown', () => {
  it('writes the report, its sections, each quote with its colour, tags, dates and note', () => {
    const annotations = [
      highlight('anno-0001', `${LAW}-p1`, 'Committee for National Security (KNB)', {
        color: 'green',
        tags: ['agencies', 'knb'],
        note: 'The lead agency.\nCompare with 2020.',
        updatedAt: '2026-01-05T10:00:00.000Z'
      }),
      sectionNote('anno-0002', 'overview', 'Read this first.')
    ]
    expect(exportOf(annotations)).toBe(
      [
        '# Highlights and notes',
        '',
        '## Country Reports on Terrorism 2021: Kazakhstan',
        '',
        'U.S. Department of State, Bureau of Counterterrorism · Edition 2021 · Source: https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/',
        '',
        '### Overview',
        '',
        '**Section note** · Colour: Important (yellow) · Created 2026-01-02 09:30 UTC',
        '',
        'Read this first.',
        '',
        '### Legislation, Law Enforcement, and Border Security',
        '',
        '> Committee for National Security (KNB)',
        '',
        'Colour: Evidence (green) · Tags: agencies, knb · Created 2026-01-02 09:30 UTC · updated 2026-01-05 10:00 UTC',
        '',
        'The lead agency.  ',
        'Compare with 2020.',
        ''
      ].join('\n')
    )
  })

  it('lists sections in reading order and highlights by their place in the text', () => {
    const annotations = [
      highlight('anno-0001', `${LAW}-p3`, 'Max Bokayev', { createdAt: '2026-01-01T00:00:00.000Z' }),
      highlight('anno-0002', `${LAW}-p1`, 'President Tokayev'),
      highlight('anno-0003', `${LAW}-p1`, 'Committee for National Security'),
      highlight('anno-0004', 'overview-p1', 'homegrown terrorist attacks'),
      sectionNote('anno-0005', LAW, 'Long section.')
    ]
    const md = exportOf(annotations)
    const order = [
      '### Overview',
      '> homegrown terrorist attacks',
      '### Legislation',
      'Long section.',
      '> Committee for National Security',
      '> President Tokayev',
      '> Max Bokayev'
    ].map((s) => md.indexOf(s))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The same notes in any order give the same bytes.
    expect(exportOf([...annotations].reverse())).toBe(md)
  })

  it('lists what no longer anchors under "Unanchored", with its quote and why', () => {
    const lost = highlight('anno-0001', 'overview-p1', 'Kazakhstan remained on guard', {
      note: 'Still relevant?'
    })
    const lostSection = sectionNote('anno-0002', 'old-section', 'Gone.')
    const anchors = new Map<string, Anchor>([
      [lost.id, { status: 'orphan', reason: 'The highlighted text is not in this edition.' }],
      [lostSection.id, { status: 'orphan', reason: 'Its section is not in this edition.' }]
    ])
    const md = exportOf([lost, lostSection], anchors)
    const unanchored = md.slice(md.indexOf('### Unanchored'))
    expect(md.indexOf('### Unanchored')).toBeGreaterThan(0)
    expect(unanchored).toContain('> Kazakhstan remained on guard')
    expect(unanchored).toContain('The highlighted text is not in this edition.')
    expect(unanchored).toContain('Still relevant?')
    expect(unanchored).toContain('was on the section “old-section”')
    expect(unanchored).toContain('Gone.')
  })

  it('keeps notes of a report that is not in the library, as unanchored', () => {
    const stray = { ...highlight('anno-0001', 'overview-p1', 'Kazakhstan'), reportId: 'old-report' }
    const md = exportOf([stray])
    expect(md).toContain('## old-report\n\nThis report is not in the library.')
    expect(md).toContain('### Unanchored')
    expect(md).toContain('> Kazakhstan')
  })

  it('says when the text of a highlight has changed since it was made', () => {
    const a = highlight('anno-0001', 'overview-p1', 'Kazakhstan remained on guard')
    const anchors = new Map<string, Anchor>([
      [
        a.id,
        {
          status: 'anchored',
          method: 'fuzzy',
          sectionId: 'overview',
          paragraphId: 'overview-p1',
          start: 0,
          end: 20
        }
      ]
    ])
    expect(exportOf([a], anchors)).toContain('the text here has changed since it was highlighted')
  })
})

describe('notes that look like HTML or Markdown', () => {
  const note = [
    '<img src=x onerror=alert(1)><script>alert(2)</script>',
    '# not a heading',
    '> not a quote',
    '- not a list',
    '1. not a numbered list',
    '[click](javascript:alert(3)) **not bold** `not code` a | b',
    '',
    '    not a code block & not an &amp; entity'
  ].join('\n')

  it('show as the text that was typed in a Markdown viewer, never as HTML', () => {
    const a = highlight('anno-0001', 'overview-p1', 'Kazakhstan remained on guard', {
      note,
      tags: ['<b>tag</b>']
    })
    const rendered = marked.parse(exportOf([a]), { async: false })
    // After the quote: the facts line and the note (the report's source URL above is a link).
    const html = rendered.slice(rendered.indexOf('</blockquote>'))
    expect(html).not.toMatch(/<(img|script|a|b|h[4-6]|ul|ol|li|code|pre|table|strong)[\s>]/)
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;'
    )
    expect(html).toContain('# not a heading')
    expect(html).toContain('&gt; not a quote')
    expect(html).toContain('[click](javascript:alert(3)) **not bold** `not code` a | b')
    expect(html).toContain('not a code block &amp; not an &amp;amp; entity')
    expect(html).toContain('Tags: &lt;b&gt;tag&lt;/b&gt;')
  })

  it('keep their line breaks and paragraphs', () => {
    expect(escapeMarkdown('one\ntwo\r\n\r\n\r\nthree')).toBe('one  \ntwo\n\nthree')
  })
})
