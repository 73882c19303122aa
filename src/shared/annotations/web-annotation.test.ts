import { describe, expect, it } from 'vitest'
import { DEFAULT_EDITION, LIBRARY_FORMAT_VERSION, type Library } from '../report-model'
import { DEFAULT_COLOR_LABELS, LIMITS, type Annotation } from './annotation-model'
import { createTranslator } from '../i18n/translator'
import { fromWebAnnotationJson as readNotesJson, toWebAnnotationCollection } from './web-annotation'

/** The reader's language is English in these tests, except where one says otherwise. */
const fromWebAnnotationJson = (text: string) => readNotesJson(text, createTranslator('en'))

const HASH = 'c'.repeat(64)
const library: Library = {
  formatVersion: LIBRARY_FORMAT_VERSION,
  edition: DEFAULT_EDITION,
  reports: [
    {
      id: 'crt2021-kazakhstan',
      format: 'text',
      sourceFile: 'crt2021-kazakhstan.txt',
      metadata: {
        title: 'Country Reports on Terrorism 2021: Kazakhstan',
        publisher: 'U.S. Department of State',
        sourceUrl: 'https://example.org/kz',
        edition: '2021'
      },
      contentHash: HASH,
      sections: [
        {
          id: 'overview',
          heading: 'Overview',
          paragraphs: [{ id: 'overview-p1', text: 'Kazakhstan remained on guard.' }]
        }
      ]
    }
  ]
}

const highlight: Annotation = {
  id: '0b9f6a52-3c1e-4f7a-9d2b-8e5c4a1f6b37',
  reportId: 'crt2021-kazakhstan',
  editionHash: HASH,
  target: {
    kind: 'text',
    paragraphId: 'overview-p1',
    position: { start: 11, end: 28 },
    quote: { exact: 'remained on guard', prefix: 'Kazakhstan ', suffix: '.' }
  },
  color: 'green',
  note: 'Compare with 2020.\nSecond line.',
  tags: ['security', 'follow-up'],
  createdAt: '2026-01-02T09:30:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z'
}
const sectionNote: Annotation = {
  ...highlight,
  id: 'note_0002',
  target: { kind: 'section', sectionId: 'overview' },
  color: 'blue',
  note: 'Read first.',
  tags: []
}
const bareHighlight: Annotation = { ...highlight, id: 'hl-00003', note: '', tags: [] }

const exported = (annotations: Annotation[]) =>
  JSON.stringify(toWebAnnotationCollection(annotations, library, DEFAULT_COLOR_LABELS))

/** The items of an export, as parsed JSON (untyped on purpose: tests break them at will). */
const itemsOf = (annotations: Annotation[]) => JSON.parse(exported(annotations)).first.items

function imported(json: unknown) {
  const result = fromWebAnnotationJson(typeof json === 'string' ? json : JSON.stringify(json))
  if ('error' in result) throw new Error(result.error)
  return result
}

describe('exporting as W3C Web Annotations', () => {
  it('writes one AnnotationCollection with an embedded page of annotations', () => {
    const collection = toWebAnnotationCollection(
      [highlight, sectionNote],
      library,
      DEFAULT_COLOR_LABELS
    )
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0 }
    })
  })

  it('describes a highlight with its note, tags and colour as bodies, and a quote, paragraph and position as its target', () => {
    expect(itemsOf([highlight])[0]).toEqual({
      id: 'urn:uuid:0b9f6a52-3c1e-4f7a-9d2b-8e5c4a1f6b37',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-02T09:30:00.000Z',
      modified: '2026-01-05T10:00:00.000Z',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Compare with 2020.\nSecond line.',
          format: 'text/plain'
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'security' },
        { type: 'TextualBody', purpose: 'tagging', value: 'follow-up' },
        { type: 'TextualBody', purpose: 'classifying', value: 'green', label: 'Evidence' }
      ],
      target: {
        source: {
          id: 'urn:x-reader:report:crt2021-kazakhstan',
          type: 'Text',
          label: 'Country Reports on Terrorism 2021: Kazakhstan'
        },
        state: { id: `urn:x-reader:edition:${HASH}` },
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'remained on guard',
            prefix: 'Kazakhstan ',
            suffix: '.'
          },
          {
            type: 'FragmentSelector',
            conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
            value: 'overview-p1',
            refinedBy: { type: 'TextPositionSelector', start: 11, end: 28 }
          }
        ]
      }
    })
  })

  it('marks a highlight without a note as highlighting, and a section note by its section', () => {
    const [bare, section] = itemsOf([bareHighlight, sectionNote])
    expect(bare).toMatchObject({
      id: 'urn:x-reader:annotation:hl-00003',
      motivation: 'highlighting'
    })
    expect(section).toMatchObject({
      id: 'urn:x-reader:annotation:note_0002',
      motivation: 'commenting',
      target: {
        selector: {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
          value: 'overview'
        }
      }
    })
  })
})

