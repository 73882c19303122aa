import type * as Approx from 'approx-string-match'
import { describe, expect, it, vi } from 'vitest'

// Counts the text the fuzzy search is given, to show what its cost is bounded by.
const scanned = vi.hoisted(() => ({ chars: 0, work: 0 }))
vi.mock('approx-string-match', async (importOriginal) => {
  const original = (await importOriginal<typeof Approx>()).default
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      scanned.chars += text.length
      scanned.work += text.length * Math.ceil(pattern.length / 32)
      return original(text, pattern, maxErrors)
    }
  }
})
import { renderGeneratedContent } from '../../content/generate-content'
import { BUNDLED_CONTENT_DIR } from '../../content/test-support'
import type { Library, ProcessedReport } from '../report-model'
import type { Annotation } from './annotation-model'
import { anchorAll, anchorAnnotation, MAX_FUZZY_WORK, sectionOf, type Anchor } from './anchoring'
import { textTargetFor, textTargetForRange } from './select-target'

const library = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
const report = library.reports[0] as ProcessedReport
const LAW = 'legislation-law-enforcement-and-border-security'

function paragraphText(r: ProcessedReport, paragraphId: string): string {
  const paragraph = r.sections.flatMap((s) => s.paragraphs).find((p) => p.id === paragraphId)
  if (!paragraph) throw new Error(`no paragraph ${paragraphId}`)
  return paragraph.text
}

