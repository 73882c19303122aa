import { describe, expect, it } from 'vitest'
import { MARKDOWN_VIEWERS } from '../../../test/support/markdown-viewers'
import { renderGeneratedContent } from '../../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../../content/test-support'
import type { ProcessedReport } from '../report-model'
import { DEFAULT_COLOR_LABELS, type Annotation } from './annotation-model'
import { anchorAll, type Anchor } from './anchoring'
import { createTranslator } from '../i18n/translator'
import { exportMarkdown } from './export-markdown'
import { textTargetFor } from './select-target'
import type { UnplacedReason } from './unplaced-reason'

const library = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
const report = library.reports[0] as ProcessedReport
const LAW = 'legislation-law-enforcement-and-border-security'
const english = createTranslator('en')

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

const exportOf = (
  annotations: Annotation[],
  anchors?: Map<string, Anchor>,
  options: { timeZone?: string; chosen?: string } = {}
) =>
  exportMarkdown(
    annotations,
    library,
    anchors ?? anchorAll(annotations, library),
    DEFAULT_COLOR_LABELS,
    { t: english, timeZone: 'Europe/Berlin', ...options }
  )

describe('exporting notes to Markdown', () => {
  it('writes the report, its sections, each quote with its citation, colour, tags, local times and note', () => {
    const annotations = [
      highlight('anno-0001', `${LAW}-p1`, 'Committee for National Security (KNB)', {
        color: 'green',
        tags: ['agencies', 'knb'],
        note: 'The lead agency.\nCompare with 2020.',
        updatedAt: '2026-07-05T10:00:00.000Z'
      }),
      sectionNote('anno-0002', 'overview', 'Read this first.')
    ]
    expect(exportOf(annotations)).toBe(
      [
        '# Highlights and notes',
        '',
        '2 notes in this file.',
        '',
        'Times are local times in Europe/Berlin.',
        '',
        '## Country Reports on Terrorism 2021: Kazakhstan',
        '',
        'U.S. Department of State, Bureau of Counterterrorism · Edition 2021 · Source: <https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/>',
        '',
        '### Overview',
        '',
        '**Section note** · Colour: Important (yellow) · Created Jan 2, 2026, 10:30',
        '',
        'Read this first.',
        '',
        '### Legislation, Law Enforcement, and Border Security',
        '',
        '> Committee for National Security (KNB)',
        '>',
        '> — *Country Reports on Terrorism 2021: Kazakhstan*, section “Legislation, Law Enforcement, and Border Security”. U.S. Department of State, Bureau of Counterterrorism, 2021 edition. <https://www.state.gov/reports/country-reports-on-terrorism-2021/kazakhstan/>',
        '',
        'Colour: Evidence (green) · Tags: agencies, knb · Created Jan 2, 2026, 10:30 · updated Jul 5, 2026, 12:00',
        '',
        'The lead agency.  ',
        'Compare with 2020.',
        ''
      ].join('\n')
    )
  })

  it('cites the page of a highlight in a report with pages', () => {
    const paged = structuredClone(report)
    const pageOf = new Map([
      [`${LAW}-p1`, 7],
      [`${LAW}-p2`, 8]
    ])
    for (const paragraph of paged.sections.flatMap((s) => s.paragraphs)) {
      const page = pageOf.get(paragraph.id)
      if (page) paragraph.page = page
    }
    const pagedLibrary = { ...library, reports: [paged] }
    const annotations = [highlight('anno-0001', `${LAW}-p1`, 'Committee for National Security')]
    const text = exportMarkdown(
      annotations,
      pagedLibrary,
      anchorAll(annotations, pagedLibrary),
      DEFAULT_COLOR_LABELS,
      { t: english, timeZone: 'UTC' }
    )
    expect(text).toContain(
      'section “Legislation, Law Enforcement, and Border Security”, p. 7. U.S.'
    )
  })

  it('writes times in the time zone it is given, and says which; UTC for one it does not know', () => {
    const a = [highlight('anno-0001', 'overview-p1', 'Kazakhstan')]
    expect(exportOf(a, undefined, { timeZone: 'America/New_York' })).toContain(
      'Times are local times in America/New_York.'
    )
    expect(exportOf(a, undefined, { timeZone: 'America/New_York' })).toContain(
      'Created Jan 2, 2026, 04:30'
    )
    const unknown = exportOf(a, undefined, { timeZone: 'Mars/Olympus_Mons' })
    expect(unknown).toContain('Times are in UTC.')
    expect(unknown).toContain('Created Jan 2, 2026, 09:30')
  })

  it('says which notes it holds when only some were chosen', () => {
    const md = exportOf([highlight('anno-0001', 'overview-p1', 'Kazakhstan')], undefined, {
      chosen: 'coloured Evidence and tagged “law”'
    })
    expect(md).toContain(
      '# Highlights and notes\n\nThese are the notes coloured Evidence and tagged “law”.\n\n1 note in this file.\n\n'
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
      [
        lost.id,
        { status: 'orphan', reason: { code: 'textNotInEdition', excerpt: 'Kazakhstan remained' } }
      ],
      [
        lostSection.id,
        { status: 'orphan', reason: { code: 'sectionNotInEdition', sectionId: 'x' } }
      ]
    ])
    const md = exportOf([lost, lostSection], anchors)
    const unanchored = md.slice(md.indexOf('### Unanchored'))
    expect(md.indexOf('### Unanchored')).toBeGreaterThan(0)
    expect(unanchored).toContain(
      '> Kazakhstan remained on guard\n>\n> — *Country Reports on Terrorism 2021: Kazakhstan*. U.S. Department of State, Bureau of Counterterrorism. <https://'
    )
    expect(unanchored).toContain(
      'The highlighted text (“Kazakhstan remained”) is not in this edition of the report.'
    )
    expect(unanchored).toContain('Its section (“x”) is not in this edition of the report.')
    expect(unanchored).toContain('Still relevant?')
    expect(unanchored).toContain('was on the section “old-section”')
    expect(unanchored).toContain('Gone.')
  })

  it('keeps notes of a report that is not in the app, as unanchored, quoted without a citation', () => {
    const stray = { ...highlight('anno-0001', 'overview-p1', 'Kazakhstan'), reportId: 'old-report' }
    const md = exportOf([stray])
    expect(md).toContain(
      '## old-report\n\nThis app does not have the report “old-report”, so these notes cannot be placed in it.'
    )
    expect(md).not.toContain('### Unanchored')
    expect(md).not.toContain('Re-attach')
    expect(md).toContain(
      'cannot be placed in it.\n\n> Kazakhstan\n\nColour: Important (yellow) · Created Jan 2, 2026, 10:30\n'
    )
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
    '# Not a heading',
    '> not a quote',
    '- not a list',
    '1. not a numbered list',
    '[click](javascript:alert(3)) *stars* `not code` a | b',
    '',
    '    not a code block & not an &amp; entity; AT&T, 2 * 3, snake_case, #hashtag'
  ].join('\n')
  const a = highlight('anno-0001', 'overview-p1', 'Kazakhstan remained on guard', {
    note,
    tags: ['<b>tag</b>']
  })

  it('are written with a backslash only where a viewer would read Markdown, never as entities', () => {
    const md = exportOf([a])
    expect(md).toContain(
      [
        '\\<img src=x onerror=alert(1)>\\<script>alert(2)\\</script>  ',
        '\\# Not a heading  ',
        '\\> not a quote  ',
        '\\- not a list  ',
        '1\\. not a numbered list  ',
        '\\[click](javascript:alert(3)) \\*stars* \\`not code\\` a | b',
        '',
        'not a code block & not an \\&amp; entity; AT&T, 2 * 3, snake_case, #hashtag'
      ].join('\n')
    )
    expect(md).not.toMatch(/&lt;|&gt;|&amp;amp;/)
    expect(md).toContain('Tags: \\<b>tag\\</b>')
  })

  for (const [viewer, render] of Object.entries(MARKDOWN_VIEWERS)) {
    it(`show as the text that was typed in ${viewer}, never as HTML`, () => {
      const rendered = render(exportOf([a]))
      // After the quote and its citation: the facts line and the note.
      const html = rendered.slice(rendered.lastIndexOf('</blockquote>'))
      expect(html).not.toMatch(/<(img|script|a|b|h[4-6]|ul|ol|li|code|pre|table|strong|em)[\s>]/)
      expect(html).toContain(
        '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;'
      )
      expect(html).toContain('# Not a heading')
      expect(html).toContain('&gt; not a quote')
      expect(html).toContain('[click](javascript:alert(3)) *stars* `not code` a | b')
      expect(html).toContain('not a code block &amp; not an &amp;amp; entity; AT&amp;T')
      expect(html).toContain('Tags: &lt;b&gt;tag&lt;/b&gt;')
    })
  }
})

