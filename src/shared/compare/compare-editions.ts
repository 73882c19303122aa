import { diffWords, mergeParts, type DiffPart } from '../text/word-diff'
import type { ChangeUnit, EditionChange, SectionRef, TextSpan } from './change-model'
import {
  editionText,
  type ComparableReport,
  type EditionSentence,
  type EditionText
} from './edition-sentences'
import { heaviestChain, type ChainPair } from './longest-chain'
import { matchSections, type SectionMatching } from './match-sections'
import { pairSentences, type SentencePairing } from './pair-sentences'
import { WordCoder } from './sentence-similarity'

/**
 * What changed from one edition of a report to the next, sentence by sentence, in the new
 * edition's reading order (a deleted text stands where it was: after what came before it).
 *
 * 1. Both editions are split into sentences (`splitSentences`, Intl.Segmenter).
 * 2. Sentences are paired: the same text first, then text alike enough to be an edit of it
 *    (`pairSentences`).
 * 3. Sections are matched: by heading, by heading but for the year, by shared sentences
 *    (`matchSections`).
 * 4. The pairs that read in the same order in both editions, the most text possible, stay in
 *    place (`heaviestChain`); the others, and pairs whose sections are not matched, moved.
 * 5. Changes are grouped the way a reader sees them: consecutive sentences of one paragraph that
 *    changed alike are one change (a paragraph moved is one "moved"), a section added, removed
 *    or moved whole is one change, and a heading that changed is a change of its own.
 *
 * Sentences equal up to spaces and quote marks (’ or ', “ or ") are the same; a paragraph split
 * in two, or two joined, with the same sentences, is not a change.
 */
export function compareEditions(
  oldReport: ComparableReport,
  newReport: ComparableReport
): EditionChange[] {
  const coder = new WordCoder()
  const before = editionText(oldReport, coder)
  const after = editionText(newReport, coder)
  const pairing = pairSentences(before, after)
  const sections = matchSections(before, after, pairing)
  return new ChangeBuilder(before, after, pairing, sections).build()
}

/**
 * Past this many words, a sentence's changed words are not worked out (it shows as removed and
 * added whole): a "sentence" that long is a list or a table run together, and the word diff's cost
 * grows with the product of the two lengths.
 */
const MAX_SENTENCE_DIFF_WORDS = 400

/** One edition, as the builder looks at it. */
interface Side {
  name: 'old' | 'new'
  text: EditionText
  /** Each sentence's counterpart in the other edition, or -1. */
  partner: Int32Array
  /** Each section's counterpart in the other edition, or -1. */
  matched: Int32Array
  /** Sentences already in a change (of a whole section). */
  taken: boolean[]
}

/** One side of a change. */
interface Half {
  section: SectionRef | null
  text: string | null
  spans: TextSpan[]
}

interface Placed {
  change: EditionChange
  /** Where the change reads in the new edition; a deleted one gets a place between two. */
  at: number
  /** Among deleted changes at one place: their order in the old edition. */
  oldAt: number
}

type NewState = 'inserted' | 'same' | 'modified' | 'moved'

class ChangeBuilder {
  private readonly old: Side
  private readonly new: Side
  private readonly state: NewState[]
  /** Reading positions, in the new edition, of its headings and sentences. */
  private readonly headingAt: number[] = []
  private readonly sentenceAt: number[] = []
  /** For each old heading and sentence: the new position of the last one before it that remains. */
  private readonly headingAnchor: number[] = []
  private readonly sentenceAnchor: number[] = []
  private readonly oldHeadingAt: number[] = []
  private readonly placed: Placed[] = []

  constructor(
    before: EditionText,
    after: EditionText,
    pairing: SentencePairing,
    sections: SectionMatching
  ) {
    const side = (
      name: Side['name'],
      text: EditionText,
      partner: Int32Array,
      matched: Int32Array
    ): Side => ({
      name,
      text,
      partner,
      matched,
      taken: text.sentences.map(() => false)
    })
    this.old = side('old', before, pairing.oldPartner, sections.oldToNew)
    this.new = side('new', after, pairing.newPartner, sections.newToOld)
    this.state = this.newStates()
    this.readingPositions()
  }