let nextId = 1
/** A highlight of the `occurrence`-th (0-based) `phrase` in a paragraph of the bundled report. */
function highlight(paragraphId: string, phrase: string, occurrence = 0): Annotation {
  const text = paragraphText(report, paragraphId)
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`"${phrase}" is not in ${paragraphId}`)
  return {
    id: `anno-${String(nextId++).padStart(4, '0')}`,
    reportId: report.id,
    editionHash: report.contentHash,
    target: textTargetFor({ id: paragraphId, text }, start, start + phrase.length),
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

/** A new edition of the bundled report, made by editing a copy of its sections. */
function newEdition(edit: (sections: ProcessedReport['sections']) => void): ProcessedReport {
  const copy = structuredClone(report)
  edit(copy.sections)
  return { ...copy, contentHash: 'b'.repeat(64) }
}

function rewrite(
  r: ProcessedReport['sections'],
  paragraphId: string,
  change: (t: string) => string
) {
  const paragraph = r.flatMap((s) => s.paragraphs).find((p) => p.id === paragraphId)
  if (!paragraph) throw new Error(`no paragraph ${paragraphId}`)
  paragraph.text = change(paragraph.text)
}

/** The text the anchor now covers in `r`. */
function covered(anchor: Anchor, r: ProcessedReport): string {
  if (anchor.status !== 'anchored' || !anchor.paragraphId) throw new Error(JSON.stringify(anchor))
  return paragraphText(r, anchor.paragraphId).slice(anchor.start, anchor.end)
}

describe('a highlight in the edition it was made on', () => {
  it('is found at its stored position, in its own section', () => {
    const a = highlight(`${LAW}-p1`, 'Committee for National Security (KNB)')
    expect(anchorAnnotation(a, report)).toEqual({
      status: 'anchored',
      method: 'position',
      paragraphId: `${LAW}-p1`,
      sectionId: LAW,
      start: a.target.kind === 'text' ? a.target.position.start : -1,
      end: a.target.kind === 'text' ? a.target.position.end : -1
    })
  })

  it('is found for every paragraph of the report', () => {
    const all = report.sections.flatMap((s) =>
      s.paragraphs.map((p) => highlight(p.id, p.text.slice(0, 40).trim()))
    )
    const anchors = anchorAll(all, library)
    expect(
      [...anchors.values()].every((x) => x.status === 'anchored' && x.method === 'position')
    ).toBe(true)
  })
})

describe('a highlight in a new edition of the report', () => {
  it('follows its words when a sentence is inserted before it in the paragraph', () => {
    const a = highlight(`${LAW}-p1`, 'Committee for National Security (KNB)')
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p1`, (t) => `Kazakhstan updated its CT law in 2021. ${t}`)
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote', paragraphId: `${LAW}-p1` })
    expect(covered(anchor, edited)).toBe('Committee for National Security (KNB)')
  })

  it('finds the new wording when words inside the highlight were changed', () => {
    const a = highlight(
      `${LAW}-p1`,
      'The government approved an ambitious five-year, $900 million program in 2018 to counter religious extremism and terrorism.'
    )
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p1`, (t) =>
        t.replace(
          'ambitious five-year, $900 million program',
          'ambitious six-year, $1 billion program'
        )
      )
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy', paragraphId: `${LAW}-p1` })
    expect(covered(anchor, edited)).toBe(
      'The government approved an ambitious six-year, $1 billion program in 2018 to counter religious extremism and terrorism.'
    )
  })

  it('covers whole words when a word at its edge was changed', () => {
    const a = highlight(`${LAW}-p1`, 'wide discretion to determine')
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p1`, (t) => t.replace('wide discretion', 'broad discretion'))
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' })
    expect(covered(anchor, edited)).toBe('broad discretion to determine')
  })

  it('is still found when it was reworded and the sentences around it were rewritten', () => {
    const a = highlight(
      `${LAW}-p1`,
      'Law-enforcement officers and prosecutors continued to have wide discretion to determine what qualifies as terrorism or extremism.'
    )
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p1`, (t) =>
        t
          .replace(/The government approved[^.]*\./, 'A new program was approved in 2018.')
          .replace('continued to have wide', 'continued to enjoy wide')
          .replace(/President Tokayev[^.]*\./, 'The death penalty was abolished in December.')
      )
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' })
    expect(covered(anchor, edited)).toBe(
      'Law-enforcement officers and prosecutors continued to enjoy wide discretion to determine what qualifies as terrorism or extremism.'
    )
  })

  it('finds its paragraph when paragraphs are reordered within the section', () => {
    const a = highlight(
      `${LAW}-p2`,
      'Kazakhstani law bans its citizens from fighting in foreign wars.'
    )
    const edited = newEdition((s) => {
      const law = s.find((x) => x.id === LAW)
      if (!law) throw new Error('no section')
      // Ids follow position, so the moved paragraph gets another id and p2 holds other text.
      const texts = law.paragraphs.map((p) => p.text).reverse()
      law.paragraphs.forEach((p, i) => (p.text = texts[i] ?? p.text))
    })
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote', paragraphId: `${LAW}-p3` })
    expect(covered(anchor, edited)).toBe(
      'Kazakhstani law bans its citizens from fighting in foreign wars.'
    )
  })

  it('follows its paragraph into another section', () => {
    const a = highlight('2021-terrorist-incidents-p1', 'no reported terrorist incidents')
    const edited = newEdition((s) => {
      const [overview, incidents] = s
      if (!overview || !incidents) throw new Error('no sections')
      const moved = incidents.paragraphs.splice(0, 1, {
        id: '2021-terrorist-incidents-p1',
        text: 'None.'
      })
      overview.paragraphs.push({ id: 'overview-p2', text: moved[0]?.text ?? '' })
    })
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({
      status: 'anchored',
      method: 'quote',
      paragraphId: 'overview-p2',
      sectionId: 'overview'
    })
    expect(covered(anchor, edited)).toBe('no reported terrorist incidents')
  })

  it('becomes an orphan, with the start of its quote in the reason, when the sentence was deleted', () => {
    const sentence = 'Aktau and Karaganda are members of the Strong Cities Network.'
    const a = highlight('countering-violent-extremism-p2', sentence)
    const edited = newEdition((s) =>
      rewrite(s, 'countering-violent-extremism-p2', (t) => t.replace(` ${sentence}`, ''))
    )
    // A code and its values, not a sentence: it is put into words in the reader's language.
    expect(anchorAnnotation(a, edited)).toEqual({
      status: 'orphan',
      reason: {
        code: 'textNotInEdition',
        excerpt: 'Aktau and Karaganda are members of the Strong Cities Netw…'
      }
    })
  })

  it('does not latch onto a look-alike name elsewhere when its own was deleted', () => {
    const a = highlight(`${LAW}-p3`, 'Max Bokayev')
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p3`, (t) =>
        t.replace('political activist Max Bokayev', 'political activist')
      )
    )
    expect(anchorAnnotation(a, edited).status).toBe('orphan')
  })

  it('uses its context to pick the right one of a phrase that occurs twice', () => {
    // "from Iraq and Syria" occurs twice in this paragraph; the highlight is the second.
    const a = highlight(`${LAW}-p2`, 'from Iraq and Syria', 1)
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p2`, (t) => `Returns continued. ${t.replace('two-pronged', 'twofold')}`)
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote' })
    const text = paragraphText(edited, `${LAW}-p2`)
    const second = text.indexOf('from Iraq and Syria', text.indexOf('from Iraq and Syria') + 1)
    expect(anchor).toMatchObject({ start: second })
  })

  it('keeps two highlights of "the" each with its own context', () => {
    const first = highlight('countering-violent-extremism-p2', 'the', 1) // "time, the government"
    const later = highlight('countering-violent-extremism-p2', 'the', 3) // "over the previous year"
    const before = paragraphText(report, 'countering-violent-extremism-p2')
    // The new sentence puts another "the" exactly at the first one's old offset: a trap.
    const edited = newEdition((s) =>
      rewrite(
        s,
        'countering-violent-extremism-p2',
        (t) => `In the same year, the MISD said so. ${t}`
      )
    )
    const shift = paragraphText(edited, 'countering-violent-extremism-p2').length - before.length
    for (const a of [first, later]) {
      if (a.target.kind !== 'text') throw new Error('text target')
      expect(anchorAnnotation(a, edited)).toMatchObject({
        status: 'anchored',
        method: 'quote',
        start: a.target.position.start + shift
      })
    }
  })
})

