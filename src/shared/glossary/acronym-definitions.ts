/**
 * Acronyms a text defines, and what they stand for, in the two ways reports write it:
 *
 *   "the Ministry of Information and Social Development (MISD)"   expansion, then (ACRONYM)
 *   "the FATF (Financial Action Task Force)"                      ACRONYM, then (expansion)
 *
 * An expansion is only taken when the acronym's letters fit it (`fitsLetters`), so nothing is
 * made up: "C5+1 (the Central Asian countries of Kazakhstan, …)" is an explanation, not an
 * expansion, "(2018-22)" or "(part of the KNB)" hold no acronym, and an acronym the text never
 * expands (EAG, UNSCR 2396, API/PNR) is not found at all. One exception, for names translated
 * from another language: "the Committee for National Security (KNB)" (Komitet Natsionalnoy
 * Bezopasnosti) is taken because it is a capitalised name, right after "the", of exactly as
 * many words as the acronym has letters (three or more) standing right before it. An acronym of
 * another language is also taken where the text says it is one: "Russia's Federal Security
 * Service (FSB, its Russian acronym)", or "(Federalnaya Sluzhba Bezopasnosti, FSB)", the name in
 * that language, whose words the letters fit (`acronymOfAnotherLanguage`). Last, when nothing
 * fits: a capitalised name of 2 to 6 words standing alone right before the bracket, whose first
 * word starts with the acronym's first letter: "Russia's Federal Security Service (FSB)"
 * (Federal'naya Sluzhba Bezopasnosti: the English initials spell FSS). Only its first letter
 * vouches for it, so it is flagged (`firstLetterOnly`), and a report's glossary keeps it only
 * when no fitting definition of the acronym exists (report-glossary.ts).
 */

export interface AcronymDefinition {
  /** The acronym as written, plural included ("FTFs"). */
  term: string
  /** What it stands for, as written ("foreign terrorist fighters"). */
  expansion: string
  /** Where the whole definition stands in the text: [start, end), both parts and the brackets. */
  start: number
  end: number
  /**
   * Set when only the name's first letter is the acronym's (`nameByFirstLetter`): likely a name
   * translated from the language the acronym comes from, but only likely.
   */
  firstLetterOnly?: true
}

/** Letters, digits and apostrophes inside a word; anything else (hyphens, slashes) separates words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
/** Two or more capitals, letters and & / - between, an optional plural "s": KNB, FTFs, MoU, API/PNR. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&/-]*[A-Z]s?$/
/** Between two words of an expansion: spaces, hyphens, slashes; nothing that ends a phrase or lists. */
const JOINER = /^[\s\-‐‑/&]*$/u
/** Words an acronym may leave out, or take a letter from ("Memorandum of Understanding", MoU). */
const SMALL_WORDS = new Set(
  'a an and at by de del des du el et for in la le of on or the to with y'.split(' ')
)
/** Past this many words, a parenthesis is not an expansion. */
const MAX_EXPANSION_WORDS = 12
/** Translated names need this many letters at least: with two, too many names would fit. */
const MIN_TRANSLATED_LETTERS = 3
/** A name vouched for by its first letter alone has this many words (small words aside). */
const FIRST_LETTER_NAME_WORDS = { min: 2, max: 6 }

interface Word {
  text: string
  start: number
  end: number
}

export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  for (const match of text.matchAll(/\(([^()]{1,200})\)/g)) {
    const open = match.index
    const close = open + match[0].length
    const inside = (match[1] as string).trim()
    const foreign = ACRONYM.test(inside) ? null : acronymOfAnotherLanguage(inside)
    const found = ACRONYM.test(inside)
      ? expansionBefore(text, open, close, inside)
      : foreign
        ? nameInAnotherLanguage(text, open, close, foreign)
        : expansionInside(text, open, close, inside)
    if (found) definitions.push(found)
  }
  return definitions
}

/** "Committee for National Security (KNB)": the words right before the bracket. */
function expansionBefore(
  text: string,
  open: number,
  close: number,
  term: string
): AcronymDefinition | null {
  const words = wordsBefore(text, open)
  const letters = acronymLetters(term)
  // The shortest run of words that the letters fit.
  const longest = letters.length + MAX_EXPANSION_WORDS
  for (let first = words.length - 1; first >= 0 && words.length - first <= longest; first--) {
    const run = words.slice(first)
    if (
      fitsLetters(
        letters,
        run.map((w) => w.text)
      )
    )
      return definition(text, term, run, close)
  }
  const name = translatedName(words, letters)
  if (name) return definition(text, term, name, close)
  const byFirstLetter = nameByFirstLetter(text, words, letters)
  return byFirstLetter
    ? { ...definition(text, term, byFirstLetter, close), firstLetterOnly: true }
    : null
}

/** The acronym standing right before a bracket: a whole word, then only spaces. */
const TERM_BEFORE = /(?<![\p{L}\p{N}&/-])([A-Za-z][A-Za-z&/-]*)\s*$/u