  build(): EditionChange[] {
    for (const side of [this.new, this.old]) this.wholeSections(side)
    this.new.text.sections.forEach((_, n) => this.movedSection(n))
    this.headings()
    for (const side of [this.new, this.old]) this.unpairedRuns(side)
    this.movedRuns()
    this.modifiedSentences()
    // At one place, a heading's change reads before its section's.
    const rank = (p: Placed) => (p.change.unit === 'heading' ? 0 : 1)
    return this.placed
      .sort((a, b) => a.at - b.at || rank(a) - rank(b) || a.oldAt - b.oldAt)
      .map(({ change }) => change)
  }

  /** In place, edited, moved or new: each sentence of the new edition. */
  private newStates(): NewState[] {
    const { old, new: now } = this
    const state: NewState[] = now.text.sentences.map(() => 'inserted')
    // A sentence now in another section has moved, wherever it reads; the others are in place
    // if they are on the heaviest chain.
    const pairs: ChainPair[] = []
    for (const after of now.text.sentences) {
      const partner = now.partner[after.index] as number
      if (partner === -1) continue
      const before = old.text.sentences[partner] as EditionSentence
      state[after.index] = 'moved'
      if (old.matched[before.section] === after.section) {
        pairs.push({ old: partner, new: after.index, weight: after.text.length + 1 })
      }
    }
    const onChain = heaviestChain(pairs, now.text.sentences.length)
    pairs.forEach((pair, i) => {
      if (!onChain[i]) return
      const same = old.text.sentences[pair.old]?.key === now.text.sentences[pair.new]?.key
      state[pair.new] = same ? 'same' : 'modified'
    })
    return state
  }

  private readingPositions(): void {
    let at = 0
    for (const section of this.new.text.sections) {
      this.headingAt.push(at++)
      for (let i = section.first; i < section.end; i++) this.sentenceAt[i] = at++
    }
    let anchor = -1
    let oldAt = 0
    this.old.text.sections.forEach((section, s) => {
      this.headingAnchor.push(anchor)
      this.oldHeadingAt.push(oldAt++)
      const matched = this.old.matched[s] as number
      if (matched !== -1) anchor = this.headingAt[matched] as number
      for (let i = section.first; i < section.end; i++) {
        this.sentenceAnchor[i] = anchor
        oldAt++
        const partner = this.old.partner[i] as number
        if (partner !== -1) anchor = this.sentenceAt[partner] as number
      }
    })
  }

  /** Places a change at a heading (`sentence` null) or a sentence of one side. */
  private place(change: EditionChange, side: Side, section: number, sentence: number | null): void {
    if (side.name === 'new') {
      const at = sentence === null ? this.headingAt[section] : this.sentenceAt[sentence]
      this.placed.push({ change, at: at as number, oldAt: -1 })
    } else {
      const anchor = sentence === null ? this.headingAnchor[section] : this.sentenceAnchor[sentence]
      const oldAt = sentence === null ? this.oldHeadingAt[section] : sentence
      this.placed.push({ change, at: (anchor as number) + 0.5, oldAt: oldAt as number })
    }
  }

  private ref(side: Side, s: number): SectionRef | null {
    const section = side.text.sections[s]
    return section ? { id: section.id, heading: section.heading } : null
  }

  private half(side: Side, section: number, sentences: readonly EditionSentence[]): Half {
    return {
      section: this.ref(side, section),
      text: joinSentences(side.text, sentences),
      spans: spans(side.text, sentences)
    }
  }

  /** A change found on one side only: inserted (new side) or deleted (old side). */
  private oneSided(side: Side, unit: ChangeUnit, section: number, found: Half): EditionChange {
    const other = side === this.new ? this.old : this.new
    const elsewhere: Half = {
      section: this.ref(other, side.matched[section] as number),
      text: null,
      spans: []
    }
    return side === this.new
      ? change('inserted', unit, elsewhere, found)
      : change('deleted', unit, found, elsewhere)
  }