describe('importing Web Annotations', () => {
  it('gives back exactly the annotations that were exported', () => {
    const all = [highlight, sectionNote, bareHighlight]
    expect(imported(exported(all))).toEqual({ annotations: all, invalid: [] })
  })

  it('writes a highlight over several paragraphs as a RangeSelector, and reads it back', () => {
    const passage: Annotation = {
      ...highlight,
      id: 'passage-0001',
      target: {
        kind: 'text',
        paragraphId: 'overview-p1',
        endParagraphId: 'overview-p2',
        position: { start: 40, end: 12 },
        quote: { exact: 'end of one paragraph.\n\nStart of the next', prefix: 'p', suffix: 's' }
      }
    }
    const [item] = itemsOf([passage])
    expect(item.target.selector[1]).toEqual({
      type: 'RangeSelector',
      startSelector: {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'overview-p1',
        refinedBy: { type: 'TextPositionSelector', start: 40, end: 40 }
      },
      endSelector: {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'overview-p2',
        refinedBy: { type: 'TextPositionSelector', start: 12, end: 12 }
      }
    })
    expect(imported([item]).annotations).toEqual([passage])
  })

  it('accepts a single annotation, a list, a page, or a collection listing items directly', () => {
    const [item] = itemsOf([highlight])
    expect(imported(item).annotations).toEqual([highlight])
    expect(imported([item]).annotations).toEqual([highlight])
    expect(imported({ type: 'AnnotationPage', items: [item] }).annotations).toEqual([highlight])
    expect(imported({ type: 'AnnotationCollection', items: [item] }).annotations).toEqual([
      highlight
    ])
  })

  it('fills in what other tools may leave out: colour yellow, modified = created, bodyValue as the note', () => {
    const [item] = itemsOf([bareHighlight])
    // undefined properties are left out of the JSON.
    const sparse = { ...item, body: undefined, modified: undefined, bodyValue: 'A plain note.' }
    const [annotation] = imported(sparse).annotations
    expect(annotation).toMatchObject({
      color: 'yellow',
      note: 'A plain note.',
      updatedAt: bareHighlight.createdAt
    })
  })

  it('lists each invalid item with its reason and imports the rest', () => {
    const [good, noPosition, longNote, manyTags, badColour, badTypes, notAnnotation] = itemsOf([
      highlight,
      highlight,
      { ...highlight, note: 'x'.repeat(LIMITS.noteLength + 1) },
      { ...highlight, tags: Array.from({ length: LIMITS.tagCount + 1 }, (_, i) => `tag${i}`) },
      { ...highlight, id: 'colour-bad-1' },
      { ...highlight, id: 'types-bad-1' },
      highlight
    ])

    delete noPosition.target.selector[1].refinedBy
    badColour.body.at(-1).value = 'purple'
    badTypes.created = 20260102
    badTypes.target.selector[1].refinedBy.start = '11'
    notAnnotation.type = 'Note'

    const result = imported({
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [good, noPosition, longNote, manyTags, badColour, badTypes, notAnnotation, 42]
      }
    })
    expect(result.annotations).toEqual([highlight])
    const reasons = Object.fromEntries(result.invalid.map((i) => [i.index, i.reason]))
    expect(Object.keys(reasons)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(reasons[1]).toBe(
      'it does not say where in its paragraph it is (no TextPositionSelector).'
    )
    expect(reasons[2]).toBe('its note is longer than 20,000 characters.')
    expect(reasons[3]).toBe(`it has more than ${LIMITS.tagCount} tags.`)
    expect(reasons[4]).toBe(
      'its colour “purple” is not one of the app’s colours (yellow, green, blue, pink).'
    )
    expect(reasons[5]).toBe(
      'its place in the paragraph is not given as two whole numbers (TextPositionSelector); its created time 20260102 is not a date and time (such as 2026-01-02T09:30:00Z).'
    )
    expect(reasons[6]).toBe('it is not a note: its type is “Note”, not “Annotation”.')
    expect(reasons[7]).toBe('it is not a note but a number.')
    // Plain words only: never the validator's own wording.
    for (const reason of Object.values(reasons))
      expect(reason).not.toMatch(/Invalid|Expected|received/)
  })

  it.each([
    [
      'a tag that is too long',
      { tags: ['x'.repeat(41)] },
      /^its tag “x{39}…” is longer than 40 characters\.$/
    ],
    ['an empty tag', { tags: ['  '] }, /^one of its tags is empty\.$/],
    ['an id the app cannot use', { id: 'a b' }, /^its id “a b” is not one the app can use/],
    ['no created time', { createdAt: undefined }, /^it has no created time\.$/],
    [
      'a quote too long',
      { quoteExact: 'x'.repeat(5_001) },
      /^its quoted text is longer than 5,000 characters/
    ],
    [
      'a highlight of no text',
      { start: 11, end: 11 },
      /^it highlights no text: its end is not after its start/
    ],
    [
      'a paragraph name with spaces',
      { paragraph: 'Para 1' },
      /^the paragraph it is on, “Para 1”, is not a name/
    ]
  ])('says in plain words what is wrong with %s', (_, change, reason) => {
    const [item] = itemsOf([highlight])
    if ('tags' in change) {
      item.body = [
        ...item.body.filter((b: { purpose: string }) => b.purpose !== 'tagging'),
        ...(change.tags ?? []).map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }))
      ]
    }
    if ('id' in change) item.id = change.id
    if ('createdAt' in change) delete item.created
    if ('quoteExact' in change) item.target.selector[0].exact = change.quoteExact
    if ('start' in change)
      Object.assign(item.target.selector[1].refinedBy, { start: change.start, end: change.end })
    if ('paragraph' in change) item.target.selector[1].value = change.paragraph
    const { invalid } = imported([item])
    expect(invalid).toHaveLength(1)
    expect(invalid[0]?.reason).toMatch(reason)
  })

  it('refuses a target without any selector, or from another application', () => {
    const [noSelector, foreign] = itemsOf([highlight, highlight])
    delete noSelector.target.selector
    foreign.target.source = 'https://example.org/page.html'
    const { invalid } = imported([noSelector, foreign])
    expect(invalid).toEqual([
      {
        index: 0,
        reason: 'it does not say where in the report it is (its target has no selector).'
      },
      {
        index: 1,
        reason:
          'it is not on a report of this app (its target’s source does not start with urn:x-reader:report:).'
      }
    ])
  })

  it('refuses, with a message and nothing imported, a file that is not JSON', () => {
    const result = fromWebAnnotationJson('{"type": "AnnotationCollection", "first": ')
    expect(result).toEqual({
      error: 'The file is not a notes file: it is not valid JSON (it may be damaged or cut short).'
    })
    expect(fromWebAnnotationJson('')).toHaveProperty('error')
  })

  it('knows the app’s own Markdown export, and says which export to import instead', () => {
    for (const text of [
      '# Highlights and notes\n\nTimes are in UTC.\n',
      '\uFEFF# Highlights and notes\r\n\r\n## crt2021-kazakhstan\r\n'
    ]) {
      expect(fromWebAnnotationJson(text)).toEqual({
        error:
          'This is the app’s Markdown export of notes, which is for reading, not for importing. To bring notes into the app, import a JSON export: choose Export JSON… in the Notes tab, then Import JSON… with that file.'
      })
    }
    // Another Markdown file is not JSON, as before.
    expect(fromWebAnnotationJson('# Highlights and notes of mine\n')).toEqual({
      error: 'The file is not a notes file: it is not valid JSON (it may be damaged or cut short).'
    })
  })

  it('says that a file without a single item holds no notes', () => {
    for (const empty of [
      [],
      { type: 'AnnotationCollection' },
      { type: 'AnnotationPage', items: [] }
    ]) {
      expect(fromWebAnnotationJson(JSON.stringify(empty))).toEqual({
        error: 'The file holds no notes.'
      })
    }
  })

  it('refuses JSON that is not annotations, such as the report library or a list of numbers', () => {
    for (const other of [library, [1, 2, 3], 'text', null, 7, { type: 'Person' }]) {
      expect(fromWebAnnotationJson(JSON.stringify(other))).toEqual({
        error: expect.stringContaining('does not contain Web Annotations')
      })
    }
    expect(
      fromWebAnnotationJson(JSON.stringify({ type: 'AnnotationCollection', first: 'https://x/p1' }))
    ).toEqual({ error: expect.stringContaining('outside the file') })
  })

  it('imports a large file of 10,001 annotations', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      ...highlight,
      id: `bulk-${String(i).padStart(6, '0')}`
    }))
    const result = imported(exported(many))
    expect(result.invalid).toEqual([])
    expect(result.annotations).toHaveLength(10_001)
    expect(result.annotations[10_000]).toEqual(many[10_000])
  })

  const tooMany = `The file has more than 100,000 annotations; at most 100,000 annotations can be imported at once.`

  it(`refuses a file with more than ${LIMITS.annotationCount} items without reading them`, () => {
    const items = Array.from({ length: LIMITS.annotationCount + 1 }, () => '{}').join(',')
    expect(fromWebAnnotationJson(`[${items}]`)).toEqual({ error: tooMany })
    expect(fromWebAnnotationJson(`{"type": "AnnotationCollection", "items": [${items}]}`)).toEqual({
      error: tooMany
    })
  })

  // Each of these once threw RangeError out of a reader documented as never throwing, or took
  // JSON.parse tens of seconds.
  it('answers 200,000 items under `first` with a message, not a stack overflow', () => {
    const items = Array.from({ length: 200_000 }, () => '{}').join(',')
    const json = `{"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [${items}]}}`
    expect(fromWebAnnotationJson(json)).toEqual({ error: tooMany })
  })

  it('refuses absurd nesting before parsing: 8 MB of `[`, a 200,000-deep refinedBy chain', () => {
    const deep =
      'The file is not a notes file: its contents are nested far more deeply than notes ever are.'
    expect(fromWebAnnotationJson('['.repeat(8 * 1024 * 1024))).toEqual({ error: deep })
    const [item] = itemsOf([highlight])
    const chain = `${'{"type": "TextPositionSelector", "start": 0, "end": 1, "refinedBy": '.repeat(200_000)}null${'}'.repeat(200_000)}`
    const text = JSON.stringify([item]).replace('"selector":', `"selector": ${chain}, "ignored":`)
    expect(fromWebAnnotationJson(text)).toEqual({ error: deep })
  })

  it('still reads a refinedBy chain as deep as other tools write', () => {
    const [item] = itemsOf([highlight])
    const position = item.target.selector[1].refinedBy
    let chain: Record<string, unknown> = position
    for (let i = 0; i < 10; i++) chain = { type: 'CssSelector', value: 'p', refinedBy: chain }
    item.target.selector[1].refinedBy = chain
    expect(imported([item]).annotations).toEqual([highlight])
  })
})

