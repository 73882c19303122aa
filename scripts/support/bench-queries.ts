import { distance } from 'fastest-levenshtein'
import { coreOf, type Random, type Vocabulary } from '../../src/content/synthetic-corpus'
import type { Library } from '../../src/shared/report-model'
import { isStopWord } from '../../src/shared/search/term-pipeline'

/**
 * What the search benchmark types and asks. Queries are drawn with a seed from the text itself
 * (the 1 MB prose corpus, which starts every larger one), so every engine and every size gets the
 * same ones, plus the misspellings an analyst was seen typing.
 */

export interface QuerySet {
  /** Whole queries. */
  queries: string[]
  /** Queries typed one character at a time: every prefix is a keystroke. */
  typed: string[]
  /** Queries whose top 3 results must each hold every wanted word. */
  quality: QualityCheck[]
}

export interface QualityCheck {
  query: string
  /** The words a right result holds (for a misspelling, the word meant). */
  wanted: string[]
}

/** Misspellings and odd input seen typed into the search box, letter by letter. */
export const TYPED_AS_SEEN: readonly string[] = [
  'configuraton file',
  'enviroment variables',
  'Kazahkstan ',
  '"command line interface"'
]

/** Misspelled queries of the prose with the words they mean, for the quality checks. */
const MISSPELLED_AS_SEEN: readonly QualityCheck[] = [
  { query: 'configuraton file', wanted: ['configuration', 'file'] },
  { query: 'enviroment variables', wanted: ['environment', 'variables'] }
]

/** The vocabulary of a library's paragraphs (what the queries are drawn from). */
export function vocabularyOf(library: Library): Pick<Vocabulary, 'words' | 'names' | 'paragraphs'> {
  const paragraphs = library.reports.flatMap((r) =>
    r.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
  )
  const words = paragraphs.flatMap((p) => p.split(' ').filter((w) => w !== ''))
  const lower = new Set(words.filter((w) => /^\p{Ll}/u.test(w)).map((w) => coreOf(w).toLowerCase()))
  const names = [
    ...new Set(
      words.map(coreOf).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !lower.has(w.toLowerCase()))
    )
  ].sort()
  return { words, names, paragraphs }
}

/**
 * About 60 queries people would type, drawn from a text's own words with a seeded sample:
 * common and rare words, names, acronyms, numbers, two- and three-word queries, quoted phrases,
 * misspellings and prefixes; 8 of them (and TYPED_AS_SEEN, for prose) to type letter by letter;
 * 30 to check the top results of.
 */