/** "FATF (Financial Action Task Force)": the acronym right before the bracket, spelled out inside. */
function expansionInside(
  text: string,
  open: number,
  close: number,
  inside: string
): AcronymDefinition | null {
  const from = Math.max(0, open - 40)
  const before = TERM_BEFORE.exec(text.slice(from, open))
  const term = before?.[1]
  if (!before || !term || !ACRONYM.test(term)) return null
  // Numbers, sentences and lists explain; an expansion is a name.
  if (/[\d.;:,]/.test(inside)) return null
  const expansion = inside.replace(/^the\s+/i, '')
  const words = [...expansion.matchAll(WORD)].map((m) => m[0])
  if (words.length > MAX_EXPANSION_WORDS) return null
  if (!fitsLetters(acronymLetters(term), words)) return null
  return { term, expansion, start: from + before.index, end: close }
}

function definition(
  text: string,
  term: string,
  run: readonly Word[],
  close: number
): AcronymDefinition {
  const first = run[0] as Word
  const last = run[run.length - 1] as Word
  return { term, expansion: text.slice(first.start, last.end), start: first.start, end: close }
}

/** The words before `at`, back to where a phrase ends (. ; : brackets, quotes). */
function wordsBefore(text: string, at: number): Word[] {
  const from = Math.max(0, at - 400)
  const words = [...text.slice(from, at).matchAll(WORD)].map((m) => ({
    text: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length
  }))
  let first = words.length
  let next = at
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Word
    if (!JOINER.test(text.slice(word.end, next))) break
    first = i
    next = word.start
  }
  return words.slice(first)
}

/** The letters an acronym spells: without its plural "s" and its & / - signs. */
export function acronymLetters(term: string): string[] {
  const singular = /[A-Z]s$/.test(term) ? term.slice(0, -1) : term
  return [...singular.replace(/[^A-Za-z]/g, '')]
}

/**
 * Whether the letters spell the words: each word, in order, gives the next letters, starting
 * with its initial, and may give more from its start ("KAzakhstan Stock Exchange", KASE) or from
 * its capitals ("CounterTerrorism", CT); a small word (of, and, for, the…) may give none. The
 * first word gives the first letter, and the last word gives the last, so the expansion is
 * neither longer nor shorter than what the acronym says.
 */
export function fitsLetters(letters: readonly string[], words: readonly string[]): boolean {
  const lower = letters.map((l) => l.toLowerCase())
  if (words.length === 0 || SMALL_WORDS.has((words[0] as string).toLowerCase())) return false
  // reach[j]: the words so far can give exactly the first j letters.
  let reach = new Set<number>([0])
  words.forEach((word, i) => {
    const next = new Set<number>()
    const small = SMALL_WORDS.has(word.toLowerCase())
    for (const j of reach) {
      if (small && i > 0 && i < words.length - 1) next.add(j)
      for (const taken of lettersFrom(word, lower, j)) next.add(j + taken)
    }
    reach = next
  })
  return reach.has(lower.length)
}

/** How many letters, from letters[j] on, the word can give (at least its initial). */
function lettersFrom(word: string, letters: readonly string[], j: number): number[] {
  const counts: number[] = []
  if (letters[j] !== word.charAt(0).toLowerCase()) return counts
  counts.push(1)
  // From its start: K-A-zakhstan.
  let k = 1
  while (j + k < letters.length && letters[j + k] === word.charAt(k).toLowerCase()) counts.push(++k)
  // From its capitals: Counter-T-errorism written as one word.
  const capitals = [...word.slice(1)]
    .filter((c) => c !== c.toLowerCase())
    .map((c) => c.toLowerCase())
  let taken = 1
  for (const capital of capitals) {
    if (letters[j + taken] !== capital) break
    taken++
    if (!counts.includes(taken)) counts.push(taken)
  }
  return counts
}

/** A word of a name: a capital, then lower-case ("Committee"; not "CT", not "committee"). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u

const isSmall = (word: Word) => SMALL_WORDS.has(word.text.toLowerCase())

/** Whether an acronym is capitals only, and enough of them to stand for a name it does not spell. */
const spellsNoName = (letters: readonly string[]) =>
  letters.length >= MIN_TRANSLATED_LETTERS && letters.every((l) => l === l.toUpperCase())

/**
 * Where the run of a name's words (capitalised, small words between) that ends the words starts:
 * back to a word that is no name's, or one `stopsAt` says stands before a name.
 */
function nameRunStart(words: readonly Word[], stopsAt: (word: Word) => boolean): number {
  let first = words.length
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Word
    if (stopsAt(word) || !(isSmall(word) || NAME_WORD.test(word.text))) break
    first = i
  }
  return first
}

/**
 * A translated name: right after "the", a name of capitalised words (small words between) with
 * as many as the acronym has letters: "the Committee for National Security (KNB)". Not across a
 * comma, not with another acronym in it, and not starting with the acronym's own first letter,
 * so "Kazakhstan, the Collective Security (KNB)" or "the Ministry of CT and Social Development
 * (MISD)" are no names.
 */
