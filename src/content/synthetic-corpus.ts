import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReportMetadata } from '../shared/report-model'
import { parsePlainText } from './parse-plain-text'
import { isTitleLike } from './run-in-heading'
import { mulberry32 } from '../shared/seeded-random'

/**
 * Synthetic report corpora for the search benchmark (scripts/bench-search.ts): many reports of
 * report-like plain text, learned from a real report, so the real content pipeline can build
 * them and the search engine can be measured at sizes the bundled report does not reach.
 *
 * - The vocabulary is learned from the source report's paragraphs (as the pipeline parses them):
 *   a word bigram model over whitespace-separated words, so punctuation, curly quotes, numbers,
 *   hyphenated words and acronyms come out as they appear in the source. Headings are collected
 *   as well.
 * - Each generated report has 4–8 sections with title-case run-in headings (the source's own, or
 *   made from its words), and paragraphs of 40–200 words, until its share of the target size.
 * - So that the vocabulary grows with the corpus as it does with real reports (each new report
 *   brings new names and figures), numbers are often redrawn in the same shape, and each report
 *   has its own invented place and person names, made from the source names' syllables, which
 *   stand in for some of the source's names.
 *
 * Pure given the source text and the seed: the same inputs give byte-identical reports.
 */

export interface SyntheticReport {
  /** Report id, also the file name stem. */
  id: string
  /** The plain-text source (`<id>.txt`): run-in headings, blank lines between paragraphs. */
  text: string
  metadata: ReportMetadata
  /** UTF-8 bytes of the paragraph texts as the pipeline will read them (headings excluded). */
  paragraphBytes: number
}

export interface SyntheticCorpusOptions {
  seed: number
  /** Total UTF-8 bytes of paragraph text to produce, over all reports. */
  targetBytes: number
  /** About how big one report is; the number of reports is targetBytes / reportBytes. */
  reportBytes?: number
  /** Report ids are `<idPrefix>-001`, `<idPrefix>-002`, … */
  idPrefix?: string
}

export const DEFAULT_REPORT_BYTES = 100_000
const MIN_SECTIONS = 4
const MAX_SECTIONS = 8
const MIN_PARAGRAPH_WORDS = 40
const MAX_PARAGRAPH_WORDS = 200
const MIN_SENTENCE_WORDS = 5
const MAX_SENTENCE_WORDS = 45
/** How often the next word is drawn from all words instead of the current word's successors. */
const JUMP_PROBABILITY = 0.08
/** How often a number is redrawn (same shape) instead of copied. */
const NUMBER_REDRAW_PROBABILITY = 0.5
/** How often a source name is replaced by one of the report's invented names. */
const NAME_SWAP_PROBABILITY = 0.3
const NAMES_PER_REPORT = 30

/** What the generator learned from the source report. */
export interface Vocabulary {
  /** Every word occurrence of the source paragraphs, in order (drawing from it is by frequency). */
  words: string[]
  /** For each word, the words that followed it in the source (with repeats, so by frequency). */
  successors: Map<string, string[]>
  /** Words that started a sentence in the source. */
  sentenceStarts: string[]
  /** Words that ended a sentence in the source. */
  sentenceEnds: string[]
  /** The source's section headings (title-like, as the pipeline recognized them). */
  headings: string[]
  /** Capitalized content words (for made-up headings). */
  headingWords: string[]
  /** Names: capitalized words never seen lower-case (places, people, months), for syllables. */
  names: string[]
  /** Paragraph texts of the source, for deriving benchmark queries. */
  paragraphs: string[]
}

/** A word that ends a sentence: ends with . ! or ? (possibly inside a closing quote or bracket). */
const SENTENCE_END = /[.!?][”"’)]*$/
const NUMBER_LIKE = /^[(“$]*\d[\d,.\-–]*[)”.,;:%]*$/
const VOWELS = /[aeiouy]/i

/** Learns the vocabulary from a plain-text report (as the pipeline parses it). */
export function learnVocabulary(sourceText: string): Vocabulary {
  const { sections } = parsePlainText(sourceText)
  const paragraphs = sections.flatMap((section) => section.blocks.map((block) => block.text))
  const words: string[] = []
  const successors = new Map<string, string[]>()
  const sentenceStarts: string[] = []
  const sentenceEnds: string[] = []
  /** Capitalized inside a sentence at least once: a name, not just a sentence's first word. */
  const capitalizedInside = new Set<string>()
  for (const paragraph of paragraphs) {
    // Colons would let a generated paragraph start a section; the source has none in its prose.
    const paragraphWords = paragraph.split(' ').filter((w) => w !== '' && !w.includes(':'))
    paragraphWords.forEach((word, i) => {
      words.push(word)
      const previous = paragraphWords[i - 1]
      if (previous === undefined || SENTENCE_END.test(previous)) sentenceStarts.push(word)
      else if (/^\p{Lu}/u.test(word)) capitalizedInside.add(coreOf(word))
      if (SENTENCE_END.test(word)) sentenceEnds.push(word)
      if (previous !== undefined) {
        const list = successors.get(previous) ?? []
        list.push(word)
        successors.set(previous, list)
      }
    })
  }
  const lowerSeen = new Set(words.filter((w) => /^[a-z]/.test(w)).map(coreOf))
  const cores = words.map(coreOf)
  const headingWords = unique(
    cores.filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) || /^\p{Ll}{5,}$/u.test(w))
  ).map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  const names = unique(
    cores.filter(
      (w) =>
        /^\p{Lu}\p{Ll}{3,}$/u.test(w) && capitalizedInside.has(w) && !lowerSeen.has(w.toLowerCase())
    )
  )
  return {
    words,
    successors,
    sentenceStarts: sentenceStarts.filter((w) => /^[\p{Lu}\p{N}“]/u.test(w)),
    sentenceEnds,
    headings: unique(sections.map((s) => s.heading)).filter(isTitleLike),
    headingWords,
    names,
    paragraphs
  }
}

