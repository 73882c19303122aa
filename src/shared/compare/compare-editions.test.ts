import { describe, expect, it } from 'vitest'
import { buildReport } from '../../content/build-library'
import { sampleMetadata } from '../../content/test-support'
import type { ProcessedReport } from '../report-model'
import type { DiffPart } from '../text/word-diff'
import { countChanges, type EditionChange } from './change-model'
import { compareEditions } from './compare-editions'

/** A report from plain text, through the content pipeline's own parser. */
function report(source: string): ProcessedReport {
  return buildReport({
    id: 'sample',
    format: 'text',
    sourceFile: 'sample.txt',
    path: 'sample.txt',
    text: source,
    notices: [],
    metadata: sampleMetadata()
  }).report
}

const compare = (before: string, after: string) => compareEditions(report(before), report(after))

/** A change in a line: kind, unit, section(s), and its text with the changed words marked. */
function describeChange(change: EditionChange): string {
  const [before, after] = [change.oldSection?.heading, change.newSection?.heading]
  const sections =
    before === undefined || after === undefined || before === after
      ? (after ?? before)
      : `${before} → ${after}`
  const text = change.parts
    ? marked(change.parts)
    : change.kind === 'deleted'
      ? change.oldText
      : change.newText
  return `${change.kind} ${change.unit} in ${sections}: ${text}`
}