  /** Sections added or removed whole: one change each. */
  private wholeSections(side: Side): void {
    side.text.sections.forEach((section, s) => {
      if (side.matched[s] !== -1) return
      const sentences = side.text.sentences.slice(section.first, section.end)
      if (sentences.some((sentence) => side.partner[sentence.index] !== -1)) return
      for (const sentence of sentences) side.taken[sentence.index] = true
      this.place(this.oneSided(side, 'section', s, this.half(side, s, sentences)), side, s, null)
    })
  }

  /** A matched section whose paired sentences all moved, together and in order: one change. */
  private movedSection(n: number): void {
    const { old, new: now } = this
    const o = now.matched[n] as number
    if (o === -1) return
    const paired = (side: Side, s: number) => {
      const { first, end } = side.text.sections[s] as { first: number; end: number }
      return side.text.sentences.slice(first, end).filter((x) => side.partner[x.index] !== -1)
    }
    const news = paired(now, n)
    const olds = news.map(
      (s) => old.text.sentences[now.partner[s.index] as number] as EditionSentence
    )
    const whole =
      news.length > 0 &&
      paired(old, o).length === news.length &&
      news.every((s) => this.state[s.index] === 'moved') &&
      olds.every(
        (s, i) => s.section === o && (i === 0 || s.index > (olds[i - 1] as EditionSentence).index)
      )
    if (!whole) return
    for (const s of news) now.taken[s.index] = true
    for (const s of olds) old.taken[s.index] = true
    this.place(this.pairedChange('moved', 'section', olds, news), now, n, null)
  }

  /** Headings renamed, and headings of sections that are new or gone while their text is not. */
  private headings(): void {
    for (const side of [this.new, this.old]) {
      side.text.sections.forEach((section, s) => {
        // A section without sentences is reported whole, by wholeSections.
        const taken = section.end === section.first || side.taken[section.first] === true
        if (side.matched[s] !== -1 || taken) return
        const found = { section: this.ref(side, s), text: section.heading, spans: [] }
        this.place(this.oneSided(side, 'heading', s, found), side, s, null)
      })
    }
    this.new.text.sections.forEach((section, n) => {
      const o = this.new.matched[n] as number
      const before = this.old.text.sections[o]
      if (!before || before.heading === section.heading) return
      const renamed = change(
        'modified',
        'heading',
        { section: this.ref(this.old, o), text: before.heading, spans: [] },
        { section: this.ref(this.new, n), text: section.heading, spans: [] },
        diffWords(before.heading, section.heading)
      )
      this.place(renamed, this.new, n, null)
    })
  }

  /** Sentences only one edition has, in runs of one paragraph. */
  private unpairedRuns(side: Side): void {
    const unpaired = side.text.sentences.filter(
      (s) => side.partner[s.index] === -1 && !side.taken[s.index]
    )
    const together = (a: EditionSentence, b: EditionSentence) =>
      b.index === a.index + 1 && b.paragraph === a.paragraph
    for (const run of runsOf(unpaired, together)) {
      const first = run[0] as EditionSentence
      const unit = coversParagraph(side.text, run) ? 'paragraph' : 'sentence'
      const found = this.half(side, first.section, run)
      this.place(this.oneSided(side, unit, first.section, found), side, first.section, first.index)
    }
  }

  private movedRuns(): void {
    const { old, new: now } = this
    const partner = (s: EditionSentence) =>
      old.text.sentences[now.partner[s.index] as number] as EditionSentence
    const moved = now.text.sentences.filter(
      (s) => this.state[s.index] === 'moved' && !now.taken[s.index]
    )
    const together = (a: EditionSentence, b: EditionSentence) =>
      b.index === a.index + 1 &&
      b.paragraph === a.paragraph &&
      partner(b).index === partner(a).index + 1 &&
      partner(b).paragraph === partner(a).paragraph
    for (const news of runsOf(moved, together)) {
      const olds = news.map(partner)
      const first = news[0] as EditionSentence
      const whole = coversParagraph(now.text, news) && coversParagraph(old.text, olds)
      const moves = this.pairedChange('moved', whole ? 'paragraph' : 'sentence', olds, news)
      this.place(moves, now, first.section, first.index)
    }
  }