describe('a section note', () => {
  const note: Annotation = {
    ...highlight('overview-p1', 'Kazakhstan'),
    target: { kind: 'section', sectionId: 'countering-violent-extremism' }
  }

  it('is anchored to its section while the section exists', () => {
    expect(anchorAnnotation(note, report)).toEqual({
      status: 'anchored',
      method: 'section',
      sectionId: 'countering-violent-extremism'
    })
  })

  it('becomes an orphan when the section is gone', () => {
    const edited = newEdition((s) => s.splice(4, 1))
    expect(anchorAnnotation(note, edited)).toEqual({
      status: 'orphan',
      reason: { code: 'sectionNotInEdition', sectionId: 'countering-violent-extremism' }
    })
  })
})

describe('the cost of looking for a highlight that moved', () => {
  const otherProse =
    'Configuration files are read from the project root, and every option can also be given on the command line. '

  /** A highlight from an older edition whose quote is `exact`. */
  function quoting(exact: string): Annotation {
    const a = highlight(`${LAW}-p1`, 'Committee for National Security (KNB)')
    const target = a.target as Extract<Annotation['target'], { kind: 'text' }>
    return {
      ...a,
      editionHash: 'c'.repeat(64),
      target: { ...target, quote: { exact, prefix: '', suffix: '' } }
    }
  }

  it('gives up on a long quote found nowhere without scanning the report', () => {
    const foreign = quoting(otherProse.repeat(12).trim())
    scanned.chars = 0
    expect(anchorAnnotation(foreign, report)).toMatchObject({ status: 'orphan' })
    expect(scanned.chars).toBe(0)
  })

  it('still finds a long passage that was edited in several places', () => {
    const paragraph = paragraphText(report, `${LAW}-p3`)
    const a = highlight(`${LAW}-p3`, paragraph.slice(0, 400))
    const edited = newEdition((s) =>
      rewrite(s, `${LAW}-p3`, (t) =>
        t.replace('detect', 'find').replace('registered', 'recorded').replace('percent', '%')
      )
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' })
    expect(
      covered(anchor, edited).startsWith(paragraphText(edited, `${LAW}-p3`).slice(0, 40))
    ).toBe(true)
  })

  it('never does more than a bounded amount of work, however large the report', () => {
    // A report of 300 copies of the bundled one, and a long quote made of its own sentences in
    // another order: pieces of it occur in every copy, so the filter cannot rule much out.
    const big = newEdition((sections) => {
      const copies = Array.from({ length: 300 }, (_, i) =>
        sections.map((sec) => ({
          ...sec,
          id: `${sec.id}-${i}`,
          paragraphs: sec.paragraphs.map((p) => ({ ...p, id: `${p.id}-${i}` }))
        }))
      )
      sections.splice(0, sections.length, ...copies.flat())
    })
    const sentences = paragraphText(report, `${LAW}-p1`).split(/(?<=\.) /)
    const shuffled = [...sentences].reverse().join(' ')
    const scrambled = quoting(shuffled.slice(0, 1500))
    scanned.work = 0
    anchorAnnotation(scrambled, big)
    expect(scanned.work).toBeGreaterThan(0)
    expect(scanned.work).toBeLessThanOrEqual(MAX_FUZZY_WORK)
  })
})

describe('anchoring many annotations', () => {
  it('makes annotations of a report that is not in the library orphans, and anchors the rest', () => {
    const mine = highlight('overview-p1', 'Kazakhstan remained on guard')
    const elsewhere = { ...mine, id: 'anno-elsewhere', reportId: 'another-report' }
    const anchors = anchorAll([mine, elsewhere], library)
    expect(anchors.get(mine.id)).toMatchObject({ status: 'anchored' })
    expect(anchors.get(elsewhere.id)).toEqual({
      status: 'orphan',
      reason: { code: 'reportNotInApp', reportId: 'another-report' }
    })
    expect(anchorAnnotation(elsewhere, report)).toEqual({
      status: 'orphan',
      reason: { code: 'otherReport' }
    })
  })

  it('tells which section a paragraph is in', () => {
    const lib: Library = library
    expect(sectionOf(lib.reports[0] as ProcessedReport, `${LAW}-p3`)?.heading).toBe(
      'Legislation, Law Enforcement, and Border Security'
    )
    expect(sectionOf(report, 'no-such-p1')).toBeUndefined()
  })
})

describe('a highlight over several paragraphs', () => {
  const first = `${LAW}-p1`
  const second = `${LAW}-p2`
  const firstText = paragraphText(report, first)
  const secondText = paragraphText(report, second)
  /** From the last sentence of P1 to the first words of P2. */
  function passage(): Annotation {
    const start = firstText.indexOf('President Tokayev')
    const end = secondText.indexOf(' fighting') // "Kazakhstani law bans its citizens from"
    return {
      id: 'anno-range',
      reportId: report.id,
      editionHash: report.contentHash,
      target: textTargetForRange(
        report,
        { paragraphId: first, offset: start },
        { paragraphId: second, offset: end }
      ),
      color: 'pink',
      note: '',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
  }

  it('quotes both parts, joined by a blank line, with context from each end', () => {
    const { target } = passage()
    expect(target).toMatchObject({
      kind: 'text',
      paragraphId: first,
      endParagraphId: second,
      quote: {
        exact: `${firstText.slice(firstText.indexOf('President Tokayev'))}\n\nKazakhstani law bans its citizens from`,
        suffix: secondText.slice(secondText.indexOf(' fighting')).slice(0, 32)
      }
    })
  })

  it('is found where it was, and follows its text into a new edition', () => {
    const a = passage()
    expect(anchorAnnotation(a, report)).toMatchObject({
      status: 'anchored',
      method: 'position',
      paragraphId: first,
      endParagraphId: second
    })
    const edited = newEdition((s) =>
      rewrite(s, first, (t) => `A sentence added at the start. ${t}`)
    )
    const anchor = anchorAnnotation(a, edited)
    expect(anchor).toMatchObject({ status: 'anchored', method: 'quote', endParagraphId: second })
    if (anchor.status !== 'anchored') throw new Error('not anchored')
    expect(paragraphText(edited, first).slice(anchor.start)).toBe(
      firstText.slice(firstText.indexOf('President Tokayev'))
    )
  })

  it('becomes an orphan when its words are gone', () => {
    const edited = newEdition((s) => {
      rewrite(s, first, (t) => t.replace(/President Tokayev[^.]*\./, ''))
      rewrite(s, second, (t) =>
        t.replace('Kazakhstani law bans its citizens from', 'It is illegal')
      )
    })
    expect(anchorAnnotation(passage(), edited)).toMatchObject({ status: 'orphan' })
  })
})