function marked(parts: DiffPart[]): string {
  return parts
    .map((p) =>
      p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`
    )
    .join('')
}

const EDITION = [
  'Overview: Kazakhstan remained on guard against terrorist attacks. The government continued rehabilitation efforts.',
  'Law-enforcement officers continued to have wide discretion. Courts handed down harsh sentences.',
  'Kazakhstani law bans its citizens from fighting in foreign wars.',
  '2021 Terrorist Incidents: There were no reported terrorist incidents in Kazakhstan in 2021.',
  'Countering Violent Extremism: The ministry operated a nationwide hotline. It removed online materials.',
  'Aktau and Karaganda are members of the Strong Cities Network.'
].join('\n\n')

describe('comparing two editions of a report', () => {
  it('finds nothing when nothing changed', () => {
    expect(compare(EDITION, EDITION)).toEqual([])
  })

  it('finds nothing when only spaces or quote marks changed', () => {
    const retyped = `${EDITION.replace('sentences.', 'sentences.  ')}\n\nIt said “no”.`
    expect(compare(`${EDITION}\n\nIt said "no".`, retyped)).toEqual([])
  })

  it('marks the one word that changed in a sentence, as "modified"', () => {
    const changes = compare(EDITION, EDITION.replace('wide discretion', 'broad discretion'))
    expect(changes.map(describeChange)).toEqual([
      'modified sentence in Overview: Law-enforcement officers continued to have [-wide -]{+broad +}discretion.'
    ])
    expect(changes[0]).toMatchObject({
      oldText: 'Law-enforcement officers continued to have wide discretion.',
      newText: 'Law-enforcement officers continued to have broad discretion.',
      oldSpans: [{ paragraphId: 'overview-p2', start: 0, end: 59 }],
      newSpans: [{ paragraphId: 'overview-p2', start: 0, end: 60 }]
    })
  })

  it('finds a sentence inserted into a paragraph, with where it stands', () => {
    const changes = compare(
      EDITION,
      EDITION.replace('wide discretion.', 'wide discretion. Prosecutors did too.')
    )
    expect(changes.map(describeChange)).toEqual([
      'inserted sentence in Overview: Prosecutors did too.'
    ])
    expect(changes[0]).toMatchObject({
      oldText: null,
      oldSpans: [],
      newSpans: [{ paragraphId: 'overview-p2', start: 60, end: 80 }]
    })
  })

  it('finds a paragraph inserted as one change', () => {
    const changes = compare(
      EDITION,
      EDITION.replace(
        'Kazakhstani law',
        'A new paragraph opens here. It has two sentences.\n\nKazakhstani law'
      )
    )
    expect(changes.map(describeChange)).toEqual([
      'inserted paragraph in Overview: A new paragraph opens here. It has two sentences.'
    ])
  })

  it('finds a deleted sentence, placed where it was', () => {
    const changes = compare(EDITION, EDITION.replace(' Courts handed down harsh sentences.', ''))
    expect(changes.map(describeChange)).toEqual([
      'deleted sentence in Overview: Courts handed down harsh sentences.'
    ])
    expect(changes[0]).toMatchObject({
      newText: null,
      oldSpans: [{ paragraphId: 'overview-p2', start: 60, end: 95 }],
      newSpans: []
    })
  })

  it('tells a reworded sentence (modified) from a replaced one (deleted, then inserted)', () => {
    const reworded = compare(
      EDITION,
      EDITION.replace(
        'The ministry operated a nationwide hotline.',
        'The ministry also operated a free nationwide hotline.'
      )
    )
    expect(reworded.map(describeChange)).toEqual([
      'modified sentence in Countering Violent Extremism: The ministry {+also +}operated a {+free +}nationwide hotline.'
    ])
    const replaced = compare(
      EDITION,
      EDITION.replace('The ministry operated a nationwide hotline.', 'Schools taught civics.')
    )
    expect(replaced.map(describeChange)).toEqual([
      'deleted sentence in Countering Violent Extremism: The ministry operated a nationwide hotline.',
      'inserted sentence in Countering Violent Extremism: Schools taught civics.'
    ])
  })

  it('finds a sentence moved to another paragraph, with where it was and where it is', () => {
    const changes = compare(
      EDITION,
      EDITION.replace(' Courts handed down harsh sentences.', '').replace(
        'foreign wars.',
        'foreign wars. Courts handed down harsh sentences.'
      )
    )
    expect(changes.map(describeChange)).toEqual([
      'moved sentence in Overview: Courts handed down harsh sentences.'
    ])
    expect(changes[0]).toMatchObject({
      oldSpans: [{ paragraphId: 'overview-p2', start: 60, end: 95 }],
      newSpans: [{ paragraphId: 'overview-p3', start: 65, end: 100 }]
    })
  })

  it('finds a paragraph moved, as one change rather than one per sentence', () => {
    const [first, second, third, ...rest] = EDITION.split('\n\n')
    const moved = [first?.replace('Overview: ', 'Overview: ') ?? '', third, second, ...rest]
    // Overview's second paragraph (two sentences) now comes after its third (one, longer).
    const changes = compare(EDITION, moved.join('\n\n'))
    expect(changes.map(describeChange)).toEqual([
      'moved paragraph in Overview: Kazakhstani law bans its citizens from fighting in foreign wars.'
    ])
    expect(changes[0]?.oldSpans.map((s) => s.paragraphId)).toEqual(['overview-p3'])
    expect(changes[0]?.newSpans.map((s) => s.paragraphId)).toEqual(['overview-p2'])
  })

  it('shows the words that changed in a paragraph that moved', () => {
    const changes = compare(
      `${EDITION}\n\nClosing: The end.`,
      `${EDITION.replace('\n\nAktau and Karaganda are members of the Strong Cities Network.', '')}\n\nClosing: The end.\n\nAktau and Shymkent are members of the Strong Cities Network.`
    )
    expect(changes.map(describeChange)).toEqual([
      'moved paragraph in Countering Violent Extremism → Closing: Aktau and [-Karaganda -]{+Shymkent +}are members of the Strong Cities Network.'
    ])
  })

  it('finds a section moved as one change, the larger part staying in place', () => {
    const [o1, o2, o3, incidents, cve1, cve2] = EDITION.split('\n\n')
    const changes = compare(EDITION, [incidents, o1, o2, o3, cve1, cve2].join('\n\n'))
    expect(changes.map(describeChange)).toEqual([
      'moved section in 2021 Terrorist Incidents: There were no reported terrorist incidents in Kazakhstan in 2021.'
    ])
    expect(changes[0]?.newSpans).toEqual([
      { paragraphId: '2021-terrorist-incidents-p1', start: 0, end: 65 }
    ])
  })

  it('finds a section renamed for the new year as a heading change only', () => {
    const changes = compare(
      EDITION,
      EDITION.replace('2021 Terrorist Incidents:', '2022 Terrorist Incidents:')
    )
    expect(changes.map(describeChange)).toEqual([
      'modified heading in 2021 Terrorist Incidents → 2022 Terrorist Incidents: [-2021 -]{+2022 +}Terrorist Incidents'
    ])
    expect(changes[0]).toMatchObject({
      oldSection: { id: '2021-terrorist-incidents' },
      newSection: { id: '2022-terrorist-incidents' },
      oldSpans: [],
      newSpans: []
    })
  })

  it('finds a section renamed, its text kept, by its text', () => {
    const changes = compare(
      EDITION,
      EDITION.replace('Countering Violent Extremism:', 'Prevention:')
    )
    expect(changes.map(describeChange)).toEqual([
      'modified heading in Countering Violent Extremism → Prevention: [-Countering Violent Extremism-]{+Prevention+}'
    ])
  })

  it('finds a section added and a section removed, each as one change', () => {
    const added = compare(
      EDITION,
      `${EDITION}\n\nOutlook: More cooperation is planned.\n\nTraining continues.`
    )
    expect(added.map(describeChange)).toEqual([
      'inserted section in Outlook: More cooperation is planned.\n\nTraining continues.'
    ])
    expect(added[0]?.oldSection).toBeNull()
    const removed = compare(EDITION, EDITION.replace(/\n\n2021 Terrorist Incidents:[^\n]*/, ''))
    expect(removed.map(describeChange)).toEqual([
      'deleted section in 2021 Terrorist Incidents: There were no reported terrorist incidents in Kazakhstan in 2021.'
    ])
    expect(removed[0]?.newSection).toBeNull()
  })

  it('gives a section’s new heading on its own when its text came from elsewhere', () => {
    const changes = compare(
      EDITION,
      `${EDITION.replace('\n\nAktau and Karaganda are members of the Strong Cities Network.', '')}\n\nCities: Aktau and Karaganda are members of the Strong Cities Network.`
    )
    expect(changes.map(describeChange)).toEqual([
      'inserted heading in Cities: Cities',
      'moved paragraph in Countering Violent Extremism → Cities: Aktau and Karaganda are members of the Strong Cities Network.'
    ])
  })

  it('when everything changed, removes every old section and adds every new one', () => {
    const changes = compare(
      EDITION,
      'Summary: A different report.\n\nFindings: Nothing alike at all.'
    )
    expect(
      changes.map((c) => `${c.kind} ${c.unit} ${c.oldSection?.heading ?? c.newSection?.heading}`)
    ).toEqual([
      'deleted section Overview',
      'deleted section 2021 Terrorist Incidents',
      'deleted section Countering Violent Extremism',
      'inserted section Summary',
      'inserted section Findings'
    ])
  })

  it('when every sentence changed under the same headings, replaces each paragraph', () => {
    const changes = compare(
      'Overview: One old sentence here.\n\nDetails: Another old one.',
      'Overview: Completely fresh words.\n\nDetails: Nothing kept.'
    )
    expect(changes.map(describeChange)).toEqual([
      'deleted paragraph in Overview: One old sentence here.',
      'inserted paragraph in Overview: Completely fresh words.',
      'deleted paragraph in Details: Another old one.',
      'inserted paragraph in Details: Nothing kept.'
    ])
    expect(countChanges(changes)).toEqual({ inserted: 2, deleted: 2, modified: 0, moved: 0 })
  })

  it('lists changes in the new edition’s reading order', () => {
    const after = EDITION.replace('guard against', 'guard against all')
      .replace('\n\nKazakhstani law bans its citizens from fighting in foreign wars.', '')
      .replace(
        'It removed online materials.',
        'It removed online materials. It also blocked sites.'
      )
    expect(compare(EDITION, after).map((c) => c.kind)).toEqual(['modified', 'deleted', 'inserted'])
  })

  it('compares a paragraph of 200,000 words without a full stop, edited in two places', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `word${i % 5000}`)
    const before = words.join(' ')
    const after = [
      ...words.slice(0, 1000),
      'inserted',
      ...words.slice(1000, 150_000),
      ...words.slice(150_001)
    ].join(' ')
    const edition = (text: string) => ({
      sections: [{ id: 'part', heading: 'Part', paragraphs: [{ id: 'part-p1', text }] }]
    })
    const changes = compareEditions(edition(before), edition(after))
    // The paragraph is read in pieces of a few thousand characters, cut where its words say: a
    // word inserted and one deleted change two pieces, and move no cut after them.
    expect(changes.map((c) => `${c.kind} ${c.unit}`)).toEqual([
      'modified sentence',
      'modified sentence'
    ])
    expect(changes[0]?.parts?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'added', text: 'inserted ' }
    ])
    expect(changes[1]?.parts?.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'word0 ' }
    ])
  })

  it('gives back both texts from the words of a modified sentence', () => {
    const after = EDITION.replace('harsh sentences', 'long, harsh prison sentences')
    const [change] = compare(EDITION, after)
    const join = (drop: DiffPart['kind']) =>
      change?.parts
        ?.filter((p) => p.kind !== drop)
        .map((p) => p.text)
        .join('')
    expect(join('removed')).toBe(change?.newText)
    expect(join('added')).toBe(change?.oldText)
  })
})