export function benchQueries(
  vocabulary: Pick<Vocabulary, 'words' | 'names' | 'paragraphs'>,
  random: Random,
  typed: readonly string[] | null
): QuerySet {
  const cores = vocabulary.words.map(coreOf).filter((w) => w !== '')
  const isContent = (w: string): boolean =>
    /^\p{Ll}{4,}$/u.test(w.toLowerCase()) && !isStopWord(w.toLowerCase())
  const counts = new Map<string, number>()
  for (const core of cores) {
    if (!isContent(core)) continue
    const word = core.toLowerCase()
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const sample = (values: readonly string[], n: number): string[] => {
    const pool = [...new Set(values)]
    const chosen: string[] = []
    while (chosen.length < n && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string)
    }
    return chosen
  }

  const common = byFrequency.slice(0, 10).map(([w]) => w)
  const rare = byFrequency.filter(([w, n]) => n === 1 && w.length >= 7).map(([w]) => w)
  const long = byFrequency.filter(([w]) => w.length >= 8).map(([w]) => w)
  const acronyms = cores.filter((w) => /^[A-Z][A-Z0-9]*(?:[/+][A-Z0-9]+)*$/.test(w) && w.length > 1)
  const numbers = cores.filter((w) => /^\d[\d,.]*$/.test(w))

  // Neighbouring words of the source, as people would pick them out of a sentence.
  const pairs: string[] = []
  const triples: string[] = []
  for (const paragraph of vocabulary.paragraphs) {
    const raw = paragraph.split(' ')
    const words = raw.map(coreOf)
    // Only words that follow each other with no punctuation between them.
    const joins = (i: number): boolean => /[\p{L}\p{N}]$/u.test(raw[i] ?? '')
    words.forEach((word, i) => {
      const next = words[i + 1]
      const third = words[i + 2]
      if (next && joins(i) && isContent(word) && isContent(next)) {
        pairs.push(`${word} ${next}`.toLowerCase())
      }
      if (next && third && joins(i) && joins(i + 1) && isContent(word) && isContent(third)) {
        if (/^\p{L}+$/u.test(next)) triples.push(`${word} ${next} ${third}`)
      }
    })
  }

  const misspell = (word: string): string => {
    const i = 1 + Math.floor(random() * (word.length - 3))
    return random() < 0.5
      ? word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2) // swap
      : word.slice(0, i) + word.slice(i + 1) // drop a letter
  }

  // Misspellings the word meant is the one nearest known word of: a check of what a correction
  // finds, not of which of two equally near words it guesses.
  const known = [...new Set(cores.map((w) => w.toLowerCase()))]
  const misspelledWords: string[] = []
  const misspellings: string[] = []
  for (const word of sample(
    long.filter((w) => w.length >= 9),
    40
  )) {
    if (misspellings.length === 4) break
    const typo = misspell(word)
    const near = distance(typo, word)
    if (known.some((other) => other !== word && distance(typo, other) <= near)) continue
    misspelledWords.push(word)
    misspellings.push(typo)
  }
  const chosen = {
    common,
    rare: sample(rare, 8),
    names: sample(vocabulary.names, 6),
    acronyms: sample(acronyms, 6),
    numbers: sample(numbers, 5),
    pairs: sample(pairs, 10),
    triples: sample(triples, 5),
    phrases: sample(triples, 3).map((t) => `"${t}"`),
    misspelled: misspellings,
    prefixes: sample(long, 3).map((w) => w.slice(0, 5))
  }
  const words = (query: string) =>
    query
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => isContent(w))
  const quality: QualityCheck[] = [
    ...chosen.pairs.map((query) => ({ query, wanted: words(query) })),
    ...chosen.triples.map((query) => ({ query, wanted: words(query) })),
    ...chosen.rare.slice(0, 5).map((query) => ({ query, wanted: [query] })),
    ...chosen.misspelled.map((query, i) => ({ query, wanted: [misspelledWords[i] as string] })),
    ...chosen.names.slice(0, 4).map((query) => ({ query, wanted: [query.toLowerCase()] })),
    ...MISSPELLED_AS_SEEN
  ].slice(0, 30)
  return {
    queries: Object.values(chosen).flat(),
    typed: typed
      ? [...typed]
      : [
          ...TYPED_AS_SEEN,
          chosen.pairs[0],
          chosen.pairs[1],
          chosen.triples[0],
          chosen.triples[1],
          chosen.phrases[0],
          chosen.misspelled[0],
          chosen.rare[0],
          chosen.names[0]
        ].filter((q): q is string => q !== undefined),
    quality
  }
}

/** Every prefix of every typed query, as the search box sees them while typing. */
export function keystrokes(typed: readonly string[]): string[] {
  return typed.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))
  )
}

/**
 * Whether a result's text (heading and paragraph) holds every wanted word: each word, or a form
 * of it (all but its last three letters, at least four, at the start of a word: "quoting" is
 * held by "quoted"), case-insensitively. Neutral to every engine's own tokenizer and stemmer.
 */
export function holdsWanted(text: string, wanted: readonly string[]): boolean {
  const lower = text.toLowerCase()
  return wanted.every((word) => {
    const start = word.slice(0, Math.max(4, word.length - 3))
    const escaped = start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'u').test(lower)
  })
}