/** The letters-and-digits core of a word: "Kazakhstan’s," → "Kazakhstan", "(KNB)" → "KNB". */
export function coreOf(word: string): string {
  return word
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[’']s[^\p{L}\p{N}]*$/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '')
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

export type Random = () => number

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: Random, values: readonly T[]): T {
  if (values.length === 0) throw new Error('pick: no values')
  return values[Math.floor(random() * values.length)] as T
}

/** Generates the reports of a corpus: about `targetBytes` of paragraph text in all. */
export function generateSyntheticCorpus(
  vocabulary: Vocabulary,
  options: SyntheticCorpusOptions
): SyntheticReport[] {
  const random = mulberry32(options.seed)
  const reportBytes = options.reportBytes ?? DEFAULT_REPORT_BYTES
  const count = Math.max(1, Math.round(options.targetBytes / reportBytes))
  const prefix = options.idPrefix ?? 'synthetic'
  const reports: SyntheticReport[] = []
  let remaining = options.targetBytes
  for (let n = 1; n <= count; n++) {
    const budget = Math.max(1, Math.round(remaining / (count - n + 1)))
    const report = generateReport(vocabulary, random, budget)
    const id = `${prefix}-${String(n).padStart(3, '0')}`
    reports.push({
      id,
      text: report.text,
      paragraphBytes: report.bytes,
      metadata: {
        title: `Synthetic Report ${n}: ${report.title}`,
        publisher: `Synthetic corpus (seed ${options.seed})`,
        sourceUrl: `https://example.org/synthetic/${id}`,
        edition: String(2000 + (n % 24))
      }
    })
    remaining -= report.bytes
  }
  return reports
}

/** Writes `<id>.txt` and `<id>.meta.json` for each report into `dir` (created if needed). */
export function writeSyntheticCorpus(dir: string, reports: readonly SyntheticReport[]): void {
  writeReportFiles(dir, reports, '.txt')
}

/** Each report as `<id><extension>` with its `<id>.meta.json`, in a content folder. */
export function writeReportFiles(
  dir: string,
  reports: readonly { id: string; text: string; metadata: ReportMetadata }[],
  extension: '.txt' | '.md'
): void {
  mkdirSync(dir, { recursive: true })
  for (const report of reports) {
    writeFileSync(join(dir, `${report.id}${extension}`), report.text)
    writeFileSync(
      join(dir, `${report.id}.meta.json`),
      `${JSON.stringify(report.metadata, null, 2)}\n`
    )
  }
}

interface ReportText {
  text: string
  title: string
  bytes: number
}

/** What generating one report needs: the model, the random stream and the report's names. */
interface Context {
  vocabulary: Vocabulary
  random: Random
  sourceNames: ReadonlySet<string>
  /** This report's invented names. */
  names: string[]
}

function generateReport(vocabulary: Vocabulary, random: Random, budget: number): ReportText {
  const context: Context = {
    vocabulary,
    random,
    sourceNames: new Set(vocabulary.names),
    names: inventNames(vocabulary.names, random, NAMES_PER_REPORT)
  }
  const sectionCount = randomInt(random, MIN_SECTIONS, MAX_SECTIONS)
  const headings = sectionHeadings(vocabulary, random, sectionCount)
  const blocks: string[] = []
  let bytes = 0
  for (let s = 0; s < sectionCount; s++) {
    // Each section gets an equal share of what is left, at least one paragraph.
    const sectionBudget = (budget - bytes) / (sectionCount - s)
    let sectionBytes = 0
    let first = true
    while (first || sectionBytes < sectionBudget) {
      const paragraph = generateParagraph(context)
      const length = utf8Length(paragraph)
      // Sentences are joined with two spaces, as in the source; the pipeline makes them one.
      const raw = paragraph.replace(/([.!?][”"’)]*) /g, '$1  ')
      blocks.push(first ? `${headings[s]}:  ${raw}` : raw)
      sectionBytes += length
      first = false
    }
    bytes += sectionBytes
  }
  return { text: `${blocks.join('\n\n')}\n`, title: headings[1] ?? headings[0] ?? 'Report', bytes }
}

function sectionHeadings(vocabulary: Vocabulary, random: Random, count: number): string[] {
  const headings: string[] = []
  // Like the source: an overview first, then a mix of its headings and made-up ones.
  headings.push(vocabulary.headings[0] ?? 'Overview')
  while (headings.length < count) {
    const heading =
      random() < 0.4 && vocabulary.headings.length > 0
        ? pick(random, vocabulary.headings)
        : makeHeading(vocabulary, random)
    if (!headings.includes(heading)) headings.push(heading)
  }
  return headings
}

function makeHeading(vocabulary: Vocabulary, random: Random): string {
  const word = (): string => pick(random, vocabulary.headingWords)
  const pattern = randomInt(random, 0, 4)
  const heading =
    pattern === 0
      ? word()
      : pattern === 1
        ? `${word()} ${word()}`
        : pattern === 2
          ? `${word()} and ${word()}`
          : pattern === 3
            ? `${word()} of the ${word()}`
            : `${word()}, ${word()}, and ${word()}`
  return isTitleLike(heading) ? heading : 'Overview'
}

function generateParagraph(context: Context): string {
  const { random } = context
  const target = randomInt(random, MIN_PARAGRAPH_WORDS, MAX_PARAGRAPH_WORDS)
  const words: string[] = []
  while (words.length < target) {
    const room = MAX_PARAGRAPH_WORDS - words.length
    const sentence = generateSentence(
      context,
      Math.min(MAX_SENTENCE_WORDS, Math.max(room, MIN_SENTENCE_WORDS))
    )
    words.push(...sentence)
  }
  return words.join(' ')
}

function generateSentence(context: Context, maxWords: number): string[] {
  const { vocabulary, random } = context
  const sentence: string[] = [pick(random, vocabulary.sentenceStarts)]
  for (;;) {
    const last = sentence[sentence.length - 1] as string
    if (SENTENCE_END.test(last) && sentence.length >= MIN_SENTENCE_WORDS) break
    if (sentence.length >= maxWords - 1) {
      sentence.push(pick(random, vocabulary.sentenceEnds))
      break
    }
    const successors = vocabulary.successors.get(last)
    let next =
      successors && random() >= JUMP_PROBABILITY
        ? pick(random, successors)
        : pick(random, vocabulary.words)
    // Too short to end yet: try once more for a word that goes on.
    if (SENTENCE_END.test(next) && sentence.length + 1 < MIN_SENTENCE_WORDS) {
      next = pick(random, vocabulary.words)
      if (SENTENCE_END.test(next)) next = next.replace(/[.!?]+(?=[”"’)]*$)/, '')
    }
    sentence.push(next)
  }
  return sentence.map((word) => varyWord(context, word))
}

/** Redraws numbers and swaps names, keeping the word's punctuation. */
function varyWord(context: Context, word: string): string {
  const { random, names } = context
  if (NUMBER_LIKE.test(word)) {
    return random() < NUMBER_REDRAW_PROBABILITY ? redrawNumber(word, random) : word
  }
  const core = coreOf(word)
  if (names.length > 0 && context.sourceNames.has(core)) {
    if (random() < NAME_SWAP_PROBABILITY) return word.replace(core, pick(random, names))
  }
  return word
}

/** "181,000" → "734,291", "(2018-22)" → "(2007-11)", "19.8" → "42.3": same shape, new digits. */
function redrawNumber(word: string, random: Random): string {
  return word.replace(/\d+/g, (digits) => {
    if (digits.length === 4 && /^(19|20)/.test(digits)) return String(randomInt(random, 1990, 2023))
    let out = ''
    for (let i = 0; i < digits.length; i++) {
      out += String(
        i === 0 && digits.length > 1 ? randomInt(random, 1, 9) : randomInt(random, 0, 9)
      )
    }
    return out
  })
}

/** Names made from the syllables of the source's names: "Shymkent" + "Kostanay" → "Shymtanay". */
function inventNames(sourceNames: readonly string[], random: Random, count: number): string[] {
  const heads: string[] = []
  const tails: string[] = []
  for (const name of sourceNames) {
    const syllables = name.toLowerCase().match(/[^aeiouy]*[aeiouy]+(?:[^aeiouy]+$)?/g) ?? []
    if (syllables.length < 2) continue
    heads.push(syllables.slice(0, Math.ceil(syllables.length / 2)).join(''))
    tails.push(syllables.slice(Math.ceil(syllables.length / 2)).join(''))
  }
  if (heads.length === 0) return []
  const names = new Set<string>()
  for (let tries = 0; names.size < count && tries < count * 20; tries++) {
    const name = pick(random, heads) + pick(random, tails)
    if (name.length < 5 || !VOWELS.test(name) || sourceNames.includes(capitalize(name))) continue
    names.add(capitalize(name))
  }
  return [...names]
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