describe('why a file or an item is refused, in the reader’s language', () => {
  const inRussian = (text: string) => readNotesJson(text, createTranslator('ru'))

  it('says each item’s reason in Russian, with Russian quotation marks, plurals and numbers', () => {
    const [badColour, longNote, noSelectors, manyTags] = itemsOf([
      { ...highlight, id: 'colour-bad-1' },
      { ...highlight, id: 'long-note-1', note: 'x'.repeat(LIMITS.noteLength + 1) },
      { ...highlight, id: 'no-selector-1' },
      {
        ...highlight,
        id: 'many-tags-1',
        tags: Array.from({ length: LIMITS.tagCount + 1 }, (_, i) => `tag${i}`)
      }
    ])
    badColour.body.at(-1).value = 'purple'
    noSelectors.target.selector = [{ type: 'TextPositionSelector', start: 0, end: 4 }]
    const result = inRussian(JSON.stringify([badColour, longNote, noSelectors, manyTags, 42]))
    if ('error' in result) throw new Error(result.error)
    expect(result.invalid.map((i) => i.reason)).toEqual([
      'её цвет «purple» не входит в цвета приложения (yellow, green, blue, pink).',
      'текст её заметки длиннее 20\u00a0000 символов.',
      'в ней не указано, в каком абзаце она находится (нет FragmentSelector) или какой текст она выделяет (нет TextQuoteSelector).',
      `у неё больше ${LIMITS.tagCount} меток.`,
      'это не заметка, а число.'
    ])
  })

  it('says why a whole file is refused in Russian, Kazakh and Arabic', () => {
    expect(inRussian('{"first": ')).toEqual({
      error:
        'Это не файл заметок: в нём нет правильного JSON (возможно, файл повреждён или обрезан).'
    })
    expect(readNotesJson('[]', createTranslator('kk'))).toEqual({ error: 'Файлда жазбалар жоқ.' })
    expect(readNotesJson('[]', createTranslator('ar'))).toEqual({
      error: 'لا يحتوي الملف على أي ملاحظات.'
    })
  })

  it('knows the app’s Markdown export in any language it was written in', () => {
    for (const heading of [
      '# Выделения и заметки',
      '# Белгілеулер мен жазбалар',
      '# التظليلات والملاحظات'
    ]) {
      const said = inRussian(`${heading}\n\nВ файле 1 заметка.\n`)
      expect(said).toEqual({ error: expect.stringContaining('Это экспорт заметок в Markdown') })
    }
  })
})