describe('the Markdown export in the reader’s language', () => {
  const inLanguage = (locale: 'ru' | 'ar' | 'kk', annotations: Annotation[]) =>
    exportMarkdown(annotations, library, anchorAll(annotations, library), DEFAULT_COLOR_LABELS, {
      t: createTranslator(locale),
      timeZone: 'Asia/Almaty'
    })
  const two = [
    highlight('anno-0001', `${LAW}-p1`, 'Committee for National Security (KNB)', {
      tags: ['agencies', 'knb']
    }),
    sectionNote('anno-0002', 'overview', 'Read this first.')
  ]

  it('writes its headings, labels, count, dates and citation in Russian', () => {
    const md = inLanguage('ru', two)
    expect(md.split('\n\n').slice(0, 3)).toEqual([
      '# Выделения и заметки',
      'В файле 2 заметки.',
      'Время местное, часовой пояс Asia/Almaty.'
    ])
    expect(md).toContain(
      '**Заметка к разделу** · Цвет: Important (yellow) · Создано 2 янв. 2026 г., 14:30'
    )
    expect(md).toContain(
      '> — *Country Reports on Terrorism 2021: Kazakhstan*, раздел «Legislation, Law Enforcement, and Border Security». U.S. Department of State, Bureau of Counterterrorism, редакция 2021. <https://'
    )
    expect(inLanguage('ru', two.slice(0, 1))).toContain('В файле 1 заметка.')
    expect(md).not.toMatch(/Highlights|Colour|Created|Tags|section “|edition/)
  })

  it('writes Arabic with its own plural, comma and quotation marks', () => {
    const md = inLanguage('ar', two)
    expect(md.startsWith('# التظليلات والملاحظات\n\nفي هذا الملف ملاحظتان.\n\n')).toBe(true)
    expect(md).toContain('**ملاحظة على القسم** · اللون: Important (yellow) · أُنشئت في ')
    expect(md).toContain('، قسم «Legislation, Law Enforcement, and Border Security». U.S.')
    expect(md).toContain('، إصدار 2021. <https://')
  })

  const lostIn = (locale: 'ru' | 'ar', reason: UnplacedReason) => {
    const lost = highlight('anno-0003', 'overview-p1', 'Kazakhstan remained on guard')
    const anchors = new Map<string, Anchor>([[lost.id, { status: 'orphan', reason }]])
    return exportMarkdown([lost], library, anchors, DEFAULT_COLOR_LABELS, {
      t: createTranslator(locale),
      timeZone: 'Asia/Almaty'
    })
  }

  it('says why a note is unanchored in Russian and Arabic, with their quotation marks', () => {
    const reason: UnplacedReason = { code: 'textNotInEdition', excerpt: 'Kazakhstan remained' }
    expect(lostIn('ru', reason)).toContain(
      ' · Выделенного текста («Kazakhstan remained») нет в этой редакции отчёта.'
    )
    expect(lostIn('ar', reason)).toContain(
      ' · النص المظلَّل («Kazakhstan remained») غير موجود في هذا الإصدار من التقرير.'
    )
    expect(lostIn('ru', { code: 'passageChanged' })).toContain(
      'Фрагмент, к которому она относилась, изменился слишком сильно'
    )
    // A sentence an earlier version stored and this one does not know is kept as it was.
    expect(lostIn('ar', { code: 'asWritten', text: 'Moved by hand.' })).toContain(
      ' · Moved by hand.'
    )
    expect(lostIn('ru', reason)).not.toMatch(/highlighted text|not in this edition/)
  })

  it('joins tags with the language’s own comma: «،» in Arabic', () => {
    const tagged = [
      highlight('anno-0004', 'overview-p1', 'Kazakhstan', { tags: ['agencies', 'knb', 'law'] })
    ]
    expect(inLanguage('ar', tagged)).toContain('الوسوم: agencies، knb، law')
    expect(inLanguage('ar', tagged)).not.toContain('agencies, knb')
    expect(inLanguage('ru', tagged)).toContain('Метки: agencies, knb, law')
  })

  it('writes Kazakh dates as Kazakh does', () => {
    expect(inLanguage('kk', two)).toContain('Жасалған уақыты: 2026 ж. 02 қаң., 14:30')
  })
})
