import { MAX_QUERY_LENGTH, type ParsedQuery } from './query-parser'

/**
 * What the search tells the user when it found nothing, had to relax the query, or was given
 * something it cannot search: one plain sentence each, naming what was typed.
 */

export const keepTyping = (): string => 'Keep typing to search.'

export const typeAWord = (): string => 'Type a word to search for.'

export const typeThePhrase = (): string => 'Type the words of the phrase after the quote.'

export const noLettersOrDigits = (text: string): string =>
  `There is nothing to search for in “${text}”: type a word.`

export const shortened = (): string =>
  `Your search was long, so only its first ${MAX_QUERY_LENGTH} characters were used.`

export const tooCommon = (texts: readonly string[]): string =>
  `“${texts.join(' ')}” is too common to search for: add a more specific word.`

export const onlyExcluded = (): string =>
  'Add a word to search for: a word with “-” in front only leaves paragraphs out.'

export const fieldAwaited = (name: string): string =>
  `Type a word after “${name}:” to search the section headings only.`

export const someOfTheWords = (): string =>
  'No paragraph has all of these words; showing paragraphs with some of them.'

/**
 * Names the words nothing matches, each once and at most three (pasted noise must not fill the
 * panel). A word being typed that nothing matches, alone, is said to start no word of the text.
 */
export function nothingMatches(words: readonly string[], typed: string | null): string {
  if (words.length === 0 && typed !== null) return `No word in the text starts with “${typed}”.`
  const unique = [...new Set(typed === null ? words : [...words, typed])]
  const listed = unique.slice(0, 3).map((w) => `“${w}”`)
  const more = unique.length - listed.length
  const list =
    more > 0
      ? `${listed.join(', ')} or ${more} other ${more === 1 ? 'word' : 'words'}`
      : listed.length > 1
        ? `${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1]}`
        : (listed[0] as string)
  return `Nothing in the text matches ${list}.`
}

/** “No matches for …”, with a phrase in the query quoted once, not inside a second pair. */
export function noMatches(parsed: ParsedQuery): string {
  const [only] = parsed.clauses
  if (parsed.clauses.length === 1 && only?.kind === 'phrase' && only.presence !== 'prohibited') {
    return `No paragraph has the phrase “${only.text}”${only.field === 'heading' ? ' in a heading' : ''}.`
  }
  // Nested quotation: “law ‘border security’”.
  const text = parsed.text.replace(/"([^"]*)"?/g, '‘$1’')
  return `No matches for “${text}”.`
}