function translatedName(words: readonly Word[], letters: readonly string[]): Word[] | null {
  if (!spellsNoName(letters)) return null
  const first = nameRunStart(words, (word) => word.text.toLowerCase() === 'the')
  const name = words.slice(first)
  if (words[first - 1]?.text.toLowerCase() !== 'the' || !name[0] || isSmall(name[0])) return null
  // A name that starts with the acronym's first letter is not one translated word for word
  // (nameByFirstLetter may take it, flagged).
  if (name[0].text.charAt(0).toLowerCase() === letters[0]?.toLowerCase()) return null
  return name.filter((word) => !isSmall(word)).length === letters.length ? name : null
}

/**
 * A name the acronym's letters do not spell but whose first word starts with its first letter:
 * the whole run of capitalised words (small words between) right before the bracket, back to a
 * word that is not a name's or a possessive ("Russia's"), of 2 to 6 words, for an acronym of
 * three or more capitals. "Russia's Federal Security Service (FSB)", "the Global Counterterrorism
 * Forum (GCTF)". Not "Kazakhstan's National Security Committee (KNB)" (N is not K), "the Ministry
 * of CT and Social Development (MISD)" (the run stops at CT: Social Development), nor lower-case
 * words ("the regional office (UNODC)"), nor the end of a hyphenated name ("Tehrik-e-Taliban
 * Pakistan (TTP)" is not "Taliban Pakistan").
 */
function nameByFirstLetter(
  text: string,
  words: readonly Word[],
  letters: readonly string[]
): Word[] | null {
  if (!spellsNoName(letters)) return null
  let first = nameRunStart(words, (word) => POSSESSIVE.test(word.text))
  // Small words before the name ("The", "of the") are not in it.
  while (first < words.length && isSmall(words[first] as Word)) first++
  const name = words.slice(first)
  const named = name.filter((word) => !isSmall(word)).length
  if (named < FIRST_LETTER_NAME_WORDS.min || named > FIRST_LETTER_NAME_WORDS.max) return null
  const start = name[0]?.start ?? 0
  if (/[-‐‑]$/u.test(text.slice(Math.max(0, start - 1), start))) return null
  return name[0]?.text.charAt(0) === letters[0] ? name : null
}

/**
 * The acronym of a bracket that says the acronym is another language's: "(FSB, its Russian
 * acronym)", "(Russian acronym: FSB)", "(by its Russian initials, FSB)", or that gives the name in
 * that language, whose words the acronym's letters fit: "(Federalnaya Sluzhba Bezopasnosti, FSB)".
 */
function acronymOfAnotherLanguage(inside: string): string | null {
  for (const said of SAID_ANOTHER_LANGUAGE) {
    const term = said.exec(inside)?.groups?.term
    if (term && ACRONYM.test(term)) return term
  }
  const given = /^(?<name>[^,]+),\s*(?<term>\S+)$/u.exec(inside)?.groups
  if (!given?.name || !given.term || !ACRONYM.test(given.term)) return null
  const words = [...given.name.matchAll(WORD)].map((m) => m[0])
  return words.length <= MAX_EXPANSION_WORDS &&
    words.every((word) => NAME_WORD.test(word) || SMALL_WORDS.has(word.toLowerCase())) &&
    fitsLetters(acronymLetters(given.term), words)
    ? given.term
    : null
}

/** "its Russian acronym", "the Kazakh abbreviation", "Russian initials", with the acronym before or after. */
const LANGUAGE_ACRONYM = String.raw`(?:(?:by |in |from )?(?:its |the )?)?\p{Lu}\p{Ll}+ (?:acronym|abbreviation|initials)`
const SAID_ANOTHER_LANGUAGE = [
  new RegExp(String.raw`^${LANGUAGE_ACRONYM}[:,]?\s+(?<term>\S+)$`, 'u'),
  new RegExp(String.raw`^(?<term>[^\s,]+),?\s+${LANGUAGE_ACRONYM}$`, 'u')
]

/**
 * The name an acronym of another language stands for, where the text says it is one
 * (acronymOfAnotherLanguage): its letters need not fit the name's words, which are translated,
 * but the name is as many capitalised words as the acronym has letters (small words between),
 * right before the bracket, introduced as a name is ("the", a possessive, or nothing before it):
 * "Russia's Federal Security Service (FSB, its Russian acronym)". "in Kazakhstan for National
 * Security (KNB, …)" is no such name.
 */
const POSSESSIVE = /['’]s$/u

function nameInAnotherLanguage(
  text: string,
  open: number,
  close: number,
  term: string
): AcronymDefinition | null {
  const words = wordsBefore(text, open)
  const letters = acronymLetters(term)
  const small = (word: Word) => SMALL_WORDS.has(word.text.toLowerCase())
  let first = words.length
  let named = 0
  for (let i = words.length - 1; i >= 0 && named < letters.length; i--) {
    const word = words[i] as Word
    if (small(word)) continue
    // A possessive ("Russia's") stands before a name, not in it.
    if (!NAME_WORD.test(word.text) || POSSESSIVE.test(word.text)) break
    first = i
    named++
  }
  const before = words[first - 1]?.text
  const introduced = before === undefined || /^the$/iu.test(before) || POSSESSIVE.test(before)
  return named === letters.length && introduced
    ? definition(text, term, words.slice(first), close)
    : null
}