  private modifiedSentences(): void {
    for (const sentence of this.new.text.sentences) {
      if (this.state[sentence.index] !== 'modified') continue
      const old = this.old.text.sentences[
        this.new.partner[sentence.index] as number
      ] as EditionSentence
      const modified = this.pairedChange('modified', 'sentence', [old], [sentence])
      this.place(modified, this.new, sentence.section, sentence.index)
    }
  }

  /** A change over paired sentences (in the same order on both sides), with the words that changed. */
  private pairedChange(
    kind: 'modified' | 'moved',
    unit: ChangeUnit,
    olds: readonly EditionSentence[],
    news: readonly EditionSentence[]
  ): EditionChange {
    const parts: DiffPart[] = []
    news.forEach((sentence, i) => {
      const old = olds[i] as EditionSentence
      if (i > 0) {
        const oldGap = gap(this.old.text, olds[i - 1] as EditionSentence, old)
        const newGap = gap(this.new.text, news[i - 1] as EditionSentence, sentence)
        if (oldGap === newGap) parts.push({ kind: 'same', text: newGap })
        else parts.push({ kind: 'removed', text: oldGap }, { kind: 'added', text: newGap })
      }
      if (old.text === sentence.text) parts.push({ kind: 'same', text: sentence.text })
      else parts.push(...diffWords(old.text, sentence.text, MAX_SENTENCE_DIFF_WORDS))
    })
    const merged = mergeParts(parts)
    return change(
      kind,
      unit,
      this.half(this.old, (olds[0] as EditionSentence).section, olds),
      this.half(this.new, (news[0] as EditionSentence).section, news),
      merged.some((part) => part.kind !== 'same') ? merged : undefined
    )
  }
}

function change(
  kind: EditionChange['kind'],
  unit: ChangeUnit,
  before: Half,
  after: Half,
  parts?: DiffPart[]
): EditionChange {
  return {
    kind,
    unit,
    oldSection: before.section,
    newSection: after.section,
    oldText: before.text,
    newText: after.text,
    ...(parts ? { parts } : {}),
    oldSpans: before.spans,
    newSpans: after.spans
  }
}

/** Maximal runs of items where each goes `together` with the one before. */
function runsOf<T>(items: readonly T[], together: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = []
  for (const item of items) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    if (run && last !== undefined && together(last, item)) run.push(item)
    else runs.push([item])
  }
  return runs
}

function coversParagraph(text: EditionText, run: readonly EditionSentence[]): boolean {
  const first = run[0] as EditionSentence
  const paragraph = text.paragraphs[first.paragraph] as { first: number; end: number }
  return run.length === paragraph.end - paragraph.first && first.index === paragraph.first
}

/** What stands between two sentences of a run: their own text's spacing, or a paragraph break. */
function gap(text: EditionText, a: EditionSentence, b: EditionSentence): string {
  if (a.paragraph !== b.paragraph) return '\n\n'
  if (b.index !== a.index + 1) return ' '
  return (text.paragraphs[a.paragraph] as { text: string }).text.slice(a.end, b.start)
}

function joinSentences(text: EditionText, sentences: readonly EditionSentence[]): string {
  return sentences
    .map((s, i) => (i === 0 ? '' : gap(text, sentences[i - 1] as EditionSentence, s)) + s.text)
    .join('')
}

function spans(text: EditionText, sentences: readonly EditionSentence[]): TextSpan[] {
  return sentences.map((s) => ({
    paragraphId: (text.paragraphs[s.paragraph] as { id: string }).id,
    start: s.start,
    end: s.end
  }))
}
